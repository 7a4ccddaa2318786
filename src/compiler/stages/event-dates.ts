/**
 * When a candidate event happened: the time expression of its own clause,
 * except deadlines and the dates of what an act asks or promises, mapped to
 * the dataset's units; the publication date, marked so, when the text gives
 * nothing better.
 */
import { PLOVER } from '../../shared/plover';
import type { CandidateDate, TimeExpression } from '../extraction';
import { within, type Span } from '../text';
import type { Head } from './event-actors';

/** What dating needs of the article. */
export interface DateContext {
  text: string;
  /** Publication date, ISO YYYY-MM-DD. */
  published: string;
  dates: TimeExpression[];
}

/**
 * TimeExpression precision → the dataset's day/week/month/year. A quarter or a
 * season is wider than a month, so it is stated honestly as its year when it
 * lies within one; a decade or a vague "recently" says nothing the publication
 * date does not, so the event falls back to publication.
 */
export function toCandidateDate(t: TimeExpression | null, published: string): CandidateDate {
  const fallback: CandidateDate = {
    start: published,
    end: published,
    precision: 'day',
    expression: null,
    basis: 'publication',
  };
  if (!t || !t.range) return fallback;
  const { start, end } = t.range;
  const year = start.slice(0, 4);
  switch (t.precision) {
    case 'day':
    case 'week':
    case 'month':
    case 'year':
      return { start, end, precision: t.precision, expression: t, basis: 'text' };
    case 'quarter':
    case 'season':
      return year === end.slice(0, 4)
        ? {
            start: `${year}-01-01`,
            end: `${year}-12-31`,
            precision: 'year',
            expression: t,
            basis: 'text',
          }
        : fallback;
    default:
      return fallback;
  }
}

/** "by the end of the year", "until Friday": a deadline dates what is due, not the act. */
const DEADLINE = /\b(by|until|till|before|no later than|not later than)\s+$/i;
/** What an act asks, promises or refuses: "to hold talks next week", "that it would…". */
const COMPLEMENT =
  /\s(to\s+(?!(the|a|an|its|his|her|their|this|that|these|those|all|both|each)\b)[a-z]+|that)\s/;
const VERBAL = new Set(['verbal-cooperation', 'verbal-conflict']);

/**
 * Where the complement of a verbal act begins ("urged Seoul | to settle the
 * dispute by the end of the year"): a date after it dates what is asked or
 * planned, not the asking. Null for other heads.
 */
export function complementOf(ctx: DateContext, h: Head): Span | null {
  if (h.noun || !VERBAL.has(PLOVER[h.trigger.entry.type].quadClass)) return null;
  const m = COMPLEMENT.exec(ctx.text.slice(h.trigger.end, h.end));
  return m ? { start: h.trigger.end + m.index, end: h.end } : null;
}

/** The date nearest the trigger inside its clause, else one in the sentence no other clause owns. */
export function dateOf(
  ctx: DateContext,
  s: Span,
  own: Span,
  at: number,
  others: Span[],
  future = true,
  complement: Span | null = null,
): CandidateDate {
  // "invited Ri to New York next week": a date after publication dates what is
  // planned, not an act already reported, unless the clause looks ahead.
  const inSentence = ctx.dates.filter(
    (d) =>
      within(d, s) &&
      d.precision !== 'ref' &&
      !(complement && within(d, complement)) &&
      !DEADLINE.test(ctx.text.slice(Math.max(s.start, d.start - 20), d.start)) &&
      (future || !d.range || d.range.start <= ctx.published),
  );
  const dist = (d: TimeExpression) => Math.min(Math.abs(d.start - at), Math.abs(d.end - at));
  const nearest = (ds: TimeExpression[]) =>
    [...ds].sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0] ?? null;
  // "said on Wednesday that Kim had supervised a launch": the report's date is not the act's.
  const lead = ctx.text.slice(Math.max(s.start, at - 50), at);
  const had = /\bhad\s+([a-z][\w-]*\s+){0,4}$/.exec(lead);
  const from = had ? at - lead.length + had.index : own.start;
  const inOwn = inSentence.filter((d) => within(d, own) && d.start >= from);
  const free = had ? [] : inSentence.filter((d) => !others.some((o) => within(d, o)));
  return toCandidateDate(nearest(inOwn) ?? nearest(free), ctx.published);
}
