/**
 * `npm run compile [-- --sources DIR --curation DIR --out FILE --check]`
 * The only compiler file that touches the file system, argv or the exit code.
 * The dataset is written atomically (temporary file, then rename), and only
 * when there are no errors, so a failed compile never loses the previous one.
 */
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostic } from './diagnostics';
import { compile, serializeDataset, type InputFile } from './run';

const { values } = parseArgs({
  options: {
    sources: { type: 'string', default: 'data/sources' },
    curation: { type: 'string', default: 'data/curation' },
    out: { type: 'string', default: 'data/dataset.json' },
    check: { type: 'boolean', default: false },
  },
});
const sourcesDir = values.sources;
const curationDir = values.curation;
const out = values.out;

const read = (path: string): InputFile => {
  const shown = relative(process.cwd(), path) || path;
  if (!existsSync(path)) {
    console.error(
      `${shown}: error PARLEY002: file not found\n  → create it, or pass the right folder with --sources / --curation`,
    );
    process.exit(1);
  }
  return { path: shown, text: readFileSync(path, 'utf8') };
};

const articles = new Map<string, string>();
if (existsSync(sourcesDir))
  for (const name of readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort())
    articles.set(name, readFileSync(join(sourcesDir, name), 'utf8'));

const result = compile({
  manifest: read(join(sourcesDir, 'manifest.json')),
  articles,
  sourcesDir,
  gazetteer: read(join(curationDir, 'actors.json')),
  events: read(join(curationDir, 'events.json')),
  quotes: read(join(curationDir, 'quotes.json')),
});

for (const d of result.diagnostics.items) console.error(formatDiagnostic(d));
if (!result.dataset) {
  const n = result.diagnostics.errors.length;
  console.error(
    `\nCompile failed with ${n} error${n === 1 ? '' : 's'}; ${out} was left untouched.`,
  );
  process.exit(1);
}

const json = serializeDataset(result.dataset);
const ds = result.dataset;
const summary =
  `${ds.sources.length} sources, ${ds.events.length} events, ${ds.quotes.length} quotes, ` +
  `${ds.actors.length} actors (${ds.actors.filter((a) => a.kind === 'country').length} countries)`;

if (values.check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== json) {
    console.error(`${out} is stale: run \`npm run compile\` and commit the result.`);
    process.exit(1);
  }
  console.log(`${out} is up to date: ${summary}.`);
} else {
  const tmp = `${out}.tmp-${process.pid}`;
  writeFileSync(tmp, json);
  renameSync(tmp, out);
  console.log(`Wrote ${out}: ${summary}.`);
}
