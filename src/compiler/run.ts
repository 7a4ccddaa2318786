/**
 * The compiler's pipeline, pure: file contents in, dataset and diagnostics out.
 * cli.ts does the reading and writing; tests call this directly.
 *   1. parse and validate the manifest, gazetteer and corrections
 *   2. clean each article (site chrome found across articles) and split it
 *   3–7. extract each article automatically (extract-article.ts), or take
 *      the extractions a pool of workers made
 *   8. merge candidates that report the same happening, across articles
 *   9. apply a person's corrections to events and quotations
 *  10. link quotations to events, give ids, order (stages/assemble-dataset.ts),
 *      and validate against the schema
 */
import type { z } from 'zod';
import { DatasetSchema, describeIssues, type Dataset } from '../shared/schema';
import { CorrectionsFileSchema, GazetteerSchema, ManifestSchema } from './curation';
import { Diagnostics } from './diagnostics';
import {
  actorsWith,
  extractArticle,
  type ArticleExtraction,
  type ExtractJob,
} from './extract-article';
import { jsonLines, lineOfString, lineOfSyntaxError } from './json-lines';
import {
  applyCorrections,
  type CorrectionStats,
  type DraftEvent,
} from './stages/apply-corrections';
import { assembleDataset, toActor } from './stages/assemble-dataset';
import { repeatedChrome } from './stages/clean-text';
import { correctQuotes, type DraftQuote } from './stages/correct-quotes';
import { buildGazetteer, type GazetteerIndex } from './stages/gazetteer';
import { mergeEvents, type MergedEvent } from './stages/merge-events';
import { prepareSources, type PreparedSource } from './stages/prepare-sources';

/** A file's path (as diagnostics name it) and its text. */
export interface InputFile {
  path: string;
  text: string;
}

/** Everything the compiler reads, already read. */
export interface CompileInput {
  manifest: InputFile;
  /** Raw article texts by file name; a missing file is reported. */
  articles: ReadonlyMap<string, string>;
  sourcesDir: string;
  gazetteer: InputFile;
  corrections: InputFile;
}

/** How `compile` may share work with the command line's worker threads. */
export interface CompileOptions {
  /** Steps 1–2 already done (by `plan`), so that workers and compile share them. */
  plan?: Plan;
  /** Extractions already made (by worker threads), by source id. */
  extractions?: ReadonlyMap<string, ArticleExtraction>;
  /** Called after each article is extracted here. */
  onProgress?: (done: number, total: number) => void;
}

/** Figures for the command line's summary. */
export interface CompileStats extends CorrectionStats {
  warnings: number;
}

/** The dataset (null when there are errors), every diagnostic, and the prepared sources. */
export interface CompileResult {
  dataset: Dataset | null;
  diagnostics: Diagnostics;
  sources: PreparedSource[];
  stats: CompileStats | null;
}

