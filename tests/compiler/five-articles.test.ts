import { describe, expect, it } from 'vitest';
import type { ArticleExtraction } from '../../src/compiler/extract-article';
import { scoreFiveArticles } from '../../src/compiler/eval/five-articles';
import { prf } from '../../src/compiler/eval/score';

describe('prf', () => {
  it.each([
    [2, 4, 2, 0.5, 1, 2 / 3],
    [0, 0, 3, 0, 0, 0],
    [0, 2, 0, 0, 0, 0],
  ])('%i hits of %i predicted and %i gold', (tp, p, g, precision, recall, f1) => {
    expect(prf(tp, p, g)).toEqual({
      truePositives: tp,
      predicted: p,
      gold: g,
      precision,
      recall,
      f1,
    });
  });
});

describe('scoreFiveArticles', () => {
  const text = '“We are ready,” he said on Monday. “Go,” she said. Kim met Moon in Seoul.';
  const at = (w: string, n = 0) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(w, i + 1);
    return { start: i, end: i + w.length, text: w };
  };
  const quote = (w: string, speakerId: string | null) => ({
    ...at(w),
    fragment: false,
    speakerId,
    speaker: speakerId,
    speakerMention: null,
    speakerCountry: null,
    attribution: null,
  });
  const extraction: ArticleExtraction = {
    sentences: [],
    actors: { mentions: [], newActors: [] },
    quotes: [quote('We are ready', 'a'), quote('Go', 'c')],
    dates: [
      {
        ...at('Monday'),
        value: '2019-04-15',
        precision: 'day',
        range: { start: '2019-04-15', end: '2019-04-15' },
        direction: 'past',
      },
    ],
    events: [
      {
        type: 'CONSULT',
        trigger: at('met'),
        sources: ['kim'],
        targets: ['moon'],
        countries: ['kp', 'kr'],
        date: {
          start: '2019-04-19',
          end: '2019-04-19',
          precision: 'day',
          expression: null,
          basis: 'publication',
        },
        sentence: { start: text.indexOf('Kim'), end: text.length },
        title: 'Kim meets Moon',
        confidence: 0.9,
      },
    ],
  };
  const goldEvent = {
    id: 'kim-moon',
    title: 'Kim and Moon meet',
    type: 'CONSULT',
    sources: ['kim', 'moon'],
    targets: [],
    countries: ['kp', 'kr', 'us'],
    date: { start: '2019-04-19', end: '2019-04-19', precision: 'day', basis: 'publication' },
    mentions: [{ source: 's', text: 'Kim met Moon in Seoul.' }],
  };
  const scores = scoreFiveArticles(
    {
      quotes: [
        {
          source: 's',
          text: 'We are ready',
          occurrence: 0,
          fragment: false,
          speaker: 'a',
          as: 'he',
        },
        { source: 's', text: 'Go', occurrence: 0, fragment: false, speaker: 'b', as: 'she' },
      ],
      events: [goldEvent],
    },
    {
      dates: [
        { source: 's', ...at('Monday'), value: '2019-04-15' },
        { source: 's', ...at('said'), value: '2019-04-19' },
      ],
    },
    [{ id: 's', text }],
    new Map([['s', extraction]]),
  );

  it('matches quotes by overlap and speakers by actor', () => {
    expect(scores.quotes).toMatchObject({ truePositives: 2, precision: 1, recall: 1 });
    expect(scores.speakers).toMatchObject({ truePositives: 1, precision: 0.5, recall: 0.5 });
    expect(scores.quoteMisses).toEqual(['wrong speaker: s “Go”: c instead of b']);
  });

  it('scores dates by overlap and equal value, countries by article, events by sentence and type', () => {
    expect(scores.dates).toMatchObject({ truePositives: 1, precision: 1, recall: 0.5 });
    expect(scores.countries).toMatchObject({ truePositives: 2, precision: 1, gold: 3 });
    expect(scores.events).toMatchObject({ truePositives: 1, precision: 1, recall: 1 });
  });
});
