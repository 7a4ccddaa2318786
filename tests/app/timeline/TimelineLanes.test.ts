import { describe, expect, it } from 'vitest';
import { compactCount } from '../../../src/app/features/timeline/TimelineLanes';

describe('compactCount', () => {
  it.each([
    [0, '0'],
    [842, '842'],
    [9200, '9,200'],
    [9999, '9,999'],
    [10_000, '10.0k'],
    [47_600, '47.6k'],
    [47_649, '47.6k'],
    [120_000, '120k'],
  ])('%i → %s', (n, text) => expect(compactCount(n)).toBe(text));
});
