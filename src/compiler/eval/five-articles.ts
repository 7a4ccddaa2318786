/**
 * Automatic extraction scored against the hand-coded five articles
 * (data/eval/): quotes, their speakers, dates and the countries each article
 * reports as parties, as precision, recall and F1. Corrections are not
 * applied: this measures what a person would have to fix.
 */
import { z } from 'zod';
import type { ArticleExtraction } from '../extract-article';
import type { ExtractedQuote } from '../extraction';
import { overlaps } from '../text';
import { prf, type Score } from './score';

const GoldQuote = z.object({
  source: z.string(),
  text: z.string(),
  occurrence: z.number().int().nonnegative(),
  fragment: z.boolean(),
  speaker: z.string().nullable(),
  as: z.string().nullable(),
});
const GoldEvent = z.object({
  id: z.string(),
  title: z.string(),
  type: z.string(),
  sources: z.array(z.string()),
  targets: z.array(z.string()),
  countries: z.array(z.string()),
  date: z.object({
    start: z.string(),
    end: z.string(),
    precision: z.string(),
    basis: z.string(),
  }),
  mentions: z.array(z.object({ source: z.string(), text: z.string() })),
});
/** data/eval/five-articles.gold.json: quotes and events coded by hand. */
export const GoldSchema = z.object({
  quotes: z.array(GoldQuote),
  events: z.array(GoldEvent),
});
/** data/eval/five-articles.dates.json: time expressions with their TimeML values. */
export const GoldDatesSchema = z.object({
  dates: z.array(
    z.object({
      source: z.string(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      value: z.string(),
    }),
  ),
});

export interface FiveArticleScores {
  quotes: Score;
  /** Of the quotes found, how many have the right speaker (P over attributed, R over gold). */
  speakers: Score;
  dates: Score;
  countries: Score;
  events: Score;
  /** Gold quotes missed or given the wrong speaker, for the report. */
  quoteMisses: string[];
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

/** One-to-one matching: each gold item takes the first unused prediction that fits. */
function matchAll<G, P>(gold: G[], predicted: P[], fits: (g: G, p: P) => boolean): Map<G, P> {
  const used = new Set<P>();
  const out = new Map<G, P>();
  for (const g of gold) {
    const p = predicted.find((x) => !used.has(x) && fits(g, x));
    if (p !== undefined) {
      used.add(p);
      out.set(g, p);
    }
  }
  return out;
}

/** Score the extractions of the bundled articles (`sources`: id and cleaned text) against gold. */
export function scoreFiveArticles(
  gold: z.infer<typeof GoldSchema>,
  goldDates: z.infer<typeof GoldDatesSchema>,
  sources: readonly { id: string; text: string }[],
  extractions: ReadonlyMap<string, ArticleExtraction>,
): FiveArticleScores {
  const text = new Map(sources.map((s) => [s.id, s.text]));
  const located = gold.quotes.map((g) => {
    const start = nthIndexOf(text.get(g.source) ?? '', g.text, g.occurrence);
    return { ...g, start, end: start + g.text.length };
  });
  const predicted = sources.flatMap((s) =>
    (extractions.get(s.id)?.quotes ?? []).map((q) => ({ ...q, source: s.id })),
  );
  const quoteMatch = matchAll(
    located,
    predicted,
    (g, p: ExtractedQuote & { source: string }) => g.source === p.source && overlaps(g, p),
  );
  const rightSpeaker = [...quoteMatch].filter(([g, p]) => g.speaker === p.speakerId);
  const quoteMisses = located.flatMap((g) => {
    const p = quoteMatch.get(g);
    if (!p) return [`not found: ${g.source} “${g.text.slice(0, 50)}”`];
    if (p.speakerId !== g.speaker)
      return [
        `wrong speaker: ${g.source} “${g.text.slice(0, 40)}”: ${p.speakerId ?? p.speaker ?? 'none'} instead of ${g.speaker}`,
      ];
    return [];
  });

  const predictedDates = sources.flatMap((s) =>
    (extractions.get(s.id)?.dates ?? []).map((d) => ({ ...d, source: s.id })),
  );
  const dateMatch = matchAll(
    goldDates.dates,
    predictedDates,
    (g, p) => g.source === p.source && overlaps(g, p) && g.value === p.value,
  );

  const pairs = (list: { source: string; country: string }[]) =>
    new Set(list.map((x) => `${x.source} ${x.country}`));
  const goldCountries = pairs(
    gold.events.flatMap((e) =>
      e.mentions.flatMap((m) => e.countries.map((country) => ({ source: m.source, country }))),
    ),
  );
  const foundCountries = pairs(
    sources.flatMap((s) =>
      (extractions.get(s.id)?.events ?? []).flatMap((e) =>
        e.countries.map((country) => ({ source: s.id, country })),
      ),
    ),
  );
  const countryHits = [...foundCountries].filter((p) => goldCountries.has(p)).length;

  // An event is found when a candidate of the same type comes from a sentence reporting it.
  const candidates = sources.flatMap((s) =>
    (extractions.get(s.id)?.events ?? []).map((e) => ({ ...e, source: s.id })),
  );
  const eventMatch = matchAll(gold.events, candidates, (g, c) =>
    g.mentions.some((m) => {
      const at = (text.get(m.source) ?? '').indexOf(m.text);
      return (
        m.source === c.source &&
        g.type === c.type &&
        overlaps({ start: at, end: at + m.text.length }, c.sentence)
      );
    }),
  );

  return {
    quotes: prf(quoteMatch.size, predicted.length, located.length),
    speakers: prf(
      rightSpeaker.length,
      [...quoteMatch.values()].filter((p) => p.speakerId !== null).length,
      located.filter((g) => g.speaker !== null).length,
    ),
    dates: prf(dateMatch.size, predictedDates.length, goldDates.dates.length),
    countries: prf(countryHits, foundCountries.size, goldCountries.size),
    events: prf(eventMatch.size, candidates.length, gold.events.length),
    quoteMisses,
  };
}
