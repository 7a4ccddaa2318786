import { describe, expect, it } from 'vitest';
import type { TimeExpression } from '../../src/compiler/extraction';
import { annotatedEnd, normalisePublished, scoreMeantime } from '../../src/compiler/eval/meantime';

// A hand-made document in the corpus's shape: title, creation-date line, sentences.
const text =
  'Talks fail\nApril 19, 2019\nTalks failed on Thursday.\nThey lasted two hours.\nA vote is set for May.';
const at = (words: string) => text.indexOf(words);
const corpus = {
  documents: [
    {
      id: 'd1',
      published: '2019-04-19',
      text,
      timexes: [
        {
          start: at('Thursday'),
          end: at('Thursday') + 8,
          text: 'Thursday',
          type: 'DATE',
          value: '2019-04-18',
        },
        {
          start: at('two hours'),
          end: at('two hours') + 9,
          text: 'two hours',
          type: 'DURATION',
          value: 'PT2H',
        },
        { start: at('May'), end: at('May') + 3, text: 'May', type: 'DATE', value: '2019-05' },
      ],
    },
  ],
};

function span(words: string, value: string): TimeExpression {
  const start = at(words);
  return {
    start,
    end: start + words.length,
    text: words,
    value,
    precision: 'day',
    range: null,
    direction: 'past',
  };
}

describe('scoreMeantime', () => {
  it('counts a prediction as correct only when it overlaps a DATE and has its value', () => {
    const score = scoreMeantime(corpus, () => [
      span('Thursday', '2019-04-18'), // true positive
      span('two hours', 'PT2H'), // overlaps a DURATION: false positive
      span('May', '2020-05'), // wrong value: false positive, and the gold is missed
    ]);
    expect(score).toMatchObject({ documents: 1, gold: 2, predicted: 3, truePositives: 1 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.f1).toBeCloseTo(0.4);
    expect(score.misses).toEqual([
      { doc: 'd1', text: 'two hours', predicted: 'PT2H', gold: 'DURATION PT2H' },
      { doc: 'd1', text: 'May', predicted: '2020-05', gold: 'DATE 2019-05' },
    ]);
  });

  it('matches one to one: two predictions on one gold span count once', () => {
    const score = scoreMeantime(corpus, () => [
      span('Thursday', '2019-04-18'),
      span('Thu', '2019-04-18'),
    ]);
    expect(score.truePositives).toBe(1);
    expect(score.predicted).toBe(2);
  });

  it('reports every unmatched gold date as a miss and scores zero without predictions', () => {
    const score = scoreMeantime(corpus, () => []);
    expect(score).toMatchObject({ truePositives: 0, precision: 0, recall: 0, f1: 0 });
    expect(score.misses.map((m) => m.text)).toEqual(['Thursday', 'May']);
  });

  it('passes the tagger an ISO publication date', () => {
    const seen: string[] = [];
    scoreMeantime(
      { documents: [{ ...corpus.documents[0]!, published: '03-02-2009' }] },
      (_t, p) => {
        seen.push(p);
        return [];
      },
    );
    expect(seen).toEqual(['2009-02-03']);
  });

  it('ignores predictions past the annotated lines', () => {
    const long = `${text}\nL5\nL6\nLater: on Friday.`;
    const doc = { ...corpus.documents[0]!, text: long };
    const friday = long.indexOf('Friday');
    const score = scoreMeantime({ documents: [doc] }, () => [
      { ...span('Thursday', '2019-04-18') },
      {
        start: friday,
        end: friday + 6,
        text: 'Friday',
        value: '2019-04-12',
        precision: 'day',
        range: null,
        direction: 'past',
      },
    ]);
    expect(score.predicted).toBe(1);
  });

  it('rejects data of the wrong shape', () => {
    expect(() => scoreMeantime({ documents: [{ id: 1 }] }, () => [])).toThrow();
  });
});

describe('meantime helpers', () => {
  it.each([
    ['2009-02-03', '2009-02-03'],
    ['03-02-2009', '2009-02-03'],
  ])('normalisePublished(%s) = %s', (input, iso) => {
    expect(normalisePublished(input)).toBe(iso);
  });

  it('annotatedEnd stops at the end of the sixth line', () => {
    expect(annotatedEnd('a\nb\nc\nd\ne\nf\ng')).toBe(11);
    expect(annotatedEnd('short\ntext')).toBe(10);
  });
});
