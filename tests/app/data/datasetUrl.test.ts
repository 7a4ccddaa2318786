import { describe, expect, it } from 'vitest';
import { chooseDataset } from '../../../src/app/data/datasetUrl';

const PAGE = 'https://parley.example/app/?c=us';
const BUNDLED = '/assets/dataset-abc.json';

describe('chooseDataset', () => {
  it.each([
    ['', BUNDLED, true],
    ['?dataset=', BUNDLED, true],
    ['?c=kp', BUNDLED, true],
    ['?dataset=/bench/synthetic-1000.json', '/bench/synthetic-1000.json', false],
    ['?dataset=mine.json', '/app/mine.json', false],
    ['?dataset=https%3A%2F%2Fparley.example%2Fd.json%3Fv%3D2', '/d.json?v=2', false],
  ])('%s opens %s', (search, url, bundled) => {
    expect(chooseDataset(search, PAGE, BUNDLED)).toEqual({ ok: true, url, bundled });
  });

  it.each([
    ['?dataset=https://evil.example/d.json', 'own site'],
    ['?dataset=//evil.example/d.json', 'own site'],
    ['?dataset=javascript:alert(1)', 'http and https'],
    ['?dataset=data:application/json,{}', 'http and https'],
  ])('refuses %s', (search, why) => {
    const choice = chooseDataset(search, PAGE, BUNDLED);
    expect(choice.ok).toBe(false);
    if (!choice.ok) {
      expect(choice.reason).toContain(why);
      expect(choice.given).toBe(new URLSearchParams(search).get('dataset'));
    }
  });
});