/** A JSON file checked against its schema; null, with errors reported at their lines, when it fails. */
function parseFile<S extends z.ZodType>(
  file: InputFile,
  schema: S,
  code: 'PARLEY001' | 'PARLEY003',
  diags: Diagnostics,
): { value: z.infer<S>; json: unknown } | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (err) {
    diags.error(
      code,
      file.path,
      lineOfSyntaxError(file.text, err as Error),
      `not valid JSON: ${(err as Error).message}`,
      'fix the JSON syntax (a missing comma or quotation mark is the usual cause)',
    );
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const lineOf = jsonLines(file.text);
    for (const issue of parsed.error.issues.slice(0, 10))
      diags.error(
        code,
        file.path,
        lineOf(issue.path),
        `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        'correct this field; the schema is in src/compiler/curation.ts',
      );
    return null;
  }
  return { value: parsed.data, json };
}

/** Files listed twice, missing, or empty: each named at its manifest line. */
function checkArticles(
  input: CompileInput,
  manifest: { value: z.infer<typeof ManifestSchema>; json: unknown },
  diags: Diagnostics,
): void {
  const seen = new Set<string>();
  const lineOf = jsonLines(input.manifest.text);
  manifest.value.forEach((entry, i) => {
    const line = lineOf([i, 'file']);
    const raw = input.articles.get(entry.file);
    if (seen.has(entry.file))
      diags.error(
        'PARLEY014',
        input.manifest.path,
        line,
        `${entry.file} is listed twice`,
        'remove the second entry',
      );
    else if (raw === undefined)
      diags.error(
        'PARLEY002',
        input.manifest.path,
        line,
        `${entry.file} is listed but not in ${input.sourcesDir}`,
        'add the article file or remove its manifest entry',
      );
    else if (raw.trim() === '')
      diags.error(
        'PARLEY018',
        `${input.sourcesDir}/${entry.file}`,
        1,
        'the article is empty',
        'save the article’s text into the file, or remove its manifest entry',
      );
    seen.add(entry.file);
  });
}

/** Automatic events as drafts, dated in the dataset's terms. */
function draftsOf(merged: MergedEvent[], published: ReadonlyMap<string, string>): DraftEvent[] {
  return merged.map((m) => ({
    id: null,
    title: m.title,
    type: m.type,
    quadClass: m.quadClass,
    sources: m.sources,
    targets: m.targets,
    countries: m.countries,
    mentions: m.mentions.map((s) => ({ sourceId: s.sourceId, start: s.start, end: s.end })),
    triggers: m.triggers,
    date: {
      start: m.date.start,
      end: m.date.end,
      precision: m.date.precision,
      text: m.date.expression?.text ?? null,
      basis: m.date.basis,
      sourceId: m.date.sourceId,
      resolvedAgainst: published.get(m.date.sourceId)!,
    },
    confidence: m.confidence,
    origin: 'automatic',
    corrected: [],
    droppedAt: null,
  }));
}

/** Steps 1–2 done: the corrections, the gazetteer index and the cleaned sources. */
export interface PreparedInput {
  corrections: z.infer<typeof CorrectionsFileSchema>;
  gazetteer: GazetteerIndex;
  prepared: PreparedSource[];
}

/** Steps 1–2: everything before extraction; null (with errors reported) when input is bad. */
function prepareInput(input: CompileInput, diags: Diagnostics): PreparedInput | null {
  const manifest = parseFile(input.manifest, ManifestSchema, 'PARLEY001', diags);
  const gazetteerFile = parseFile(input.gazetteer, GazetteerSchema, 'PARLEY003', diags);
  const correctionsFile = parseFile(input.corrections, CorrectionsFileSchema, 'PARLEY003', diags);
  if (!manifest || !gazetteerFile || !correctionsFile) return null;
  checkArticles(input, manifest, diags);
  const g = gazetteerFile.value;
  const curatedIds = new Set<string>();
  for (const a of [...g.countries, ...g.people, ...g.organizations]) {
    if (curatedIds.has(a.id))
      diags.error(
        'PARLEY014',
        input.gazetteer.path,
        // the second occurrence: the one to rename
        lineOfString(
          input.gazetteer.text,
          a.id,
          input.gazetteer.text.indexOf(JSON.stringify(a.id)) + 1,
        ),
        `actor id "${a.id}" is used twice`,
        'give each actor its own id',
      );
    curatedIds.add(a.id);
  }
  if (diags.errors.length) return null;

  const chrome = repeatedChrome(
    manifest.value.flatMap((e) => {
      const raw = input.articles.get(e.file);
      return raw === undefined ? [] : [{ publisher: e.publisher, raw }];
    }),
  );
  const prepared = prepareSources(manifest.value, input.articles, chrome);
  for (const p of prepared)
    if (p.source.text === '')
      diags.warn(
        'PARLEY018',
        `${input.sourcesDir}/${p.source.file}`,
        1,
        'nothing in the article looks like its body: every line was classified as page furniture',
        'check that the file holds the article; `npx parley extract` shows how each line was classified',
      );
  return { corrections: correctionsFile.value, gazetteer: buildGazetteer(g), prepared };
}

/** Steps 1–2, done once, before extraction wherever it runs. */
export interface Plan {
  diagnostics: Diagnostics;
  /** Null when the input is bad (the diagnostics say why). */
  ready: PreparedInput | null;
}

/** Steps 1–2: parse and check the input, clean and split the articles. */
export function plan(input: CompileInput): Plan {
  const diagnostics = new Diagnostics();
  return { diagnostics, ready: prepareInput(input, diagnostics) };
}

/** What a pool of workers needs to extract the articles: their cleaned texts. */
export const extractionJobs = (p: Plan): ExtractJob[] =>
  p.ready?.prepared.map((s) => ({
    id: s.source.id,
    text: s.source.text,
    published: s.source.published,
  })) ?? [];

/** Compile the dataset; `options.plan` and `options.extractions` reuse work done elsewhere. */
export function compile(input: CompileInput, options: CompileOptions = {}): CompileResult {
  const { diagnostics: diags, ready } = options.plan ?? plan(input);
  const failed = (sources: PreparedSource[] = []): CompileResult => ({
    dataset: null,
    diagnostics: diags,
    sources,
    stats: null,
  });
  if (!ready) return failed();
  const { gazetteer, prepared } = ready;
  const { corrections } = ready.corrections;

  // 3–7. extract
  const extractions = new Map<string, ArticleExtraction>();
  prepared.forEach((p, i) => {
    const given = options.extractions?.get(p.source.id);
    extractions.set(
      p.source.id,
      given ?? extractArticle(p.source.text, p.source.published, gazetteer),
    );
    options.onProgress?.(i + 1, prepared.length);
  });
  const found = [...extractions.values()].flatMap((x) => x.actors.newActors);
  const known = actorsWith(gazetteer, found);

  // 8. merge across articles
  const published = new Map(prepared.map((p) => [p.source.id, p.source.published]));
  const merged = mergeEvents(
    prepared.flatMap((p) =>
      extractions.get(p.source.id)!.events.map((e) => ({ ...e, sourceId: p.source.id })),
    ),
  );

  // 9. corrections
  const sources = new Map(prepared.map((p) => [p.source.id, p]));
  const ctx = {
    file: input.corrections.path,
    fileText: input.corrections.text,
    sources,
    actors: new Map([...known].map(([id, a]) => [id, toActor(a)])),
    dates: new Map([...extractions].map(([id, x]) => [id, x.dates])),
    diags,
  };
  const corrected = applyCorrections(draftsOf(merged, published), corrections, ctx);
  const quotes: DraftQuote[] = prepared.flatMap((p) =>
    extractions
      .get(p.source.id)!
      .quotes.map((q) => ({ ...q, sourceId: p.source.id, dropped: false, corrected: false })),
  );
  correctQuotes(quotes, corrections, corrected.events, ctx);
  if (diags.errors.length) return failed(prepared);

  // 10. link, name, order, validate
  const live = quotes.filter((q) => !q.dropped);
  for (const q of live)
    if (!q.fragment && q.speakerId === null && q.speakerMention === null)
      diags.warn(
        'PARLEY010',
        input.corrections.path,
        null,
        `the quotation "${q.text.slice(0, 60)}" in ${q.sourceId} has no speaker`,
        `add {"op": "quote", "source": "${q.sourceId}", "quote": "${q.text.split(/\s+/).slice(0, 4).join(' ')}", "speaker": …, "as": …}`,
      );
  const dataset = assembleDataset({
    prepared,
    events: corrected.events,
    quotes: live,
    mentions: [...extractions.values()].flatMap((x) => x.actors.mentions),
    known,
  });
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    for (const problem of describeIssues(checked.error, 10))
      diags.error(
        'PARLEY015',
        'data/dataset.json',
        null,
        problem,
        'this is a compiler bug: please report it with the input that caused it',
      );
    return failed(prepared);
  }
  const warnings = diags.items.filter((d) => d.level === 'warning').length;
  return {
    dataset,
    diagnostics: diags,
    sources: prepared,
    stats: { ...corrected.stats, warnings },
  };
}

/** The dataset as written to disk: stable key order, two-space indent, final newline. */
export const serializeDataset = (ds: Dataset): string => `${JSON.stringify(ds, null, 2)}\n`;
