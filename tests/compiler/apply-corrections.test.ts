/**
 * Each kind of correction on a small hand-made article with automatic events
 * as the extractor would draft them.
 */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../src/compiler/curation';
import { Diagnostics } from '../../src/compiler/diagnostics';
import { applyCorrections, type DraftEvent } from '../../src/compiler/stages/apply-corrections';
import { extractDates } from '../../src/compiler/stages/extract-dates';
import { prepareSources } from '../../src/compiler/stages/prepare-sources';
import type { Actor, Span } from '../../src/shared/schema';

const BODY = [
  'North Korea urged the United States on Thursday to drop its demands and warned Japan.',
  'The talks in Hanoi ended without a deal, officials said on the record to reporters.',
  'Later, the two sides met again and pledged to keep talking about the peace process.',
].join('\n');
const [prepared] = prepareSources(
  [{ file: 'a.txt', title: 'Headline', publisher: 'Wire', published: '2019-04-19' }],
  new Map([['a.txt', BODY]]),
);
const SRC = prepared!.source.id;
const text = prepared!.source.text;
const span = (words: string): Span => {
  const start = text.indexOf(words);
  return { sourceId: SRC, start, end: start + words.length };
};
const sentenceOf = (words: string): Span => {
  const s = prepared!.sentences.find((x) => text.slice(x.start, x.end).includes(words))!;
  return { sourceId: SRC, start: s.start, end: s.end };
};
const actor = (id: string, country: string | null): Actor => ({
  id,
  kind: 'country',
  name: id.toUpperCase(),
  aliases: [],
  country,
  role: null,
});

function draft(
  type: DraftEvent['type'],
  trigger: string,
  over: Partial<DraftEvent> = {},
): DraftEvent {
  return {
    id: null,
    title: `${type} at ${trigger}`,
    type,
    quadClass: type === 'REQUEST' || type === 'THREATEN' ? 'verbal-conflict' : 'verbal-cooperation',
    sources: ['kp'],
    targets: ['us'],
    countries: ['kp', 'us'],
    date: {
      start: '2019-04-19',
      end: '2019-04-19',
      precision: 'day',
      text: null,
      basis: 'publication',
      sourceId: SRC,
      resolvedAgainst: '2019-04-19',
    },
    mentions: [sentenceOf(trigger)],
    triggers: [span(trigger)],
    confidence: 0.8,
    origin: 'automatic',
    corrected: [],
    droppedAt: null,
    ...over,
  };
}

const DATES = extractDates(text, '2019-04-19', { sentences: prepared!.sentences });

function run(corrections: Correction[], events = automatic(), dates = DATES) {
  const diags = new Diagnostics();
  const fileText = JSON.stringify({ corrections }, null, 2);
  const result = applyCorrections(events, corrections, {
    file: 'corrections.json',
    fileText,
    sources: new Map([[SRC, prepared!]]),
    dates: new Map([[SRC, dates]]),
    actors: new Map(
      [actor('kp', 'kp'), actor('us', 'us'), actor('jp', 'jp')].map((a) => [a.id, a]),
    ),
    diags,
  });
  return { ...result, diags };
}

const automatic = () => [
  draft('REQUEST', 'urged'),
  draft('THREATEN', 'warned', { targets: ['jp'], countries: ['jp', 'kp'] }),
  draft('CONSULT', 'talks in Hanoi'),
  draft('CONSULT', 'met again'),
];
const ref = (evidence: string, type?: DraftEvent['type']) => ({
  source: SRC,
  evidence,
  ...(type ? { type } : {}),
});

