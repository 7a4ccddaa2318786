/** The real corpus and curation as the CLI would read them, for in-memory variations. */
import { readFileSync, readdirSync } from 'node:fs';
import type { CompileInput } from '../../src/compiler/run';

const read = (path: string) => ({ path, text: readFileSync(path, 'utf8') });

export function realInput(): CompileInput {
  const articles = new Map<string, string>();
  for (const f of readdirSync('data/sources')
    .filter((n) => n.endsWith('.txt'))
    .sort())
    articles.set(f, readFileSync(`data/sources/${f}`, 'utf8'));
  return {
    manifest: read('data/sources/manifest.json'),
    articles,
    sourcesDir: 'data/sources',
    gazetteer: read('data/curation/actors.json'),
    corrections: read('data/curation/corrections.json'),
  };
}

/** A copy of the input with one curation file's text edited. */
export function withFile(
  key: 'manifest' | 'gazetteer' | 'corrections',
  edit: (text: string) => string,
): CompileInput {
  const input = realInput();
  const file = input[key];
  const text = edit(file.text);
  if (text === file.text)
    throw new Error(`the edit of ${key} changed nothing: the test would prove nothing`);
  return { ...input, [key]: { ...file, text } };
}
