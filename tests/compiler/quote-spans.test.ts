import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, isFragment } from '../../src/compiler/stages/quote-spans';

const texts = (t: string) => findQuoteSpans(t).map((q) => q.text);

describe('findQuoteSpans', () => {
  it.each([
    ['straight marks', 'He said "we are ready," and left.', ['we are ready']],
    ['curly marks', '“We will talk,” she said.', ['We will talk']],
    [
      'a quote over several sentences',
      '“I believe it. We are close. Very close,” he said.',
      ['I believe it. We are close. Very close'],
    ],
    ['two quotes in one sentence', '“Yes,” he said, “we will.”', ['Yes', 'we will.']],
    ['single curly quotes in a headline', 'Trump says ‘no rush’ on talks', ['no rush']],
    ['straight single quotes in a headline', "Kim vows 'new way' if talks fail", ['new way']],
    [
      'British single quotes',
      '‘We will not back down,’ the minister said.',
      ['We will not back down'],
    ],
    [
      'nested single quote stays inside',
      '“He told me ‘no’ twice,” she said.',
      ['He told me ‘no’ twice'],
    ],
    ['trailing comma and spaces excluded', '“ Ready ,” he said.', ['Ready']],
    ['empty quotes ignored', 'He said "" and “ ”.', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ["Kim's speech and Moon’s visit"],
    ["the '90s and the ’90s"],
    ["rock 'n' roll and rock ’n’ roll"],
    ['the leaders’ summit'],
    ["the Jones' house is 'old"],
  ])('never takes an apostrophe for a quotation: %s', (text) => {
    expect(findQuoteSpans(text)).toEqual([]);
  });

  it('keeps a plural possessive inside a single-quoted statement', () => {
    expect(texts('‘The leaders’ summit is off,’ he said.')).toEqual(['The leaders’ summit is off']);
  });

  it('links a quote continued over paragraphs as pieces', () => {
    const text = '“We are ready to talk.\n\n“And we will wait,” he said.';
    const qs = findQuoteSpans(text);
    expect(qs.map((q) => [q.text, q.closed, q.continues])).toEqual([
      ['We are ready to talk.', false, null],
      ['And we will wait', true, 0],
    ]);
  });

  it.each([
    [
      'a straight closing mark after a comma',
      '"We would wait.\nBut we will act, " said the spokesman.\n"Next one."',
      [
        ['We would wait.', null],
        ['But we will act', 0],
        ['Next one.', null],
      ],
    ],
    [
      'a curly closing mark',
      '“We will wait.\nWe will act,” she said.',
      [
        ['We will wait.', null],
        ['We will act', 0],
      ],
    ],
    [
      'a closing mark two lines on',
      '"One.\nTwo.\nThree," he said.',
      [
        ['One.', null],
        ['Two.', 0],
        ['Three', 1],
      ],
    ],
    [
      'an opening mark instead: not a continuation',
      '"Never closed.\nHe said "yes" then.',
      [
        ['Never closed.', null],
        ['yes', null],
      ],
    ],
    [
      'too many lines without marks: not a continuation',
      '"Never closed.\nA.\nB.\nC.\nD, " he said "again".',
      [
        ['Never closed.', null],
        ['he said', null],
      ],
    ],
  ])('a run-on quote closed without reopening: %s', (_name, text, expected) => {
    expect(findQuoteSpans(text).map((q) => [q.text, q.continues])).toEqual(expected);
  });

  it('does not link a quote closed at its paragraph end', () => {
    const qs = findQuoteSpans('“Done,” he said.\n\n“Next,” she said.');
    expect(qs.map((q) => q.continues)).toEqual([null, null]);
  });

  it.each([
    ['at the end of a paragraph', '“We will win, he said.\nThe end.', 'We will win, he said.'],
    ['at the end of the text', 'He said: "we will win', 'we will win'],
    ['when a new quote opens first', '“One thing. “Two things,” he said.', 'One thing.'],
  ])('closes an unterminated quote %s', (_n, text, first) => {
    const q = findQuoteSpans(text)[0]!;
    expect(q.text).toBe(first);
  });

  it.each([
    ['the “obstacles” on the path', true],
    ['called it “gangster-like.”', true],
    ['“No,” he said.', false],
    ['“We are aware of the report,” she said.', false],
    ['with someone “who is more careful and mature in dealing with us.”', false],
    ['the “Pyongyang Declaration” was signed', true],
  ])('fragment: %s → %s', (text, fragment) => {
    expect(findQuoteSpans(text)[0]!.fragment).toBe(fragment);
  });

  it('a quote right after a closed quoted sentence opens a sentence', () => {
    const qs = findQuoteSpans('Beijing "welcomes dialogue." "China supports it," Geng said.');
    expect(qs.map((q) => q.fragment)).toEqual([true, false]);
  });

  it('isFragment counts words and sentence openings', () => {
    expect(isFragment('complete denuclearization', false)).toBe(true);
    expect(isFragment('We will', true)).toBe(false);
    expect(isFragment('one two three four five six seven', false)).toBe(false);
  });

  it('never throws and every offset slices to its text (property)', () => {
    const alphabet = fc.constantFrom(...'ab K,.\n"“”‘’\' :—'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
        (text) => {
          for (const q of findQuoteSpans(text)) {
            expect(text.slice(q.start, q.end)).toBe(q.text);
            // A continuation may lack its opening mark: it then starts at its paragraph.
            if (q.continues === null) expect(q.open).toBeLessThan(q.start);
            else expect(q.open).toBeLessThanOrEqual(q.start);
            expect(q.close).toBeGreaterThanOrEqual(q.end);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
