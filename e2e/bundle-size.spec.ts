/**
 * The JavaScript a first visit must download before the app can start stays
 * under 200 KB gzipped. Reads the production build (dist/), so it needs no page.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';

const DIST = process.env.PARLEY_E2E_DIST ?? 'dist';
const BUDGET_BYTES = 200 * 1024;
/** What a server compressing on the fly at its best setting sends (nginx gzip_comp_level 9). */
const GZIP_LEVEL = 9;

/** `src`/`href` of the tags in index.html that a browser fetches before running the app. */
function initialScripts(html: string): string[] {
  const tags = html.match(/<(script|link)\b[^>]*>/gi) ?? [];
  const attr = (tag: string, name: string) =>
    new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
  return tags.flatMap((tag) => {
    if (/^<script/i.test(tag) && attr(tag, 'type') === 'module' && attr(tag, 'src'))
      return [attr(tag, 'src')!];
    if (/^<link/i.test(tag) && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href'))
      return [attr(tag, 'href')!];
    return [];
  });
}

/**
 * Chunks a module imports, statically (`import … from "./x.js"`, `import "./x.js"`,
 * `export … from "./x.js"`) or dynamically (`import("./x.js")`; the minifier may
 * write any of the three quotes). The entry module
 * starts the dataset download and then imports the app dynamically at once, so
 * a dynamic import is as initial as a static one here; counting every chunk
 * reachable errs on the side of a bigger figure.
 */
function imports(code: string): string[] {
  const found = code.matchAll(
    /\b(?:import|export)\s*(?:\(\s*|[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g,
  );
  return [...found].map((m) => m[1]!).filter((s) => s.startsWith('.'));
}

/** A URL path of the site ("/assets/x.js") as a file under dist/. */
const fileOf = (urlPath: string) => join(DIST, posix.normalize(`/${urlPath}`).slice(1));

test('the initial JavaScript is at most 200 KB gzipped', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entries = initialScripts(html).map((src) => posix.normalize(`/${src}`));
  expect(entries, 'dist/index.html references no module script').not.toEqual([]);

  const sizes = new Map<string, { raw: number; gzip: number }>();
  const queue = [...entries];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (sizes.has(path)) continue;
    const code = readFileSync(fileOf(path));
    sizes.set(path, { raw: code.length, gzip: gzipSync(code, { level: GZIP_LEVEL }).length });
    for (const dep of imports(code.toString('utf8')))
      queue.push(posix.join(posix.dirname(path), dep));
  }

  // The entry alone is a few KB: the app itself must have been found behind it.
  expect(sizes.size, 'the entry imports no chunk').toBeGreaterThan(1);
  const total = [...sizes.values()].reduce((n, s) => n + s.gzip, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(
    `initial JavaScript, gzip level ${GZIP_LEVEL}: ${kb(total)} of ${kb(BUDGET_BYTES)}\n` +
      [...sizes].map(([p, s]) => `  ${p}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped`).join('\n'),
  );
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
});
