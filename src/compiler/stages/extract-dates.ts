/**
 * Stage "extract dates": find every expression that places something in time
 * and resolve it to a TimeML value against the publication date, by news
 * conventions (a bare weekday is the last one unless the clause looks ahead).
 * Pattern rules (extract-dates-absolute.ts, extract-dates-relative.ts,
 * extract-dates-anaphora.ts) and chrono (calendar dates,
 * extract-dates-chrono.ts) propose spans; here the
 * longest win, stamps are dropped, "the day" takes the day last mentioned,
 * and "today" in a quotation moves to the day it was said.
 */
import type { TimeExpression } from '../extraction';
import { markers, tenseNear, type Marker } from './extract-dates-direction';
import { ABSOLUTE_RULES } from './extract-dates-absolute';
import { calendarDates } from './extract-dates-chrono';
import { RELATIVE_RULES, deicticDay } from './extract-dates-relative';
import { ANAPHORA_RULES } from './extract-dates-anaphora';
import { dayValue, yearOf, type DateValue, type Tense } from './extract-dates-calendar';
import {
  MONTH,
  WEEKDAY,
  type DateRule,
  type DateScanner,
  type DateSpan,
  type Mentioned,
  type RuleContext,
} from './extract-dates-rule';
import { splitSentences, type SentenceSpan } from './split-sentences';
import { isIsoDate } from '../../shared/dates';

export { directionOf } from './extract-dates-direction';

export interface ExtractDatesOptions {
  /** Sentences of `text` (from split-sentences); computed when absent. */
  sentences?: SentenceSpan[];
  /** Quotations and their attributions, to date "today" in speech reported later. */
  quotes?: ReadonlyArray<{
    start: number;
    end: number;
    attribution: { start: number; end: number } | null;
  }>;
}

const RULES: DateRule[] = [...ABSOLUTE_RULES, ...RELATIVE_RULES, ...ANAPHORA_RULES];
/** Rules that read their own spans: chrono for dates written on the calendar. */
const SCANNERS: DateScanner[] = [calendarDates];

interface Candidate extends TimeExpression {
  anchor?: DateRule['anchor'];
  refer?: DateRule['refer'];
  /** In a dateline or stamp: not returned, but a day "the day" can refer to. */
  stamp?: boolean;
}

/**
 * A line that is only a date (a dateline or an "Updated …" stamp) dates the
 * page, not the story: MEANTIME-style corpora and captured pages both carry one.
 */
const STAMP_LINE = new RegExp(
  `^[ \\t]*(?:(?:Updated|Published|Posted|Last updated|Modified|©|Copyright)\\s*:?\\s*)?(?:${WEEKDAY},?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{4})(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?[ \\t]*$`,
  'gim',
);

function stampRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(STAMP_LINE)].map((m) => [m.index, m.index + m[0].length]);
}

