import { describe, expect, it } from 'vitest';
import { checkVersion, judgeDataset, judgeText } from '../../../src/app/data/judge';
import type { Dataset } from '../../../src/shared/schema';
import { fixtureDataset } from '../../fixtures/dataset';

const clone = (): Dataset => structuredClone(fixtureDataset);
const withVersion = (v: unknown) => ({ ...clone(), schemaVersion: v });

describe('judging a dataset', () => {
  it('accepts a valid dataset', () => {
    expect(judgeDataset(clone())).toEqual({ ok: true });
    expect(judgeText(JSON.stringify(clone()))).toEqual({ ok: true });
  });

  it('says a truncated text is not JSON', () => {
    expect(judgeText(JSON.stringify(clone()).slice(0, 200))).toEqual({ ok: false, code: 'json' });
  });

  it.each([
    ['a newer version', 2],
    ['an older version', 0],
    ['a version as a string', '1'],
    ['no version', undefined],
  ])('tells %s apart from every other problem', (_name, v) => {
    expect(judgeDataset(withVersion(v))).toEqual({ ok: false, code: 'version', found: v });
  });

  it('decides the version before the schema, so its rules are not listed', () => {
    // A version 2 dataset whose records also break version 1's rules.
    const ds = withVersion(2) as unknown as Dataset;
    ds.events[0]!.title = '';
    ds.quotes[0]!.text = 'words nobody wrote';
    expect(judgeDataset(ds)).toEqual({ ok: false, code: 'version', found: 2 });
    expect(judgeText(JSON.stringify(ds))).toEqual({ ok: false, code: 'version', found: 2 });
  });

  it('leaves a value that is not an object to the schema, which says what it is', () => {
    expect(checkVersion([])).toEqual({ ok: true });
    expect(judgeDataset([])).toEqual({
      ok: false,
      code: 'schema',
      problems: ['the dataset: expected an object, found a list'],
    });
    expect(judgeText('null')).toEqual({
      ok: false,
      code: 'schema',
      problems: ['the dataset: expected an object, found null'],
    });
  });
});
