/**
 * Rules for dates the text places relative to publication: "yesterday",
 * "Thursday", "last week", "this summer", "the third quarter", "two years
 * ago", and the TimeML references "now", "recently", "in the future".
 */
import { addDays, weekday } from '../../shared/dates';
import {
  dayValue,
  decadeValue,
  halfValue,
  monthOf,
  monthValue,
  nearestWeekday,
  quarterValue,
  refValue,
  seasonValue,
  weekendValue,
  weekValue,
  SEASON_START,
  yearOf,
  yearOfMonth,
  yearValue,
  type DateValue,
  type Season,
  type Tense,
} from './extract-dates-calendar';
import { hasPresentPerfect, hasSimplePast } from './extract-dates-direction';
import {
  NUMBER,
  PART_OF_DAY,
  WEEKDAY,
  WEEKDAYS,
  countOf,
  type DateRule,
} from './extract-dates-rule';

const lower = (s: string | undefined) => s?.toLowerCase();

/** The anchor day of a deictic word; the tagger re-anchors quoted speech. */
export function deicticDay(word: string, anchor: string): string {
  const w = word.toLowerCase();
  if (w === 'yesterday') return addDays(anchor, -1);
  if (w === 'tomorrow') return addDays(anchor, 1);
  return anchor;
}

