import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { directionOf, extractDates } from '../../src/compiler/stages/extract-dates';
import { yearEarlier } from '../../src/compiler/stages/extract-dates-anaphora';
import { hasPresentPerfect } from '../../src/compiler/stages/extract-dates-direction';
import {
  dayValue,
  halfValue,
  quarterValue,
  seasonValue,
  weekValue,
} from '../../src/compiler/stages/extract-dates-calendar';

/** The one expression whose text is `words` in `text`, or undefined. */
function find(text: string, pub: string, words: string) {
  return extractDates(text, pub).find((e) => e.text === words);
}

// [sentence, publication date, expression as tagged, TimeML value]
const found: [string, string, string, string][] = [
  // Weekdays: the last one in reporting, the next one when the clause looks ahead.
  ['The minister said Thursday that talks had failed.', '2019-04-19', 'Thursday', '2019-04-18'],
  ['Officials met on Monday in Hanoi.', '2019-04-19', 'Monday', '2019-04-15'],
  ['He spoke earlier Thursday.', '2019-04-19', 'earlier Thursday', '2019-04-18'],
  ['Protesters gathered Monday night.', '2019-04-19', 'Monday night', '2019-04-15TNI'],
  ['The summit was held on Friday.', '2019-04-18', 'Friday', '2019-04-12'],
  ['The trial is set to begin on Wednesday.', '2006-03-28', 'Wednesday', '2006-03-29'],
  ['The leaders will meet on Tuesday.', '2021-10-18', 'Tuesday', '2021-10-19'],
  // What a meeting is "ahead of" is still to come.
  [
    'The envoys met in Washington ahead of a three-way meeting Tuesday.',
    '2021-10-18',
    'Tuesday',
    '2021-10-19',
  ],
  ['They met last Monday.', '2019-04-15', 'last Monday', '2019-04-08'],
  ['They meet next Friday.', '2019-04-19', 'next Friday', '2019-04-26'],
  ['Markets stay closed until Friday.', '2008-09-18', 'Friday', '2008-09-19'],
  // Deictic words and vague references.
  ['The company said today it would cut jobs.', '2020-07-10', 'today', '2020-07-10'],
  ['Talks collapsed yesterday.', '2020-03-01', 'yesterday', '2020-02-29'],
  ['A vote is expected tonight.', '2020-03-01', 'tonight', '2020-03-01TNI'],
  ['Apple announced this morning a new phone.', '2008-01-09', 'this morning', '2008-01-09TMO'],
  ['The situation is now stable.', '2020-03-01', 'now', 'PRESENT_REF'],
  ['The recently announced phone sold out.', '2010-06-16', 'recently', 'PAST_REF'],
  ['Prices fell in the recent downturn.', '2010-06-16', 'recent', 'PAST_REF'],
  ['More cuts could come in the future.', '2010-06-16', 'the future', 'FUTURE_REF'],
  ['A decision is due soon.', '2010-06-16', 'soon', 'FUTURE_REF'],
  ['Growth should return in the near term.', '2009-06-16', 'the near term', 'FUTURE_REF'],
  [
    'The downtrend will continue for the time being.',
    '2008-11-18',
    'the time being',
    'PRESENT_REF',
  ],
  // Weeks, months, years relative to publication.
  ['He resigned last week.', '2019-04-19', 'last week', '2019-W15'],
  ['Talks resumed this week.', '2018-09-20', 'this week', '2018-W38'],
  ['They met earlier this week.', '2020-07-10', 'earlier this week', '2020-W28'],
  ['Talks resume next week.', '2018-12-31', 'next week', '2019-W02'],
  ['A vote is due later this month.', '2019-04-19', 'later this month', '2019-04'],
  ['Exports fell last month.', '2021-01-15', 'last month', '2020-12'],
  ['The plant opens next year.', '2019-04-19', 'next year', '2020'],
  ['Sales rose last year.', '2019-01-03', 'last year', '2018'],
  ['The deal closes by the end of the year.', '2019-04-19', 'the end of the year', '2019'],
  ['Losses grew at the end of last year.', '2009-02-18', 'the end of last year', '2008'],
  ['The accident happened this weekend.', '2010-01-23', 'this weekend', '2010-W03-WE'],
  ['Prices rose three days ago.', '2019-04-19', 'three days ago', '2019-04-16'],
  ['The firm was founded two years ago.', '2019-04-19', 'two years ago', '2017'],
  // Months: the most recent one, or the next one when looking ahead; year boundaries.
  ['Talks began in February.', '2019-04-19', 'February', '2019-02'],
  ['The ceasefire was agreed in December.', '2019-01-10', 'December', '2018-12'],
  ['Elections will be held in November.', '2020-07-10', 'November', '2020-11'],
  ['Prices rose in early March.', '2020-04-02', 'early March', '2020-03'],
  ['He visited Seoul last September.', '2009-10-12', 'last September', '2009-09'],
  ['The summit took place in February 2019.', '2020-07-10', 'February 2019', '2019-02'],
  ['Prices peaked in mid-March 2019.', '2020-07-10', 'mid-March 2019', '2019-03'],
  ['Sales fell in March of 2008.', '2009-01-10', 'March of 2008', '2008-03'],
  ['It opened in Nov. 2006.', '2009-01-10', 'Nov. 2006', '2006-11'],
  ['Trade fell in May.', '2019-07-01', 'May', '2019-05'],
  // Days of the month.
  ['The attack happened on Oct. 7.', '2019-11-01', 'Oct. 7', '2019-10-07'],
  ['The office on June 18 called for a re-run.', '2008-07-02', 'June 18', '2008-06-18'],
  ['The plane flew on 11 December.', '2010-01-25', '11 December', '2009-12-11'],
  ['It was signed December 20.', '2020-01-05', 'December 20', '2019-12-20'],
  ['The talks ended October 10, 2021.', '2021-10-18', 'October 10, 2021', '2021-10-10'],
  ['The phone will be available on June 17.', '2009-06-09', 'June 17', '2009-06-17'],
  ['It arrives on November 11.', '2005-11-05', 'November 11', '2005-11-11'],
  ['The date reads 7/8/07 in the American format.', '2007-07-09', '7/8/07', '2007-07-08'],
  ['The report of April 2nd was wrong.', '2008-04-09', 'April 2nd', '2008-04-02'],
  [
    'The vote was held on Friday, Sept. 18, 2020.',
    '2021-01-04',
    'Friday, Sept. 18, 2020',
    '2020-09-18',
  ],
  ['Voting closed Wed., Sept. 18.', '2019-09-20', 'Wed., Sept. 18', '2019-09-18'],
  ['The plane landed on 12 June 2019.', '2020-07-10', '12 June 2019', '2019-06-12'],
  ['Crowds gathered on the 4th of July.', '2019-07-10', 'the 4th of July', '2019-07-04'],
  ['The filing is dated 2019-04-18.', '2020-07-10', '2019-04-18', '2019-04-18'],
  ['The court stamped it 2019-04-18T10:00:00Z.', '2020-07-10', '2019-04-18', '2019-04-18'],
  ['The deal was signed Jan. 1, 2000.', '2001-02-03', 'Jan. 1, 2000', '2000-01-01'],
  // A range: its first day, placed like a day alone.
  ['They met from June 12 to 14.', '2019-04-18', 'June 12', '2018-06-12'],
  // "June 12, 19 people": the count is not a two-digit year.
  ['On June 12, 19 people were hurt.', '2019-04-18', 'June 12', '2018-06-12'],
  // Years, decades, quarters, seasons.
  ['The war ended in 2018.', '2019-04-19', '2018', '2018'],
  ['Emissions must fall by 2021.', '2018-09-20', '2021', '2021'],
  ['The 1991 agreement barred it.', '2006-05-08', '1991', '1991'],
  ['He took time off in early 2009.', '2011-01-17', 'early 2009', '2009'],
  ['Prices last fell this low in the 1990s.', '2019-04-19', 'the 1990s', '199'],
  ['Cars of the 70s were boxy.', '2007-02-09', 'the 70s', '197'],
  ['The index is at its lowest since \u201982.', '2008-10-27', '\u201982', '1982'],
  ['Profit rose in the third quarter.', '2019-11-05', 'the third quarter', '2019-Q3'],
  [
    'GM lost $6 billion in the first quarter of 2009.',
    '2009-05-07',
    'the first quarter of 2009',
    '2009-Q1',
  ],
  ['Profit rose during the last quarter.', '2007-01-18', 'the last quarter', '2006-Q4'],
  ['Revenue in Q3 2019 rose.', '2020-01-05', 'Q3 2019', '2019-Q3'],
  ['Our third-quarter results were strong.', '2009-11-03', 'third-quarter', '2009-Q3'],
  ['The summit is planned for this summer.', '2019-04-19', 'this summer', '2019-SU'],
  ['Talks stalled last winter.', '2019-04-19', 'last winter', '2018-WI'],
  // Anaphora: the day and year last mentioned.
  ['Stocks fell on Monday. The Dow ended the day down 3%.', '2009-02-24', 'the day', '2009-02-23'],
  ['Sales rose last year, up from the previous year.', '2010-01-28', 'the previous year', '2008'],
  // "The same period last year": the unit just named, one year back.
  [
    'Sales rose 43% in February compared to the same period last year.',
    '2010-03-03',
    'the same period last year',
    '2009-02',
  ],
  [
    'Sales fell 35% in January, compared to the same month a year ago.',
    '2009-02-03',
    'the same month a year ago',
    '2008-01',
  ],
  [
    'Profit doubled in the third quarter from the same quarter of the previous year.',
    '2009-11-03',
    'the same quarter of the previous year',
    '2008-Q3',
  ],
  // Said on Wednesday, but the period compared is the month named.
  [
    'Sales rose in February, Ford said Wednesday, against the same period a year earlier.',
    '2010-03-04',
    'the same period a year earlier',
    '2009-02',
  ],
  // Nothing named before: the unit around publication.
  [
    'Prices are up on the same month last year.',
    '2019-04-19',
    'the same month last year',
    '2018-04',
  ],
  // "That time", "that day": the date last named.
  [
    'The deal will close by June 10. If no price is agreed by that time, Fiat pays.',
    '2011-05-29',
    'that time',
    '2011-06-10',
  ],
  ['He landed on Monday and left later that day.', '2019-04-19', 'later that day', '2019-04-15'],
  ['Rebels seized the town in 2014; at that time few noticed.', '2019-04-19', 'that time', '2014'],
  // The Nth of a run is the day (week) reported.
  [
    'Trading was suspended for a second consecutive day.',
    '2008-09-17',
    'a second consecutive day',
    '2008-09-17',
  ],
  ['Stocks rose for the third straight week.', '2009-04-04', 'the third straight week', '2009-W14'],
  ['US stocks log gains for fourth week in a row', '2009-04-04', 'fourth week', '2009-W14'],
  ['Wall Street had its best week since November.', '2009-03-13', 'week', '2009-W11'],
  ['The Dow had its worst day in more than a year.', '2010-05-07', 'day', '2010-05-07'],
  // Weeks of a month: the ISO week holding the month's first (last) Thursday.
  [
    'Car sales rebounded in the last week of March.',
    '2009-04-01',
    'the last week of March',
    '2009-W13',
  ],
  [
    'It opens in the first week of June 2019.',
    '2019-04-19',
    'the first week of June 2019',
    '2019-W23',
  ],
  [
    'Talks ran into the second week of January.',
    '2009-02-10',
    'the second week of January',
    '2009-W02',
  ],
  // A state reported in the present perfect still holds: "until Friday" looks ahead.
  [
    'The government has continued to hold all markets closed until Friday.',
    '2008-09-18',
    'Friday',
    '2008-09-19',
  ],
  // "has announced" reports as of now: the quarter is the nearest one, not last year's.
  [
    'Ford has announced cuts, resulting in closures during the fourth quarter.',
    '2006-08-19',
    'the fourth quarter',
    '2006-Q4',
  ],
  ['GM reported a loss in the fourth quarter.', '2006-08-19', 'the fourth quarter', '2005-Q4'],
  // Generic "today's": the present age, not the day.
  ['This is an exciting time at today\u2019s GM.', '2013-12-10', 'today', 'PRESENT_REF'],
  ["Incentives do not resonate in today's economy.", '2009-04-01', 'today', 'PRESENT_REF'],
  ["Today's meeting was short.", '2009-04-01', 'Today', '2009-04-01'],
  ["Today's Apple event drew crowds.", '2009-04-01', 'Today', '2009-04-01'],
];

