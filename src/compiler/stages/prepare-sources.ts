/**
 * Stage 2: every manifest entry becomes a source with its cleaned text, its
 * sentences and a stable id derived from publisher and date.
 */
import type { InlineSource } from '../../shared/schema';
import type { Manifest } from '../curation';
import { cleanText, type Block } from './clean-text';
import { splitSentences, type SentenceSpan } from './split-sentences';

export interface PreparedSource {
  source: InlineSource;
  raw: string;
  blocks: Block[];
  sentences: SentenceSpan[];
}

/**
 * "The Korea Herald" → "the-korea-herald": ids of sources and events. Unlike
 * the gazetteer's `slugify`, apostrophes and full stops separate words
 * ("U.S." → "u-s"), as the ids already in use were made that way.
 */
export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "The Korea Herald", 2019-04-19 → "the-korea-herald-2019-04-19" (suffixed if taken). */
function sourceId(entry: Manifest[number], taken: Set<string>): string {
  const base = `${slug(entry.publisher)}-${entry.published}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The sources of the manifest entries whose files are there, in manifest order. */
export function prepareSources(
  manifest: Manifest,
  raws: ReadonlyMap<string, string>,
  chrome: ReadonlySet<string> = new Set(),
): PreparedSource[] {
  const taken = new Set<string>();
  return manifest.flatMap((entry) => {
    const raw = raws.get(entry.file);
    if (raw === undefined) return []; // reported by the driver, which knows the folder
    const { text, blocks } = cleanText(raw, entry.title, chrome);
    const source: InlineSource = {
      id: sourceId(entry, taken),
      file: entry.file,
      title: entry.title,
      publisher: entry.publisher,
      via: entry.via ?? null,
      url: entry.url ?? null,
      published: entry.published,
      publishedEvidence: entry.publishedEvidence ?? '',
      text,
    };
    return [{ source, raw, blocks, sentences: splitSentences(text) }];
  });
}