function sentenceIndexAt(sentences: SentenceSpan[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A span some rule proposes, with how to resolve it and how it anchors. */
interface Proposal extends DateSpan {
  anchor?: DateRule['anchor'];
  refer?: DateRule['refer'];
}

/** Every span the regex rules match and the scanners find, unresolved. */
function* proposals(text: string, pub: string): Generator<Proposal> {
  const lowered = text.toLowerCase();
  for (const rule of RULES) {
    if (rule.hint && !lowered.includes(rule.hint)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const match = m; // the loop reassigns m; the resolver runs later
      yield {
        start: m.index,
        end: m.index + m[0].length,
        resolve: (ctx) => rule.resolve(match, ctx),
        anchor: rule.anchor,
        refer: rule.refer,
      };
    }
  }
  for (const scan of SCANNERS) yield* scan(text, pub);
}

function collect(text: string, pub: string, sentences: SentenceSpan[]): Candidate[] {
  const stamps = stampRanges(text);
  const out: Candidate[] = [];
  const marksBySentence = new Map<number, Marker[]>();
  for (const { start, end, resolve, anchor, refer } of proposals(text, pub)) {
    const words = text.slice(start, end);
    // A date never runs across a line: "until Friday\nSeptember 18" is a title and a dateline.
    if (words.includes('\n')) continue;
    const stamp = stamps.some(([a, b]) => start >= a && end <= b);
    let tense: Tense | undefined;
    const sentence = () => {
      const i = sentenceIndexAt(sentences, start);
      return i >= 0 ? sentences[i]! : { start: 0, end: text.length };
    };
    const ctx: RuleContext = {
      text,
      pub,
      before: () => text.slice(Math.max(0, start - 40), start),
      after: () => text.slice(end, end + 40),
      sentence: () => text.slice(sentence().start, sentence().end),
      tense() {
        if (tense === undefined) {
          const s = sentence();
          const clause = text.slice(s.start, s.end);
          let marks = marksBySentence.get(s.start);
          if (!marks) marksBySentence.set(s.start, (marks = markers(clause)));
          tense = tenseNear(clause, start - s.start, end - s.start, marks);
        }
        return tense;
      },
    };
    const value = resolve(ctx);
    if (!value) continue;
    // With no tense, a rule placed the date nearest publication: say which way that was.
    const direction =
      value.direction ??
      ctx.tense() ??
      (value.range && value.range.start > pub ? 'future' : 'past');
    out.push({
      start,
      end,
      text: words,
      ...value,
      direction,
      anchor,
      refer,
      ...(stamp ? { stamp } : {}),
    });
  }
  return out;
}

/** Longest first, then earliest: "October 10, 2021" beats "2021", "last week" beats nothing shorter. */
function selectNonOverlapping(candidates: Candidate[]): Candidate[] {
  const byLength = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of byLength) {
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const withDay = (c: Candidate, value: DateValue): Candidate => ({ ...c, ...value });

/**
 * "the day", "the previous year" refer to the date last mentioned, or to
 * publication. A dateline is a mention: "a fall at the start of the day" under
 * "October 10, 2008" is that day even when the page was published later.
 */
function resolveAnaphora(found: Candidate[], pub: string): Candidate[] {
  const last: Mentioned = { day: pub, year: yearOf(pub), named: [] };
  return found.map((c) => {
    if (c.anchor === 'anaphoric' && c.refer) return withDay(c, c.refer(c.text, last));
    if (c.precision === 'day' && c.range) last.day = c.range.start;
    if (c.range && c.precision !== 'decade') {
      last.year = yearOf(c.range.start);
      last.named.push({ value: c.value, precision: c.precision, range: c.range });
    }
    return c;
  });
}

/**
 * `"We will meet today," he said on Thursday`: a deictic word in a quotation
 * whose attribution names a day is relative to that day, not to publication.
 */
function anchorQuotes(found: Candidate[], quotes: ExtractDatesOptions['quotes']): Candidate[] {
  if (!quotes?.length) return found;
  return found.map((c) => {
    if (c.anchor !== 'deictic' || c.precision === 'ref') return c;
    const quote = quotes.find((q) => c.start >= q.start && c.end <= q.end && q.attribution);
    if (!quote) return c;
    const { start, end } = quote.attribution!;
    const said = found.find(
      (d) =>
        d.start >= start &&
        d.end <= end &&
        d.precision === 'day' &&
        d.anchor !== 'anaphoric' &&
        d.range,
    );
    if (!said) return c;
    const word =
      /today|tonight|yesterday|tomorrow|morning|afternoon|evening|night/i.exec(c.text)?.[0] ?? '';
    const base = /^last\s+(?:night|evening)/i.test(c.text) ? 'yesterday' : word;
    const part = c.value.includes('T') ? c.value.slice(c.value.indexOf('T') + 1) : undefined;
    return withDay(c, dayValue(deicticDay(base, said.range!.start), part));
  });
}

/**
 * Every temporal expression in `text`, sorted by start and non-overlapping,
 * each resolved against `published` (YYYY-MM-DD). Returns [] when the
 * publication date is not a valid ISO date, since nothing can be anchored.
 */
export function extractDates(
  text: string,
  published: string,
  options: ExtractDatesOptions = {},
): TimeExpression[] {
  if (!isIsoDate(published)) return [];
  const sentences = options.sentences ?? splitSentences(text);
  const found = selectNonOverlapping(collect(text, published, sentences));
  const resolved = resolveAnaphora(found, published).filter((c) => !c.stamp);
  return anchorQuotes(resolved, options.quotes).map(
    ({ start, end, text: words, value, precision, range, direction }) => ({
      start,
      end,
      text: words,
      value,
      precision,
      range,
      direction,
    }),
  );
}
