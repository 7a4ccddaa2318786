import { describe, expect, it } from 'vitest';
import { splitIntoSegments } from '../../../src/app/features/reader/segments';

const flat = (
  text: string,
  hl: { start: number; end: number } | null,
  quotes: { id: string; start: number; end: number }[],
) =>
  splitIntoSegments(text, hl, quotes).map((p) =>
    p
      .map(
        (s) =>
          `${s.highlight ? '[' : ''}${s.quoteId ? `{${s.text}}` : s.text}${s.highlight ? ']' : ''}`,
      )
      .join(''),
  );

describe('splitIntoSegments', () => {
  const text = 'He said “we are ready” today.\n\nThen he left.';
  const q = { id: 'q1', start: text.indexOf('we'), end: text.indexOf('”') };

  it('splits paragraphs and marks quotes', () => {
    expect(flat(text, null, [q])).toEqual(['He said “{we are ready}” today.', 'Then he left.']);
  });

  it('highlights a span that contains a quote', () => {
    expect(flat(text, { start: 0, end: text.indexOf('\n') }, [q])).toEqual([
      '[He said “][{we are ready}][” today.]',
      'Then he left.',
    ]);
  });

  it('highlights part of a quote', () => {
    expect(flat(text, { start: q.start, end: q.start + 2 }, [q])).toEqual([
      'He said “[{we}]{ are ready}” today.',
      'Then he left.',
    ]);
  });

  it('keeps a highlight across a paragraph break', () => {
    const segs = splitIntoSegments(
      text,
      { start: text.indexOf('today'), end: text.indexOf('he left') },
      [],
    );
    expect(segs.map((p) => p.filter((s) => s.highlight).map((s) => s.text))).toEqual([
      ['today.'],
      ['Then '],
    ]);
  });

  it('covers every character of the text exactly once, apart from paragraph breaks', () => {
    const segs = splitIntoSegments(text, { start: 3, end: 20 }, [q]).flat();
    expect(segs.map((s) => s.text).join('')).toBe(text.replace('\n\n', ''));
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('marks only the last piece of a quote as its end', () => {
    const segs = splitIntoSegments(text, { start: q.start, end: q.start + 2 }, [q]).flat();
    expect(segs.filter((s) => s.quoteEnd).map((s) => s.text)).toEqual([' are ready']);
  });

  it('ignores an empty or out-of-range highlight instead of throwing', () => {
    expect(flat(text, { start: 5, end: 5 }, [])).toEqual([
      'He said “we are ready” today.',
      'Then he left.',
    ]);
    expect(() => splitIntoSegments(text, { start: 40, end: 9999 }, [])).not.toThrow();
  });
});