describe('extractDates: what it finds and how it resolves it', () => {
  it.each(found)('%j (published %s) → %j = %s', (text, pub, words, value) => {
    const e = find(text, pub, words);
    expect(e, JSON.stringify(extractDates(text, pub))).toBeDefined();
    expect(e!.value).toBe(value);
    expect(text.slice(e!.start, e!.end)).toBe(words);
  });
});

// [sentence, publication, expression, start, end, precision]
const ranges: [string, string, string, string, string, string][] = [
  ['He resigned last week.', '2019-04-19', 'last week', '2019-04-08', '2019-04-14', 'week'],
  ['Exports fell last month.', '2021-01-15', 'last month', '2020-12-01', '2020-12-31', 'month'],
  [
    'Profit rose in the third quarter.',
    '2019-11-05',
    'the third quarter',
    '2019-07-01',
    '2019-09-30',
    'quarter',
  ],
  ['Talks stalled last winter.', '2019-04-19', 'last winter', '2018-12-01', '2019-02-28', 'season'],
  ['In the 1990s it grew.', '2019-04-19', 'the 1990s', '1990-01-01', '1999-12-31', 'decade'],
  ['The war ended in 2018.', '2019-04-19', '2018', '2018-01-01', '2018-12-31', 'year'],
  // What was stated, never more: a month and year is a month, not its first day.
  [
    'The summit took place in February 2019.',
    '2020-07-10',
    'February 2019',
    '2019-02-01',
    '2019-02-28',
    'month',
  ],
  [
    'Losses mounted until the end of June 2019.',
    '2020-07-10',
    'the end of June 2019',
    '2019-06-01',
    '2019-06-30',
    'month',
  ],
  ['The attack happened on Oct. 7.', '2019-11-01', 'Oct. 7', '2019-10-07', '2019-10-07', 'day'],
  // "earlier" and "later" keep the unit but only its part before or after publication.
  [
    'He said earlier this week that he was open to it.',
    '2020-07-10',
    'earlier this week',
    '2020-07-06',
    '2020-07-10',
    'week',
  ],
  [
    'Kim will visit Russia later this month.',
    '2019-04-19',
    'later this month',
    '2019-04-19',
    '2019-04-30',
    'month',
  ],
];

