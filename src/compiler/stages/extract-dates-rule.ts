/**
 * What a date rule is: a pattern over the text and a resolver from its match
 * to a TimeML value, plus the word lists the rules share.
 */
import type { DateValue, Tense } from './extract-dates-calendar';

/** What a rule's resolver may ask about the place it matched. */
export interface RuleContext {
  readonly text: string;
  /** Publication date (ISO): the anchor of every relative expression. */
  readonly pub: string;
  /** The tense of the clause around the match (computed on demand). */
  tense(): Tense;
  /** The sentence around the match. */
  sentence(): string;
  /** The text just before the match (up to 40 characters). */
  before(): string;
  /** The text just after the match (up to 40 characters). */
  after(): string;
}

/**
 * A span found by a scanner rather than by one regex match (chrono reads the
 * calendar dates around a cue), resolved once its context is known.
 */
export interface DateSpan {
  start: number;
  end: number;
  resolve(ctx: RuleContext): DateValue | null;
}

/** Finds its own spans in a text (publication date `pub`, ISO). */
export type DateScanner = (text: string, pub: string) => DateSpan[];

/** What the text mentioned last before an anaphoric expression ("the day", "the previous year"). */
export interface Mentioned {
  /** The last day named (or publication). */
  day: string;
  /** The year of the last date named (or of publication). */
  year: number;
  /** Calendar dates named so far, in text order ("the same month a year ago" takes the last month). */
  named: DateValue[];
}

export interface DateRule {
  /** A global regex; its whole match is the expression's span. */
  re: RegExp;
  /** A word the text must contain (any case) for the rule to match at all: skips costly scans. */
  hint?: string;
  resolve(m: RegExpExecArray, ctx: RuleContext): DateValue | null;
  /**
   * How the value depends on its anchor day: "deictic" words (today,
   * yesterday) move with the day a quotation was spoken; "anaphoric" ones
   * ("the day") take the day last mentioned.
   */
  anchor?: 'deictic' | 'anaphoric';
  /** For anaphoric rules: the value given what was mentioned last. */
  refer?(m: string, last: Mentioned): DateValue;
}

export const MONTH_FULL =
  'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
/** A month name, full or abbreviated ("Oct.", "Sept"). */
export const MONTH = `(?:${MONTH_FULL}|(?:${MONTH_ABBR})\\.?)`;
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
export const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

/** 1-based month of a month name or abbreviation. */
export function monthIndex(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return 'janfebmaraprmayjunjulaugsepoctnovdec'.indexOf(key) / 3 + 1;
}

/** TimeML part-of-day codes. */
export const PART_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
export const NUMBER = `(?:an?|\\d{1,3}|${NUMBER_WORDS.join('|')}|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)`;

/** A small count written in words or digits ("a", "two", "12"), or null. */
export function countOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return +w;
  if (w === 'a' || w === 'an') return 1;
  const i = NUMBER_WORDS.indexOf(w);
  if (i >= 0) return i;
  const tens = ['thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].indexOf(w);
  if (tens >= 0) return 30 + 10 * tens;
  return w === 'a hundred' ? 100 : null;
}
