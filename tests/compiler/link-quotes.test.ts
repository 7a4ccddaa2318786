import { describe, expect, it } from 'vitest';
import { linkQuotes, type LinkableEvent } from '../../src/compiler/stages/link-quotes';
import type { ExtractedQuote } from '../../src/compiler/extraction';

const TEXT = [
  'Pompeo met Kim on Monday. "It went well," Pompeo said.', // 0: same sentence and after
  'The North warned Seoul. Analysts were unsure. "We are ready," the US envoy said.',
  '"Nothing new," a spokesman said.',
].join('\n');

const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length };
};

function event(countries: string[], sentence: string, confidence = 0.8): LinkableEvent {
  return { countries, mentions: [{ sourceId: 'a', ...at(sentence) }], confidence };
}

function quote(
  words: string,
  speakerCountry: string | null,
  attribution?: string,
  sourceId = 'a',
): ExtractedQuote & { sourceId: string } {
  return {
    ...at(words),
    text: words,
    fragment: false,
    speakerId: null,
    speaker: null,
    speakerMention: null,
    speakerCountry,
    attribution: attribution ? at(attribution) : null,
    sourceId,
  };
}

const EVENTS = [
  event(['kp', 'us'], 'Pompeo met Kim on Monday.'),
  event(['kp', 'kr'], 'The North warned Seoul.'),
];

// [case, quote, expected event index]
const cases: [string, ExtractedQuote & { sourceId: string }, number | null][] = [
  [
    'its attribution is in the sentence of an event',
    quote('"It went well,"', 'us', 'Pompeo said.'),
    0,
  ],
  [
    'nearest earlier event of the paragraph involving the speaker',
    quote('"We are ready,"', 'kr'),
    1,
  ],
  [
    'the paragraph has none of the speaker’s: nearest in the article',
    quote('"We are ready,"', 'ru'),
    1,
  ],
  ['a new paragraph: nearest event in the article', quote('"Nothing new,"', null), 1],
  ['an article without events', quote('"Nothing new,"', null, undefined, 'b'), null],
];

describe('linkQuotes', () => {
  it.each(cases)('%s', (_name, q, want) => {
    expect(linkQuotes([q], EVENTS, () => TEXT)).toEqual([want]);
  });

  it('its own sentence wins over an earlier event of the speaker’s country', () => {
    const events = [...EVENTS, event(['kr'], '"It went well," Pompeo said.')];
    expect(linkQuotes([quote('"It went well,"', 'us')], events, () => TEXT)).toEqual([2]);
  });

  it('in a sentence with two events, prefers the speaker’s', () => {
    const events = [
      event(['kp', 'kr'], 'Pompeo met Kim on Monday.'),
      event(['kp', 'us'], 'Pompeo met Kim on Monday.', 0.5),
    ];
    expect(
      linkQuotes([quote('"It went well,"', 'us', 'Pompeo said.')], events, () => TEXT),
    ).toEqual([1]);
  });

  it('returns one answer per quote, in order', () => {
    const qs = [quote('"Nothing new,"', null), quote('"It went well,"', 'us', 'Pompeo said.')];
    expect(linkQuotes(qs, EVENTS, () => TEXT)).toEqual([1, 0]);
  });
});
