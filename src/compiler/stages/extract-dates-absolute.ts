/**
 * Rules for dates the text states on the calendar that chrono does not read
 * the news way (full calendar dates are in extract-dates-chrono.ts): "in
 * February", "in 2018", "the 1990s", "since '82", "the last week of March".
 * A month without a year is placed by the clause's tense (see
 * extract-dates-calendar.ts).
 */
import {
  decadeValue,
  isoDay,
  monthValue,
  weekValue,
  yearOf,
  yearOfMonth,
  yearValue,
} from './extract-dates-calendar';
import { MONTH, MONTH_FULL, monthIndex, type DateRule } from './extract-dates-rule';
import { addDays, endOfMonth, weekday } from '../../shared/dates';

/** "early", "mid-", "the end of": an edge of the unit that follows, part of its span. */
export const EDGE =
  '(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ]|(?:[Tt]he\\s+)?(?:very\\s+)?(?:beginning|start|end|middle)\\s+of\\s+)';

/** Month names that are also words or names; alone they need a telling neighbour. */
const AMBIGUOUS_MONTHS = new Set(['May', 'March', 'June', 'April', 'August']);
const MONTH_CONTEXT =
  /\b(?:in|since|until|till|by|from|of|during|through|to|between|and|or|before|after|last|next|this|early|late|mid|throughout|on|each|every)[\s-]+$/i;

