/**
 * Stage 4: turn the words that place something in time ("Thursday", "last
 * week", "in February", "June 12") into a calendar range, resolved against the
 * publication date by news conventions, with the precision the words state
 * and no more. chrono-node parses absolute dates; its defaults for bare
 * weekdays and months are not news defaults, so those are resolved here.
 */
import * as chrono from 'chrono-node';
import type { Precision } from '../../shared/schema';
import {
  addDays,
  endOfMonth,
  isoToMs,
  msToIso,
  startOfIsoWeek,
  startOfMonth,
  weekday,
} from '../../shared/dates';

export interface ResolvedDate {
  start: string;
  end: string;
  precision: Precision;
}

/** Past: the clause reports what happened; future: what is planned or promised. */
export type Direction = 'past' | 'future';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

const day = (d: string): ResolvedDate => ({ start: d, end: d, precision: 'day' });
const week = (start: string, end = addDays(start, 6)): ResolvedDate => ({
  start,
  end,
  precision: 'week',
});
const month = (start: string, end = endOfMonth(start)): ResolvedDate => ({
  start,
  end,
  precision: 'month',
});
const year = (y: number): ResolvedDate => ({
  start: `${y}-01-01`,
  end: `${y}-12-31`,
  precision: 'year',
});
const pad = (n: number) => String(n).padStart(2, '0');
const monthStart = (y: number, m: number) => `${y}-${pad(m)}-01`; // m is 1-based
const shiftMonth = (iso: string, n: number) => {
  const d = new Date(isoToMs(startOfMonth(iso)));
  d.setUTCMonth(d.getUTCMonth() + n);
  return msToIso(d.getTime());
};

/** Relative expressions anchored on the publication date. */
function resolveRelative(words: string, pub: string, dir: Direction): ResolvedDate | null {
  const monday = startOfIsoWeek(pub);
  const table: Record<string, () => ResolvedDate> = {
    today: () => day(pub),
    tonight: () => day(pub),
    yesterday: () => day(addDays(pub, -1)),
    tomorrow: () => day(addDays(pub, 1)),
    'this week': () => week(monday),
    'earlier this week': () => week(monday, pub),
    'later this week': () => week(pub, addDays(monday, 6)),
    'last week': () => week(addDays(monday, -7)),
    'next week': () => week(addDays(monday, 7)),
    // Loose by nature: news uses it for the last month or so; six weeks keeps what it covers.
    'recent weeks': () => month(addDays(pub, -41), pub),
    'this month': () => month(startOfMonth(pub)),
    'earlier this month': () => month(startOfMonth(pub), pub),
    'later this month': () => month(pub, endOfMonth(pub)),
    'last month': () => month(shiftMonth(pub, -1)),
    'next month': () => month(shiftMonth(pub, 1)),
    'this year': () => year(+pub.slice(0, 4)),
    'last year': () => year(+pub.slice(0, 4) - 1),
    'next year': () => year(+pub.slice(0, 4) + 1),
    'the end of the year': () => month(`${pub.slice(0, 4)}-12-01`),
  };
  const hit = table[words];
  if (hit) return hit();

  const wd =
    /^(?:(?:earlier|later|last|this|next)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:\s+(?:morning|afternoon|evening|night))?$/.exec(
      words,
    );
  if (wd) {
    const target = WEEKDAYS.indexOf(wd[1]!);
    const diff = (target - weekday(pub) + 7) % 7;
    // A bare weekday in reporting is the most recent one on or before publication;
    // in a clause about the future it is the next one on or after it.
    return day(dir === 'past' ? addDays(pub, diff === 0 ? 0 : diff - 7) : addDays(pub, diff));
  }

  const yr = /^(?:by|in|since|during)?\s*(\d{4})$/.exec(words);
  if (yr) return year(+yr[1]!);

  const mo = new RegExp(`^(?:(?:early|late|mid)[- ])?(${MONTHS.join('|')})$`).exec(words);
  if (mo) {
    const m = MONTHS.indexOf(mo[1]!) + 1;
    const py = +pub.slice(0, 4);
    const pm = +pub.slice(5, 7);
    // A bare month means the most recent one (or, looking ahead, the next one).
    const y = dir === 'past' ? (m <= pm ? py : py - 1) : m >= pm ? py : py + 1;
    return month(monthStart(y, m));
  }
  return null;
}

/** Absolute dates ("June 12", "Oct. 7", "October 10, 2021", "February 2019") via chrono. */
function resolveAbsolute(words: string, pub: string, dir: Direction): ResolvedDate | null {
  const [result] = chrono.parse(words, { instant: new Date(isoToMs(pub)), timezone: 0 });
  if (!result) return null;
  const c = result.start;
  const m = c.get('month');
  if (!c.isCertain('month') || m === null) return null;
  if (!c.isCertain('day')) {
    if (!c.isCertain('year')) return null; // bare months are handled above
    return month(monthStart(c.get('year')!, m));
  }
  const d = c.get('day')!;
  let y = c.get('year')!;
  if (!c.isCertain('year')) {
    const py = +pub.slice(0, 4);
    const candidate = `${py}-${pad(m)}-${pad(d)}`;
    y = dir === 'past' ? (candidate <= pub ? py : py - 1) : candidate >= pub ? py : py + 1;
  }
  return day(`${y}-${pad(m)}-${pad(d)}`);
}

/**
 * Resolve date words against a publication date (ISO). Returns null for words
 * it cannot place in time, which the caller reports as a diagnostic.
 */
export function resolveDate(
  text: string,
  published: string,
  dir: Direction = 'past',
): ResolvedDate | null {
  const words = text
    .toLowerCase()
    .replace(/[.,]$/, '')
    .replace(/^(on|in|at|by|until|since)\s+(?=\D)/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return resolveRelative(words, published, dir) ?? resolveAbsolute(words, published, dir);
}