describe('applyCorrections', () => {
  it('tells two events of one sentence apart by the words that coded them', () => {
    const { events, diags } = run([
      { op: 'retitle', event: ref('warned Japan'), title: 'A warning' },
    ]);
    expect(diags.items).toEqual([]);
    expect(events.map((e) => e.title)).toContain('A warning');
    expect(events.find((e) => e.type === 'REQUEST')!.title).toBe('REQUEST at urged');
  });

  it('retypes with the quad class that goes with the type', () => {
    const { events } = run([{ op: 'retype', event: ref('urged the'), type: 'ACCUSE' }]);
    expect(events[0]).toMatchObject({
      type: 'ACCUSE',
      quadClass: 'verbal-conflict',
      corrected: ['retype'],
    });
  });

  it('redates from the words of its sentence', () => {
    const { events } = run([
      { op: 'redate', event: ref('urged the'), date: { source: SRC, words: 'Thursday' } },
    ]);
    expect(events[0]!.date).toMatchObject({
      start: '2019-04-18',
      precision: 'day',
      text: 'Thursday',
      basis: 'text',
    });
  });

  it('reads date words as the date stage read them, not afresh', () => {
    // Had the stage placed "Thursday" a week earlier (say, by a quotation's day), the
    // correction follows it, so curated and automatic dates never disagree.
    const shifted = DATES.map((d) =>
      d.text === 'Thursday'
        ? { ...d, value: '2019-04-11', range: { start: '2019-04-11', end: '2019-04-11' } }
        : d,
    );
    const { events } = run(
      [{ op: 'redate', event: ref('urged the'), date: { source: SRC, words: 'Thursday' } }],
      automatic(),
      shifted,
    );
    expect(events[0]!.date).toMatchObject({ start: '2019-04-11', text: 'Thursday' });
  });

  it('recasts who acted, with countries following the actors', () => {
    const { events } = run([
      { op: 'recast', event: ref('warned Japan'), sources: ['us'], targets: ['jp'], countries: [] },
    ]);
    expect(events[1]).toMatchObject({ sources: ['us'], targets: ['jp'], countries: ['jp', 'us'] });
  });

  it('merges two events into the first, and counts the one merged away', () => {
    const { events, stats } = run([
      { op: 'merge', events: [ref('talks in Hanoi'), ref('met again')] },
    ]);
    expect(events).toHaveLength(3);
    expect(events[2]!.mentions).toEqual([sentenceOf('talks in Hanoi'), sentenceOf('met again')]);
    expect(stats).toMatchObject({ automatic: 4, corrected: 1, merged: 1, dropped: 0, added: 0 });
  });

  it('adds a sentence that also reports an event, once', () => {
    const { events } = run([
      {
        op: 'mention',
        event: ref('met again'),
        mentions: [{ source: SRC, evidence: 'ended without a deal' }],
      },
      {
        op: 'mention',
        event: ref('met again'),
        mentions: [{ source: SRC, evidence: 'ended without a deal' }],
      },
    ]);
    expect(events[3]!.mentions).toEqual([sentenceOf('talks in Hanoi'), sentenceOf('met again')]);
  });

  it('splits sentences off into an event of their own, taking their trigger along', () => {
    const merged = draft('CONSULT', 'talks in Hanoi', {
      mentions: [sentenceOf('talks in Hanoi'), sentenceOf('met again')],
      triggers: [span('talks in Hanoi'), span('met again')],
    });
    const { events, diags } = run(
      [
        {
          op: 'split',
          event: ref('talks in Hanoi'),
          mentions: [{ source: SRC, evidence: 'met again' }],
          title: 'They meet again',
        },
        { op: 'retitle', event: ref('met again'), title: 'Second meeting' },
      ],
      [merged],
    );
    expect(diags.items).toEqual([]);
    expect(events.map((e) => [e.title, e.mentions.length])).toEqual([
      ['CONSULT at talks in Hanoi', 1],
      ['Second meeting', 1],
    ]);
  });

  it('drops, and adds an event the extractor missed', () => {
    const { events, stats } = run([
      { op: 'drop', event: ref('met again'), note: 'not news' },
      {
        op: 'add',
        id: 'officials-speak',
        title: 'Officials speak to reporters',
        type: 'CONSULT',
        sources: ['kp'],
        targets: [],
        countries: [],
        date: { source: SRC, publication: true },
        mentions: [{ source: SRC, evidence: 'officials said on the record' }],
      },
    ]);
    expect(events.map((e) => e.title)).toEqual([
      'REQUEST at urged',
      'THREATEN at warned',
      'CONSULT at talks in Hanoi',
      'Officials speak to reporters',
    ]);
    expect(events[3]).toMatchObject({ id: 'officials-speak', origin: 'added', countries: ['kp'] });
    expect(stats).toMatchObject({ dropped: 1, added: 1 });
  });

  it('reports each bad correction at its own line and goes on with the others', () => {
    const corrections: Correction[] = [
      { op: 'retitle', event: ref('urged the'), title: 'Fine' },
      { op: 'retitle', event: ref('not in the text'), title: 'Nope' },
      { op: 'retype', event: ref('met again', 'ASSAULT'), type: 'AGREE' },
    ];
    const { events, diags } = run(corrections);
    const fileText = JSON.stringify({ corrections }, null, 2);
    const lineOf = (needle: string, from = 0) =>
      fileText.slice(0, fileText.indexOf(needle, from)).split('\n').length;
    expect(events[0]!.title).toBe('Fine');
    expect(diags.items.map((d) => [d.code, d.line])).toEqual([
      ['PARLEY004', lineOf('"not in the text"')],
      // the third record's opening brace
      ['PARLEY020', lineOf('{', fileText.indexOf('"title": "Nope"'))],
    ]);
  });
});