/** What follows a generic "today's": a name or a noun for an age, never a one-day event. */
const GENERIC_TODAY =
  /^['’]s\s+(?:[A-Z][\w&.-]*(?=\s*(?:[.,;:!?)"”]|$|\s+(?:is|are|was|were|has|have|and|or)\b))|(?:world|society|youth|generation|economy|children|kids|teenagers|consumers|families|technology|standards|culture|politics)\b)/;

/** "today", "yesterday", "earlier today", "tomorrow morning", "tonight". */
const deictic: DateRule = {
  re: /\b(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+)?([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)(?:\s+(morning|afternoon|evening|night))?\b/g,
  anchor: 'deictic',
  resolve(m, ctx) {
    const word = m[1]!.toLowerCase();
    // "today's GM", "today's youth": the present age, not the day (TimeML PRESENT_REF).
    if (m[0] === m[1] && word === 'today' && GENERIC_TODAY.test(ctx.after()))
      return refValue('PRESENT_REF');
    const part = word === 'tonight' ? 'NI' : m[2] ? PART_OF_DAY[m[2]] : undefined;
    return dayValue(deicticDay(word, ctx.pub), part);
  },
};

/** "this morning", "last night". */
const partOfDay: DateRule = {
  re: /\b(?:[Tt]his\s+(morning|afternoon|evening)|[Ll]ast\s+(night|evening))\b/g,
  anchor: 'deictic',
  resolve: (m, ctx) =>
    m[1]
      ? dayValue(ctx.pub, PART_OF_DAY[m[1]])
      : dayValue(addDays(ctx.pub, -1), PART_OF_DAY[m[2]!]),
};

/** Named days that are not the weekday of this week ("Black Monday", "Good Friday"). */
const NAMED_DAY =
  /\b(?:Black|Super|Good|Cyber|Ash|Maundy|Easter|Bloody|Palm|Holy|Fat|Shrove|Blue|Plough)\s+$/;

/** "Thursday", "last Monday", "earlier Thursday", "Monday night". */
const weekdayRule: DateRule = {
  re: new RegExp(
    // The lookahead rejects most word starts at once (a cheap first letter test).
    `\\b(?=[LlNnTtEeCcMWFS])(?:([Ll]ast|[Nn]ext|[Tt]his|[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly|[Cc]oming)\\s+)?(${WEEKDAY})\\b(?:\\s+(morning|afternoon|evening|night))?`,
    'g',
  ),
  resolve(m, ctx) {
    if (NAMED_DAY.test(ctx.before())) return null;
    const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
    const mod = lower(m[1]);
    const part = m[3] ? PART_OF_DAY[m[3]] : undefined;
    let tense: Tense = ctx.tense() ?? 'past';
    // "closed until Friday" looks ahead unless the clause is a finished past.
    if (
      /\b(?:until|till)\s+$/i.test(ctx.before()) &&
      (!hasSimplePast(ctx.sentence()) || hasPresentPerfect(ctx.sentence()))
    )
      tense = 'future';
    if (mod === 'last') tense = 'past';
    if (mod === 'next' || mod === 'coming') tense = 'future';
    const day = nearestWeekday(ctx.pub, target, tense, mod === 'last' || mod === 'next');
    return { ...dayValue(day, part), direction: tense };
  },
};

/** "the end of", "the rest of": an edge of a relative unit (cf. the absolute rules' EDGE). */
const UNIT_EDGE = '(?:(?:[Tt]he\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|rest)\\s+of\\s+)';

function relativeUnit(unit: string, shift: number, pub: string, tense: Tense): DateValue | null {
  const py = yearOf(pub);
  const pm = monthOf(pub);
  switch (unit) {
    case 'week':
      return weekValue(addDays(pub, 7 * shift));
    case 'weekend': {
      // "this weekend" in a past clause written Monday to Friday is the one just gone.
      const back = shift === 0 && tense === 'past' && weekday(pub) >= 1 && weekday(pub) <= 5;
      return weekendValue(addDays(pub, 7 * (back ? -1 : shift)));
    }
    case 'month':
      return monthValue(py, pm + shift);
    case 'quarter': {
      const q = Math.floor((pm - 1) / 3) + shift;
      return quarterValue(py + Math.floor(q / 4), (((q % 4) + 4) % 4) + 1);
    }
    case 'year':
      return yearValue(py + shift);
    case 'decade':
      return decadeValue(Math.floor(py / 10) * 10 + 10 * shift);
    default:
      return null;
  }
}

/** "last week", "this year", "earlier this month", "the end of last year", "this past weekend". */
const relative: DateRule = {
  re: new RegExp(
    `\\b${UNIT_EDGE}?(?:([Ee]arlier|[Ll]ater)\\s+)?([Tt]his\\s+past|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\\s+current)\\s+(week|weekend|month|year|quarter|decade)\\b`,
    'g',
  ),
  resolve(m, ctx) {
    const mod = m[2]!.toLowerCase().replace(/\s+/g, ' ');
    const shift = mod === 'last' || mod === 'this past' ? -1 : mod === 'next' ? 1 : 0;
    const unit = relativeUnit(m[3]!, shift, ctx.pub, ctx.tense());
    // "earlier this week" and "later this month" keep the unit as their value but
    // cover only the part before (or after) publication.
    const side = m[1]?.toLowerCase();
    if (!unit?.range || shift !== 0 || !side) return unit;
    const { start, end } = unit.range;
    if (ctx.pub < start || ctx.pub > end) return unit;
    return {
      ...unit,
      range: side === 'earlier' ? { start, end: ctx.pub } : { start: ctx.pub, end },
    };
  },
};

/** "the end of the year", "the start of the week", "the weekend". */
const theUnit: DateRule = {
  re: new RegExp(
    `\\b(?:${UNIT_EDGE}[Tt]he\\s+(week|month|year|decade)|[Tt]he\\s+(weekend))\\b`,
    'g',
  ),
  resolve(m, ctx) {
    if (m[1]) return relativeUnit(m[1], 0, ctx.pub, ctx.tense());
    return relativeUnit('weekend', 0, ctx.pub, ctx.tense() ?? 'past');
  },
};

const ORDINAL: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** "the third quarter", "the first quarter of 2009", "third-quarter", "Q3 2019", "the first half of last year". */
const quarter: DateRule = {
  re: /\b(?:(?:[Tt]he\s+)?(first|second|third|fourth|final|last|previous|1st|2nd|3rd|4th)[- ](quarter|half)|(Q[1-4]|H[12]))\b(?:\s+of\s+(?:(\d{4})|(this|last|next)\s+year|the\s+year)|,?\s+(\d{4})|\s*[-']?(\d{2})\b)?(?![-–]\d)/g,
  resolve(m, ctx) {
    const word = lower(m[1]);
    const half = m[2] === 'half' || m[3]?.startsWith('H');
    const py = yearOf(ctx.pub);
    const given = m[4] ?? m[6] ?? (m[7] ? `20${m[7]}` : undefined);
    const rel = m[5] ? { this: 0, last: -1, next: 1 }[m[5] as 'this'] : undefined;
    const value = (y: number, n: number) => (half ? halfValue(y, n) : quarterValue(y, n));
    if ((word === 'last' || word === 'previous') && !given && rel === undefined) {
      // "the last quarter" is the one before the current one.
      return half
        ? halfValue(monthOf(ctx.pub) <= 6 ? py - 1 : py, monthOf(ctx.pub) <= 6 ? 2 : 1)
        : relativeUnit('quarter', -1, ctx.pub, 'past');
    }
    const n = m[3] ? +m[3].slice(1) : word === 'last' ? (half ? 2 : 4) : (ORDINAL[word!] ?? 0);
    if (!n || (half && n > 2)) return null;
    if (given) return value(+given, n);
    if (rel !== undefined) return value(py + rel, n);
    return value(yearOfMonth(ctx.pub, half ? n * 6 - 5 : n * 3 - 2, ctx.tense()), n);
  },
};

const SEASON: Record<string, Season> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** "this summer", "last winter", "spring 2019", "in the fall", "early spring". */
const season: DateRule = {
  re: /\b(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[- ])?(?:([Tt]his|[Ll]ast|[Nn]ext|[Tt]his\s+past|[Tt]he)\s+)?([Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?:\s+(?:of\s+)?(\d{4})\b)?(?!\s+of\b)/g,
  resolve(m, ctx) {
    const s = SEASON[m[2]!.toLowerCase()]!;
    const mod = lower(m[1])?.replace(/\s+/g, ' ');
    if (m[3]) return seasonValue(+m[3], s);
    // "fall" is also a noun and a verb: only "this/last/next fall" or "in the fall" are dates.
    if (s === 'FA' && m[2]!.toLowerCase() === 'fall') {
      if (!mod || (mod === 'the' && !/\bin\s+$/i.test(ctx.before()))) return null;
    }
    if (mod === 'the' && !/\b(?:in|during|through|over|since|until|by)\s+$/i.test(ctx.before()))
      return null;
    const start = SEASON_START[s];
    if (mod === 'next') return seasonValue(yearOfMonth(ctx.pub, start, 'future', true), s);
    if (mod === 'last' || mod === 'this past') {
      const y = yearOfMonth(ctx.pub, start, 'past');
      return seasonValue(seasonValue(y, s).range!.end >= ctx.pub ? y - 1 : y, s);
    }
    return seasonValue(yearOfMonth(ctx.pub, start, mod === 'this' ? null : ctx.tense()), s);
  },
};

/** "two days ago", "a week ago", "five years ago". */
const ago: DateRule = {
  re: new RegExp(`\\b(${NUMBER})\\s+(day|week|month|year|decade)s?\\s+ago\\b`, 'gi'),
  hint: 'ago',
  resolve(m, ctx) {
    const n = countOf(m[1]!);
    if (n === null) return null;
    const unit = m[2]!.toLowerCase();
    if (unit === 'day') return dayValue(addDays(ctx.pub, -n));
    // TimeML dates "a week ago" to the day it names.
    if (unit === 'week') return dayValue(addDays(ctx.pub, -7 * n));
    if (unit === 'month') return monthValue(yearOf(ctx.pub), monthOf(ctx.pub) - n);
    if (unit === 'year') return yearValue(yearOf(ctx.pub) - n);
    return decadeValue(Math.floor(yearOf(ctx.pub) / 10) * 10 - 10 * n);
  },
};

/**
 * TimeML's vague references: "now", "recently", "soon", "in the future",
 * "the past", "for the time being".
 */
const references: DateRule = {
  re: /\b(?:(?:[Rr]ight\s+)?([Nn]ow)(?![-–])|((?:[Mm]ore\s+|[Vv]ery\s+|[Uu]ntil\s+)?[Rr]ecent(?:ly)?(?:\s+(?:years|months|weeks|days|decades|times))?)|((?:[Vv]ery\s+)?[Ss]oon)(?![-–])|[Tt]he\s+(?:(?:near|distant|immediate|foreseeable)\s+)?(future)(?!\s+of\b)|[Tt]he\s+(?:recent\s+|distant\s+)?(past)(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|twelve|day|week|month|year|decade|century|quarter|weekend|hour)|\s+of\b)|[Tt]he\s+(?:near|short|long|medium)[- ](term)\b|[Tt]he\s+coming\s+(?:days|weeks|months|years)|(?<=\b[Ff]or\s)[Tt]he\s+(time)\s+being)\b/g,
  resolve(m, ctx) {
    const before = ctx.before();
    if (m[1])
      return /\b(?:by|just)\s+$/i.test(before) || /^\s+that\b/.test(ctx.after())
        ? null
        : refValue('PRESENT_REF');
    if (m[2]) return /\bmost\s+$/i.test(before) ? null : refValue('PAST_REF');
    if (m[3])
      return /\bas\s+$/i.test(before) || /^\s+(?:as|after|afterwards)\b/.test(ctx.after())
        ? null
        : refValue('FUTURE_REF');
    if (m[5]) return refValue('PAST_REF');
    if (m[7]) return refValue('PRESENT_REF'); // "for the time being"
    return refValue('FUTURE_REF');
  },
};

/** "the day", "the same day", "the end of the day", "late in the day": the day last mentioned. */
const theDay: DateRule = {
  re: /\b(?:[Tt]he\s+(?:start|end|beginning|rest)\s+of\s+|(?:[Ee]arly|[Ll]ate|[Ll]ater|[Ee]arlier)\s+in\s+)?[Tt]he\s+(?:same\s+)?day\b(?!\s+(?:when|that|which|of|he|she|they|it|we|I|you|his|her|their|its|the|a|an|on|in|to|for|and)\b|-)/g,
  anchor: 'anaphoric',
  resolve: (m, ctx) =>
    // "the day after the vote" names another day; "late in the day after falling" does not.
    /^\s+(?:before|after)\b/.test(ctx.after()) && !/\sin\s/.test(m[0]) ? null : dayValue(ctx.pub),
  refer: (_m, last) => dayValue(last.day),
};

/** "the previous year", "the year before", "the entire year": relative to the year last mentioned. */
const theYear: DateRule = {
  re: /\b(?:[Tt]he\s+(previous|prior|preceding)\s+year|[Tt]he\s+year\s+(before|previous|prior)|[Tt]he\s+(?:entire|whole|full)\s+year)\b(?!\s+(?:of|in|to|that|when)\b)/g,
  anchor: 'anaphoric',
  resolve: (m, ctx) => yearValue(yearOf(ctx.pub) - (m[1] || m[2] ? 1 : 0)),
  refer: (m, last) => yearValue(last.year - (/previous|prior|preceding|before/i.test(m) ? 1 : 0)),
};

export const RELATIVE_RULES: DateRule[] = [
  deictic,
  partOfDay,
  weekdayRule,
  relative,
  theUnit,
  quarter,
  season,
  ago,
  references,
  theDay,
  theYear,
];
