/**
 * The generator's one source of randomness: d3-random's seeded LCG wrapped in
 * the few draws the generator needs. Every draw goes through here, so a seed
 * fixes the whole dataset and nothing can reach for Math.random or the clock.
 */
import { randomLcg, randomNormal } from 'd3-random';

/** Seeded draws; the order of calls is part of the output's determinism. */
export interface Random {
  /** Uniform in [0, 1). */
  float: () => number;
  /** Integer in [lo, hi], both inclusive. */
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
  /** Standard normal (mean 0, deviation 1). */
  normal: () => number;
}

export function makeRandom(seed: number): Random {
  const float = randomLcg(seed);
  const normal = randomNormal.source(float)(0, 1);
  const int = (lo: number, hi: number) => lo + Math.floor(float() * (hi - lo + 1));
  return {
    float,
    int,
    chance: (p) => float() < p,
    pick: (items) => items[Math.floor(float() * items.length)]!,
    normal,
  };
}

/**
 * A sampler over indices 0…n-1 with the given (unnormalised) weights, by
 * binary search in the cumulative sums: O(log n) a draw, which matters when
 * the weights are the 11,000 days of the 30-year span.
 */
export function weightedSampler(weights: readonly number[]): (u: number) => number {
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weights) cumulative.push((total += w));
  return (u) => {
    const target = u * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}