/** "in February", "early March", "last September", "October of next year". */
const bareMonth: DateRule = {
  re: new RegExp(
    `\\b(?:${EDGE}|([Ll]ast|[Nn]ext|[Tt]his)\\s+)?(${MONTH_FULL})\\b(?!\\s+\\d)(?:\\s+of\\s+(this|last|next)\\s+year\\b)?`,
    'g',
  ),
  resolve(m, ctx) {
    const name = m[2]!;
    const prefixed = m[0].length > name.length && !m[0].startsWith(name);
    if (AMBIGUOUS_MONTHS.has(name) && !prefixed && !m[3]) {
      if (!MONTH_CONTEXT.test(ctx.before()) && !/^['’]s\b/.test(ctx.after())) return null;
    }
    const month = monthIndex(name);
    const py = yearOf(ctx.pub);
    if (m[3]) return monthValue(py + { this: 0, last: -1, next: 1 }[m[3] as 'this'], month);
    const mod = m[1]?.toLowerCase();
    if (mod === 'this') return monthValue(py, month);
    if (mod === 'last') return monthValue(yearOfMonth(ctx.pub, month, 'past', true), month);
    if (mod === 'next') return monthValue(yearOfMonth(ctx.pub, month, 'future', true), month);
    return monthValue(yearOfMonth(ctx.pub, month, ctx.tense()), month);
  },
};

const YEAR_CONTEXT =
  /\b(?:in|since|by|from|until|till|of|to|during|before|after|between|and|through|circa|c\.|the|year|years|early|late|mid|spring|summer|autumn|fall|winter|the end of|the start of|the beginning of)[\s-]+$/i;
/** Words before a number that make it a label, not a year. */
const NOT_YEAR_BEFORE =
  /(?:[$€£¥#]\s*|\b(?:no|nos|number|nr|flight|route|highway|room|page|pages|chapter|section|article|resolution|iso|model|code|rule|bill|law|item|version|v|level|class|grade|category|type|form|platform|suite|apartment|box|unit|gate|pier|exit|channel|rank|ranked|ranks|ranking|score|scored|tally|total|opus|op|psalm|at|about|around|some|nearly|almost|over|under|than|approximately|roughly|only|just|exactly|more|fewer|less|least)\.?\s+|©\s*|\(c\)\s*|\b(?:copyright|updated|published|posted|modified)\s*:?\s*)$/i;
/** Words after a number that make it a count or a measure. */
export const NOT_YEAR_AFTER =
  /^(?:\s*%|\s*percent|\s+[Ii]ndex(?:es)?\b|[.,]\d|\s*[-–]\s*\d{2}\b(?!\d)|\s+(?:[a-z]+\s+)?(?:people|persons|troops|soldiers|men|women|children|workers|jobs|employees|dollars|euros|pounds|yen|yuan|won|rupees|units|tonnes|tons|barrels|votes|seats|points|pts|feet|ft|metres|meters|km|kilometres|kilometers|miles|mi|kg|kilograms|lbs|mph|kph|mw|gw|hectares|acres|residents|cases|deaths|homes|vehicles|cars|aircraft|planes|ships|rockets|missiles|members|delegates|students|refugees|prisoners|hostages|casualties|rounds|shares|times|hours|minutes|seconds|days|weeks|months|years)\b)/;

/** "in 2018", "by 2021", "the 1991 agreement", "early 2009", "the end of 2019". */
const year: DateRule = {
  re: new RegExp(`\\b${EDGE}?((?:1\\d|20)\\d{2})\\b(?!['’]?s\\b)`, 'g'),
  resolve(m, ctx) {
    const y = +m[1]!;
    const before = ctx.before();
    const hasEdge = m[0].length > 4;
    if (!hasEdge && NOT_YEAR_BEFORE.test(before)) return null;
    if (NOT_YEAR_AFTER.test(ctx.after())) return null;
    // Older numbers are more often counts than years: they need a temporal word before them.
    if (y < 1900 && !hasEdge && !YEAR_CONTEXT.test(before)) return null;
    // A plural noun after a bare number ("2000 pilgrims") counts things.
    if (!hasEdge && !YEAR_CONTEXT.test(before) && /^\s+[a-z]+[^s's]s\b/.test(ctx.after()))
      return null;
    return yearValue(y);
  },
};

/** "the 1990s", "the '90s", "the 70s and 80s" (but not "in his 70s", an age). */
const decade: DateRule = {
  re: /\b(?:[Tt]he\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:((?:1\d|20)\d0)|['’]?([0-9]0))['’]?s\b/g,
  resolve(m, ctx) {
    if (
      /\b(?:his|her|their|its|my|our|your|whose)\s+(?:(?:early|late|mid)[- ]?\s*)?$/i.test(
        ctx.before(),
      )
    )
      return null;
    if (m[1]) return decadeValue(+m[1]);
    if (/\d$/.test(ctx.before())) return null;
    const tens = +m[2]!;
    const py = yearOf(ctx.pub);
    return decadeValue(2000 + tens <= py ? 2000 + tens : 1900 + tens);
  },
};

/** "since '82": a two-digit year after a preposition. */
const shortYear: DateRule = {
  re: /(?<=\b(?:[Ss]ince|[Ii]n|[Oo]f|[Ff]rom|[Uu]ntil|[Bb]y|[Cc]lass of)\s)['’](\d{2})\b(?!['’]?s)/g,
  resolve(m, ctx) {
    const yy = +m[1]!;
    return yearValue(2000 + yy <= yearOf(ctx.pub) ? 2000 + yy : 1900 + yy);
  },
};

const WEEK_ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  last: -1,
  final: -1,
};

/**
 * "the last week of March", "the first week of June 2019": the ISO week whose
 * Thursday is the month's first (second, …) or last Thursday, the week ISO
 * 8601 counts as the month's.
 */
const weekOfMonth: DateRule = {
  re: new RegExp(
    `\\b[Tt]he\\s+(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+(${MONTH})(?:,?\\s+(\\d{4})\\b)?`,
    'g',
  ),
  hint: 'week',
  resolve(m, ctx) {
    const month = monthIndex(m[2]!);
    const y = m[3] ? +m[3] : yearOfMonth(ctx.pub, month, ctx.tense());
    const n = WEEK_ORDINAL[m[1]!.toLowerCase()]!;
    const first = isoDay(y, month, 1);
    const firstThursday = addDays(first, (4 - weekday(first) + 7) % 7);
    const last = endOfMonth(first);
    const lastThursday = addDays(last, -((weekday(last) - 4 + 7) % 7));
    return weekValue(n < 0 ? lastThursday : addDays(firstThursday, 7 * (n - 1)));
  },
};

export const ABSOLUTE_RULES: DateRule[] = [weekOfMonth, bareMonth, year, decade, shortYear];