describe('extractDates: ranges and precision', () => {
  it.each(ranges)('%j → %s…%s (%s)', (text, pub, words, start, end, precision) => {
    const e = find(text, pub, words)!;
    expect(e.range).toEqual({ start, end });
    expect(e.precision).toBe(precision);
  });

  it('gives vague references no range', () => {
    expect(find('It is now over.', '2019-04-19', 'now')).toMatchObject({
      precision: 'ref',
      range: null,
    });
  });
});

describe('extractDates: what is not a date', () => {
  it.each([
    'The talks lasted two hours.',
    'The war lasted five months.',
    'He served a year in prison.',
    'The aircraft has a fifty-year service life.',
    'They negotiated for three weeks.',
    'The 55-year-old minister resigned.',
    'Wait a second.',
    'It was the best result of the year.',
    'The US sent 2,000 troops.',
    'The vote on resolution No. 2018 failed.',
    'The meeting ends at 10:30 a.m.',
    '\u00a9 2021 Example News',
    'Updated 2021',
    'He may resign.',
    'The Russell 2000 pilgrims walked.',
    'In his 70s he retired.',
    'Markets saw a fall in prices.',
    'Stock markets fall sharply.',
    'The Russell 2000 Index fell.',
    'Stocks fell for six straight days.',
    'Unfortunately, that day has come.',
    'He said that time is short.',
    'The same period saw gains.',
    'The time being short, he left.',
    // Numbers near a month that do not make a date with it.
    'Growth was Oct. 7.5 percent.',
    'Version 2.10.3 shipped 1/2/3/4 times.',
    'In May 2000 people fled.',
  ])('%j has no date', (text) => {
    expect(extractDates(text, '2021-06-01')).toEqual([]);
  });

  it('reads "In March, 20 people" as a month and a count, not March 20', () => {
    expect(extractDates('In March, 20 people died.', '2019-04-18')).toMatchObject([
      { text: 'March', value: '2019-03' },
    ]);
  });

  it('drops a line that only stamps the page with a date', () => {
    const text = 'Markets fall\nMarch 01, 2008\nShares fell on Thursday.';
    expect(extractDates(text, '2008-03-01').map((e) => e.text)).toEqual(['Thursday']);
  });

  it('lets a dateline anchor "the day" though the line itself is not returned', () => {
    const text =
      'Dow recovers\nOctober 10, 2008\nAfter a fall at the start of the day, the Dow rose.';
    expect(extractDates(text, '2008-10-20').map((e) => [e.text, e.value])).toEqual([
      ['the start of the day', '2008-10-10'],
    ]);
  });

  it('returns nothing for an invalid publication date', () => {
    expect(extractDates('He left on Monday.', '03-02-2009')).toEqual([]);
  });
});

