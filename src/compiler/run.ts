/**
 * The compiler's pipeline, pure: file contents in, dataset and diagnostics out.
 * cli.ts does the reading and writing; tests call this directly.
 *   1. parse and validate the manifest and curation files
 *   2. clean each article and split it into sentences
 *   3. build actors from the gazetteer
 *   4. build events (evidence located, dates resolved)
 *   5. attach every quotation to its speaker and event
 *   6. assemble, order deterministically and validate against the one schema
 */
import type { z } from 'zod';
import {
  DatasetSchema,
  SCHEMA_VERSION,
  describeIssues,
  type Actor,
  type Dataset,
} from '../shared/schema';
import { EventsFileSchema, GazetteerSchema, ManifestSchema, QuotesFileSchema } from './curation';
import { compareByDate } from '../shared/order';
import { Diagnostics } from './diagnostics';
import { lineOfPath, lineOfString, lineOfSyntaxError } from './json-lines';
import { attachQuotes } from './stages/attach-quotes';
import { buildActors, isNamedIn } from './stages/build-actors';
import { buildEvent } from './stages/build-events';
import { prepareSources, type PreparedSource } from './stages/prepare-sources';

export interface InputFile {
  path: string;
  text: string;
}

export interface CompileInput {
  manifest: InputFile;
  /** Raw article texts by file name; a missing file is reported. */
  articles: ReadonlyMap<string, string>;
  sourcesDir: string;
  gazetteer: InputFile;
  events: InputFile;
  quotes: InputFile;
}

export interface CompileResult {
  dataset: Dataset | null;
  diagnostics: Diagnostics;
  sources: PreparedSource[];
}

function parseFile<S extends z.ZodType>(
  file: InputFile,
  schema: S,
  code: 'PARLEY001' | 'PARLEY003',
  diags: Diagnostics,
): z.infer<S> | null {
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
    for (const issue of parsed.error.issues.slice(0, 10))
      diags.error(
        code,
        file.path,
        lineOfPath(file.text, json, issue.path),
        `${issue.path.join('.') || '(root)'}: ${issue.message}`,
        'correct this field; the schema is in src/compiler/curation.ts',
      );
    return null;
  }
  return parsed.data;
}

export function compile(input: CompileInput): CompileResult {
  const diags = new Diagnostics();
  const manifest = parseFile(input.manifest, ManifestSchema, 'PARLEY001', diags);
  const gazetteer = parseFile(input.gazetteer, GazetteerSchema, 'PARLEY003', diags);
  const eventsFile = parseFile(input.events, EventsFileSchema, 'PARLEY003', diags);
  const quotesFile = parseFile(input.quotes, QuotesFileSchema, 'PARLEY003', diags);
  if (!manifest || !gazetteer || !eventsFile || !quotesFile)
    return { dataset: null, diagnostics: diags, sources: [] };

  for (const entry of manifest)
    if (!input.articles.has(entry.file))
      diags.error(
        'PARLEY002',
        input.manifest.path,
        lineOfPath(input.manifest.text, manifest, [manifest.indexOf(entry)]),
        `${entry.file} is listed but not in ${input.sourcesDir}`,
        'add the article file or remove its manifest entry',
      );

  const prepared = prepareSources(manifest, input.articles);
  const sources = new Map(prepared.map((p) => [p.source.id, p]));
  const allActors = buildActors(gazetteer);
  const actors = new Map<string, Actor>();
  allActors.forEach((a) => {
    if (actors.has(a.id))
      diags.error(
        'PARLEY014',
        input.gazetteer.path,
        lineOfString(input.gazetteer.text, a.id),
        `actor id "${a.id}" is used twice`,
        'give each actor its own id',
      );
    actors.set(a.id, a);
  });

  const seenEvents = new Set<string>();
  const events = eventsFile.events.flatMap((a) => {
    if (seenEvents.has(a.id)) {
      diags.error(
        'PARLEY014',
        input.events.path,
        null,
        `event id "${a.id}" is used twice`,
        'give each event its own id',
      );
      return [];
    }
    seenEvents.add(a.id);
    const e = buildEvent(a, {
      file: input.events.path,
      fileText: input.events.text,
      sources,
      actors,
      diags,
    });
    return e ? [e] : [];
  });

  const quotes = attachQuotes(quotesFile.quotes, {
    file: input.quotes.path,
    fileText: input.quotes.text,
    sources,
    diags,
    actorIds: new Set(actors.keys()),
    eventIds: new Set(events.map((e) => e.id)),
  });
  if (diags.errors.length) return { dataset: null, diagnostics: diags, sources: prepared };

  const sourceOrder = new Map(prepared.map((p, i) => [p.source.id, i]));
  quotes.sort(
    (a, b) => sourceOrder.get(a.sourceId)! - sourceOrder.get(b.sourceId)! || a.start - b.start,
  );
  const quotesOf = new Map<string, string[]>();
  for (const q of quotes)
    if (q.eventId) quotesOf.set(q.eventId, [...(quotesOf.get(q.eventId) ?? []), q.id]);
  for (const e of events) {
    e.quoteIds = quotesOf.get(e.id) ?? [];
    e.mentions.sort(
      (a, b) => sourceOrder.get(a.sourceId)! - sourceOrder.get(b.sourceId)! || a.start - b.start,
    );
  }
  events.sort(compareByDate);

  // Keep the actors the dataset uses or its articles name, and their countries.
  const used = new Set<string>();
  for (const e of events)
    [...e.sources, ...e.targets, ...e.countries].forEach((id) => used.add(id));
  for (const q of quotes) if (q.speakerId) used.add(q.speakerId);
  for (const a of allActors) if (prepared.some((p) => isNamedIn(a, p.source.text))) used.add(a.id);
  for (const id of [...used]) {
    const c = actors.get(id)?.country;
    if (c) used.add(c);
  }
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    sources: prepared.map((p) => p.source),
    actors: allActors.filter((a) => used.has(a.id)),
    events,
    quotes,
  };
  const checked = DatasetSchema.safeParse(dataset);
  if (!checked.success) {
    for (const problem of describeIssues(checked.error, 10))
      diags.error(
        'PARLEY015',
        'data/dataset.json',
        null,
        problem,
        'this is a compiler bug: please report it with the curation files',
      );
    return { dataset: null, diagnostics: diags, sources: prepared };
  }
  return { dataset, diagnostics: diags, sources: prepared };
}

/** The dataset as written to disk: stable key order, two-space indent, final newline. */
export const serializeDataset = (ds: Dataset): string => `${JSON.stringify(ds, null, 2)}\n`;
