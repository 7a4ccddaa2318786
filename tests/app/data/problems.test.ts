/**
 * The problems a schema violation lists: each led by its JSON path in plain
 * words, saying what was expected and what was found, the first ten only.
 */
import { describe, expect, it } from 'vitest';
import { judgeDataset } from '../../../src/app/data/judge';
import type { Actor, Dataset, Event, Quote } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/dataset';

const clone = (): Dataset => structuredClone(fixtureDataset);

/** Lets a test write what the types forbid, as a hand-edited file can. */
const loose = <T>(x: T) => x as { -readonly [K in keyof T]?: unknown };

function problemsOf(breakIt: (ds: Dataset) => void): string[] {
  const ds = clone();
  breakIt(ds);
  const verdict = judgeDataset(ds);
  if (verdict.ok || verdict.code !== 'schema') throw new Error('expected a schema verdict');
  return verdict.problems;
}

describe('schema problems in plain words', () => {
  it.each([
    [
      'a date in the wrong form',
      (ds: Dataset) => (ds.events[1]!.date.start = '2019-2-27'),
      'events[1].date.start: expected a calendar date like 2019-02-27, found "2019-2-27"',
    ],
    [
      'text where a number was',
      (ds: Dataset) => (loose<Event>(ds.events[0]!).title = 5),
      'events[0].title: expected text, found 5',
    ],
    [
      'a missing field',
      (ds: Dataset) => delete loose<Quote>(ds.quotes[0]!).fragment,
      'quotes[0].fragment: missing (expected true or false)',
    ],
    [
      'a value outside a short list',
      (ds: Dataset) => (loose<Actor>(ds.actors[0]!).kind = 'planet'),
      'actors[0].kind: expected one of "country", "person", "organization", found "planet"',
    ],
    [
      'a value outside a long list, which is shortened',
      (ds: Dataset) => (loose<Event>(ds.events[0]!).type = 'HUG'),
      /^events\[0\]\.type: expected one of "AGREE", .*, … \(16 in all\), found "HUG"$/,
    ],
    [
      'an empty list that needs an item',
      (ds: Dataset) => (ds.events[0]!.mentions = []),
      'events[0].mentions: expected at least 1 item',
    ],
    [
      'a rule across records',
      (ds: Dataset) => ds.events[0]!.targets.push('atlantis'),
      'events[0].actors: unknown actor "atlantis"',
    ],
    [
      'a whole section missing',
      (ds: Dataset) => delete loose<Dataset>(ds).quotes,
      'quotes: missing (expected a list)',
    ],
  ])('%s', (_name, breakIt, expected) => {
    const problems = problemsOf(breakIt);
    if (typeof expected === 'string') expect(problems).toContain(expected);
    else expect(problems.some((p) => expected.test(p))).toBe(true);
    // Never zod's own wording.
    expect(problems.join('\n')).not.toMatch(/Invalid input|Invalid option/);
  });

  it('lists the first ten problems, then how many more', () => {
    const problems = problemsOf((ds) => {
      for (let i = 0; i < 14; i++) ds.events[0]!.targets.push(`atlantis-${i}`);
    });
    expect(problems).toHaveLength(11);
    expect(problems[0]).toBe('events[0].actors: unknown actor "atlantis-0"');
    expect(problems[9]).toBe('events[0].actors: unknown actor "atlantis-9"');
    expect(problems[10]).toBe('… and 4 more');
  });

  it('exactly ten problems need no "more" line', () => {
    const problems = problemsOf((ds) => {
      for (let i = 0; i < 10; i++) ds.events[0]!.targets.push(`atlantis-${i}`);
    });
    expect(problems).toHaveLength(10);
    expect(problems.at(-1)).not.toMatch(/more/);
  });
});