describe('extractDates: spans', () => {
  it('keeps prepositions out and modifiers in, sorted and non-overlapping', () => {
    const text = 'On Monday, in early March and by the end of the year, the plan changed in 2018.';
    const found = extractDates(text, '2019-04-19');
    expect(found.map((e) => e.text)).toEqual([
      'Monday',
      'early March',
      'the end of the year',
      '2018',
    ]);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('takes the longest reading: a full date, not its year', () => {
    const text = 'The talks ended Friday, October 10, 2021.';
    expect(extractDates(text, '2021-10-18').map((e) => [e.text, e.value])).toEqual([
      ['Friday, October 10, 2021', '2021-10-10'],
    ]);
  });
});

describe('extractDates: quotations said on an earlier day', () => {
  const text = '"We will meet today," he said on Thursday.';
  const quote = { start: 0, end: 21, attribution: { start: 22, end: text.length - 1 } };

  it('dates "today" to the day the words were said', () => {
    const today = extractDates(text, '2019-04-20', { quotes: [quote] }).find(
      (e) => e.text === 'today',
    );
    expect(today?.value).toBe('2019-04-18');
  });

  it('keeps publication day without the attribution', () => {
    const today = extractDates(text, '2019-04-20').find((e) => e.text === 'today');
    expect(today?.value).toBe('2019-04-20');
  });

  it('moves "yesterday" with the day of speech too', () => {
    const said = '"They left yesterday," she said on Monday.';
    const q = { start: 0, end: 22, attribution: { start: 23, end: said.length - 1 } };
    const e = extractDates(said, '2019-04-20', { quotes: [q] }).find((x) => x.text === 'yesterday');
    expect(e?.value).toBe('2019-04-14');
  });
});

describe('direction', () => {
  it.each([
    ['The minister said on Friday', 'past'],
    ['Talks will resume on Friday', 'future'],
    ['The trial is set to begin on Wednesday', 'future'],
    ['Officials plan to meet in March', 'future'],
    ['It will meet Monday, officials said', 'future'],
    ['Fiat announced on Friday that it intends to buy', 'past'],
    ['Talks in Hanoi', 'past'],
  ] as const)('%j → %s', (clause, dir) => {
    expect(directionOf(clause)).toBe(dir);
  });

  it('reports the direction a bare weekday was resolved in', () => {
    expect(find('The leaders will meet on Tuesday.', '2021-10-18', 'Tuesday')?.direction).toBe(
      'future',
    );
    expect(find('The leaders met on Tuesday.', '2021-10-18', 'Tuesday')?.direction).toBe('past');
  });

  it('uses the tense nearest the date, not the first in the sentence', () => {
    const text = 'Fiat announced on Friday that the deal will be finalized by June 10.';
    const found = extractDates(text, '2011-05-29');
    expect(found.map((e) => [e.text, e.value])).toEqual([
      ['Friday', '2011-05-27'],
      ['June 10', '2011-06-10'],
    ]);
  });
});

describe('yearEarlier', () => {
  it.each([
    [dayValue('2020-02-29'), '2019-02-28'],
    [dayValue('2019-04-18'), '2018-04-18'],
    [weekValue('2019-04-18'), '2018-W16'],
    [quarterValue(2009, 3), '2008-Q3'],
    [halfValue(2009, 2), '2008-H2'],
    [seasonValue(2019, 'WI'), '2018-WI'],
  ])('%j → %s', (v, expected) => {
    expect(yearEarlier(v).value).toBe(expected);
  });
});

describe('hasPresentPerfect', () => {
  it.each([
    ['The government has continued to hold markets closed', true],
    ['They have already signed the deal', true],
    ['The markets remained closed', false],
    ['He had closed the plant', false],
    ['She has a plan', false],
  ] as const)('%j → %s', (clause, expected) => {
    expect(hasPresentPerfect(clause)).toBe(expected);
  });
});

describe('extractDates on arbitrary text', () => {
  it('never throws, and every span slices to its text in order', () => {
    const pieces = fc.constantFrom(
      'Monday',
      'last week',
      'in',
      'May',
      'June 12',
      '2019',
      ' ',
      ', ',
      '. ',
      '\n',
      'today',
      'the',
      'day',
      'end of',
      'year',
      '"',
      'ago',
      'two',
      'Q3',
      "'82",
      '1990s',
      'will',
      'said',
      'same period',
      'that time',
      'consecutive',
      'in a row',
      'week of',
      "today's",
      'best week since',
      'Friday, ',
      'Sept. 18',
      '12 June',
      ', 2019',
      '7/8/07',
      '2019-04-18',
      'of ',
      'mid-',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 40 }).map((a) => a.join('')),
    );
    const pub = fc
      .date({
        min: new Date(Date.UTC(1990, 0, 1)),
        max: new Date(Date.UTC(2030, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(text, pub, (t, p) => {
        const found = extractDates(t, p);
        let last = -1;
        for (const e of found) {
          expect(t.slice(e.start, e.end)).toBe(e.text);
          expect(e.start).toBeGreaterThanOrEqual(last);
          last = e.end;
          if (e.range) expect(e.range.start <= e.range.end).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
