/**
 * Moving a dataset's texts into files of their own: every text becomes one
 * file, and the dataset keeps where it is, its length and its hash, in the
 * schema's order, so the output is stable and valid.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { externalizeTexts } from '../../src/generate/externalTexts';
import { DatasetSchema } from '../../src/shared/schema';
import { fixtureDataset } from '../fixtures/dataset';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('externalizeTexts', () => {
  it('writes one file per source and refers to it by path, length and hash', () => {
    const { dataset, files } = externalizeTexts(fixtureDataset, 'texts', sha256);
    expect(files.map((f) => f.name)).toEqual(['src-a.txt', 'src-b.txt']);
    expect(files.map((f) => f.text)).toEqual(fixtureDataset.sources.map((s) => s.text));
    const [a] = fixtureDataset.sources;
    expect(dataset.sources[0]).toEqual({
      id: a!.id,
      file: a!.file,
      title: a!.title,
      publisher: a!.publisher,
      via: a!.via,
      url: a!.url,
      published: a!.published,
      publishedEvidence: a!.publishedEvidence,
      textFile: 'texts/src-a.txt',
      textLength: a!.text.length,
      textSha256: sha256(a!.text),
    });
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
  });

  it('keeps everything else, and the order of keys, so the JSON is stable', () => {
    const { dataset } = externalizeTexts(fixtureDataset, 'texts', sha256);
    expect(Object.keys(dataset)).toEqual(Object.keys(fixtureDataset));
    expect(dataset.events).toBe(fixtureDataset.events);
    expect(dataset.quotes).toBe(fixtureDataset.quotes);
    expect(JSON.stringify(externalizeTexts(fixtureDataset, 'texts', sha256).dataset)).toBe(
      JSON.stringify(dataset),
    );
    // The input is left as it was: the texts are still inline there.
    expect(fixtureDataset.sources[0]!.text.length).toBeGreaterThan(0);
  });

  it.each([
    ['', 'src-a.txt'],
    ['texts/', 'texts/src-a.txt'],
    ['../shared/texts', '../shared/texts/src-a.txt'],
  ])('folder %j gives paths like %s', (folder, path) => {
    expect(externalizeTexts(fixtureDataset, folder, sha256).dataset.sources[0]).toMatchObject({
      textFile: path,
    });
  });
});
