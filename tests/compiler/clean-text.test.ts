import { describe, expect, it } from 'vitest';
import { cleanText, repeatedChrome } from '../../src/compiler/stages/clean-text';

const para = (topic: string) =>
  `Officials in the capital said on the record that the talks about ${topic} would go on as planned.`;

describe('site chrome repeated across articles', () => {
  const page = (topic: string) =>
    [
      'Home | World | Business | Opinion',
      para(topic),
      para(`${topic} again`),
      'Share this story',
    ].join('\n');
  const corpus = ['trade', 'missiles', 'sanctions'].map((t) => ({
    publisher: 'Daily',
    raw: page(t),
  }));

  it('finds short lines printed on three pages of one site', () => {
    expect([...repeatedChrome(corpus)].sort()).toEqual([
      'Home | World | Business | Opinion',
      'Share this story',
    ]);
  });

  it('does not pool different publishers, nor count a line twice within one page', () => {
    const mixed = corpus.map((a, i) => ({ ...a, publisher: `Site ${i}` }));
    expect(repeatedChrome(mixed).size).toBe(0);
    const once = [
      { publisher: 'Daily', raw: 'Share this story\nShare this story\nShare this story' },
    ];
    expect(repeatedChrome(once).size).toBe(0);
  });

  it('leaves long repeated paragraphs to the other rules', () => {
    const long = `${para('x')} ${para('y')}`;
    const articles = [1, 2, 3].map(() => ({ publisher: 'Daily', raw: long }));
    expect(repeatedChrome(articles).size).toBe(0);
  });

  it('drops the chrome it is given, with the reason', () => {
    const { text, blocks } = cleanText(page('trade'), 'Headline', repeatedChrome(corpus));
    expect(text).toBe(`${para('trade')}\n\n${para('trade again')}`);
    expect(blocks[0]!.reason).toBe('site chrome repeated across articles');
  });
});

describe('headline-list shape', () => {
  it('drops a title-case line of another story between body paragraphs', () => {
    const raw = [para('a'), 'Trump Says Kim Summit Went Very Well', para('b'), para('c')].join(
      '\n',
    );
    const { blocks } = cleanText(raw, 'Unrelated');
    expect(blocks[1]).toMatchObject({ kept: false, reason: 'headline of another story' });
  });

  it('keeps a sentence-case standfirst', () => {
    const raw = [
      'The envoy arrives in Seoul on Monday for a week of talks',
      para('a'),
      para('b'),
    ].join('\n');
    expect(cleanText(raw, 'Unrelated').blocks[0]!.kept).toBe(true);
  });
});

describe('links to other stories', () => {
  it.each([
    'Related: Greece and Turkey pledge to keep the Aegean calm after leaders meet',
    'Read also: Sudan army chief rejects invitation to talks in Geneva',
    'See also: Kenya sends more police officers to the Haiti mission',
  ])('drops %j between body paragraphs', (line) => {
    const { blocks } = cleanText([para('a'), line, para('b'), para('c')].join('\n'), 'Unrelated');
    expect(blocks[1]).toMatchObject({ kept: false });
    expect(blocks[1]!.reason).toMatch(/^boilerplate/);
  });

  it('keeps a sentence that only mentions a related matter', () => {
    const line =
      'Related talks on trade will resume next week in the capital, officials said on the record.';
    const { blocks } = cleanText([para('a'), line, para('b')].join('\n'), 'Unrelated');
    expect(blocks[1]!.kept).toBe(true);
  });
});
