import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/compiler/stages/clean-text';
import { splitSentences } from '../../src/compiler/stages/split-sentences';
import { findSpeakerMention } from '../../src/compiler/stages/correct-quotes';

const body = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `This is the body paragraph number ${i + 1} and it reports what the officials said to the press.`,
  );

describe('cleanText', () => {
  it('drops navigation, promotions, repeats and the headline; keeps the body with blank lines between', () => {
    const raw = [
      'Back To Top',
      'My Headline Here',
      ...body(2),
      'Subscribe to our newsletter',
      body(1)[0],
      '-',
      'By Jane Doe Published',
    ].join('\n');
    const { text, blocks } = cleanText(raw, 'My headline here');
    expect(text).toBe(`${body(2)[0]}\n\n${body(2)[1]}`);
    expect(blocks.find((b) => b.text === 'My Headline Here')?.reason).toBe('headline');
    expect(blocks.filter((b) => b.text === body(1)[0]).map((b) => b.kept)).toEqual([true, false]);
  });

  it('keeps a short standfirst inside the body and drops short headlines among furniture', () => {
    const raw = [
      'Title',
      'A standfirst without a full stop',
      ...body(2),
      'Read more:',
      'Some unrelated headline about sport',
      'By X Published',
    ].join('\n');
    const { text } = cleanText(raw, 'Title');
    expect(text.startsWith('A standfirst without a full stop\n\n')).toBe(true);
    expect(text).not.toContain('unrelated');
  });

  it('drops prose that addresses the reader, and teasers after the body', () => {
    const raw = [
      ...body(2),
      'Escape your echo chamber. Get the facts behind the news, plus analysis from many sides.',
      '-',
      'Teaser headline',
      'The Explainer This is a long teaser sentence that reads like prose but trails the story.',
      '-',
    ].join('\n');
    const { text, blocks } = cleanText(raw, 'Nothing');
    expect(text).toBe(body(2).join('\n\n'));
    expect(blocks.find((b) => b.text.startsWith('Escape'))?.reason).toBe('addresses the reader');
  });

  it('remembers where each kept block came from', () => {
    const raw = `Nav\n\n${body(1)[0]}\n${body(2)[1]}`;
    const { text, blocks } = cleanText(raw, 'x');
    for (const b of blocks.filter((b) => b.kept))
      expect(text.slice(b.cleanStart!, b.cleanStart! + b.text.length)).toBe(
        raw.slice(b.rawStart, b.rawEnd),
      );
  });
});

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['The U.S. side met. Then Mr. Kim left.', ['The U.S. side met.', 'Then Mr. Kim left.']],
    [
      'Talks with N. Korea resumed. Seoul agreed.',
      ['Talks with N. Korea resumed.', 'Seoul agreed.'],
    ],
    [
      'It was Jan. 5 when Gen. Lee spoke. No. 2 said no.',
      ['It was Jan. 5 when Gen. Lee spoke.', 'No. 2 said no.'],
    ],
    [
      '"I believe this. He agrees," he noted. Next.',
      ['"I believe this. He agrees," he noted.', 'Next.'],
    ],
    ['One paragraph\n\nAnother one.', ['One paragraph', 'Another one.']],
    ['He said “no.” Then left.', ['He said “no.”', 'Then left.']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('findSpeakerMention', () => {
  it('prefers the words right after the quote, as whole words, outside the quote', () => {
    const text = 'The official spoke. “They said the thing,” the official said.';
    const q = { start: text.indexOf('They'), end: text.indexOf(',”') };
    const m = findSpeakerMention(text, q, 'the official')!;
    expect(m.start).toBe(text.lastIndexOf('the official'));
  });
  it('does not match inside another word or outside the paragraph', () => {
    const text = 'Then the others.\n\n“Hello there,” she said.';
    const q = { start: text.indexOf('Hello'), end: text.indexOf(',”') };
    expect(findSpeakerMention(text, q, 'he')).toBeNull();
  });
});
