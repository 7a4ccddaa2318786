import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/app/data/indexes';
import { fixtureDataset } from '../fixtures/dataset';

describe('indexDataset', () => {
  it('finds every record by id', () => {
    const index = indexDataset(fixtureDataset);
    for (const e of fixtureDataset.events) expect(index.events.get(e.id)).toBe(e);
    for (const q of fixtureDataset.quotes) expect(index.quotes.get(q.id)).toBe(q);
    expect(index.sources.get('src-b')?.publisher).toBe('Publisher B');
  });

  it('names actors, and falls back to the id for one it does not know', () => {
    const { nameOf } = indexDataset(fixtureDataset);
    expect(nameOf('kp')).toBe('North Korea');
    expect(nameOf('atlantis')).toBe('atlantis');
  });

  it('is built once per dataset and anew for another', () => {
    expect(indexDataset(fixtureDataset)).toBe(indexDataset(fixtureDataset));
    const other = structuredClone(fixtureDataset);
    other.actors[0]!.name = 'USA';
    expect(indexDataset(other)).not.toBe(indexDataset(fixtureDataset));
    expect(indexDataset(other).nameOf(other.actors[0]!.id)).toBe('USA');
  });
});
