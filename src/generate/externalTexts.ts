/**
 * A dataset with its source texts moved out into files of their own, as a
 * large corpus is served: the dataset keeps each text's file, UTF-16 length and
 * SHA-256, and the app fetches a text when the reader opens it. Pure: the
 * caller writes the files and supplies the hash (src/generate stays free of
 * node:*), so the same dataset gives the same bytes.
 */
import type { Dataset, InlineDataset, Source } from '../shared/schema';

/** One text to write, named `<source id>.txt`, inside the texts folder. */
export interface TextFile {
  name: string;
  text: string;
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lower-case hex digits. */
export type Sha256 = (text: string) => string;

/**
 * Move every source's text into `<folder>/<id>.txt`. `folder` is the texts'
 * folder relative to the dataset file, with `/` separators ('' for the
 * dataset's own folder); it becomes each source's `textFile`.
 */
export function externalizeTexts(
  ds: InlineDataset,
  folder: string,
  sha256: Sha256,
): { dataset: Dataset; files: TextFile[] } {
  const prefix = folder.replace(/\/+$/, '');
  const files: TextFile[] = [];
  const sources = ds.sources.map(({ text, ...meta }): Source => {
    const name = `${meta.id}.txt`;
    files.push({ name, text });
    // The metadata first, in schema order, so the serialised file is stable.
    return {
      ...meta,
      textFile: prefix === '' ? name : `${prefix}/${name}`,
      textLength: text.length,
      textSha256: sha256(text),
    };
  });
  return { dataset: { ...ds, sources }, files };
}
