/**
 * Stage 9 helpers: what corrections need to build events and dates from a
 * person's words ({"op": "add"}, {"op": "redate"}). Each mention's evidence is
 * found in its article and widened to the sentence that reports it; the date
 * words are found in the event's own sentences and resolved against the
 * publication date of the article they come from. One happening reported by
 * several articles is one added event with several mentions.
 */
import type { Actor, Event, EventDate, Span } from '../../shared/schema';
import { PLOVER } from '../../shared/plover';
import type { AddedEvent, CuratedDate } from '../curation';
import type { Diagnostics } from '../diagnostics';
import { lineWithin } from '../json-lines';
import { locateEvidence, type Located } from './locate-evidence';
import type { PreparedSource } from './prepare-sources';
import type { Direction, TimeExpression } from '../extraction';
import { extractDates } from './extract-dates';
import { toCandidateDate } from './event-dates';

/** What correcting needs: the corrections file (for lines), the articles, the actors, the bag. */
export interface EventContext {
  file: string;
  fileText: string;
  sources: ReadonlyMap<string, PreparedSource>;
  actors: ReadonlyMap<string, Actor>;
  /** The time expressions the date stage found in each source, by source id. */
  dates: ReadonlyMap<string, readonly TimeExpression[]>;
  diags: Diagnostics;
}

/**
 * The article a curator's words cite, or null with PARLEY009 reported: `who`
 * says what cites it ("correction", `event "x"`, `quote "…"`).
 */
export function sourceOf(
  ctx: EventContext,
  sourceId: string,
  line: number | null,
  who: string,
): PreparedSource | null {
  const src = ctx.sources.get(sourceId);
  if (!src)
    ctx.diags.error(
      'PARLEY009',
      ctx.file,
      line,
      `${who} cites unknown source "${sourceId}"`,
      'use a source id listed in the compile summary',
    );
  return src ?? null;
}

/** The diagnostic for a phrase that is missing, ambiguous or in page furniture. */
function explainMiss(loc: Extract<Located, { ok: false }>, phrase: string, sourceId: string) {
  switch (loc.reason) {
    case 'ambiguous':
      return {
        code: 'PARLEY005' as const,
        message: `"${phrase}" occurs ${loc.count} times in ${sourceId}`,
        hint: 'quote a few more words of the article so that the phrase is found exactly once',
      };
    case 'furniture':
      return {
        code: 'PARLEY017' as const,
        message: `"${phrase}" is in the page furniture of ${sourceId}, not in the article`,
        hint: 'quote the article body; navigation, promotions and sidebars are removed from the dataset',
      };
    case 'missing':
      return {
        code: 'PARLEY004' as const,
        message: `"${phrase}" is not in ${sourceId}`,
        hint: 'copy the words exactly as the article writes them (quotation marks and apostrophes included)',
      };
  }
}

/** Report a phrase that could not be located, at the line that quotes it. */
export function reportMiss(
  ctx: EventContext,
  loc: Extract<Located, { ok: false }>,
  phrase: string,
  sourceId: string,
  fallbackLine: number | null,
  what: string,
): void {
  const miss = explainMiss(loc, phrase, sourceId);
  const at = lineWithin(ctx.fileText, phrase, fallbackLine);
  ctx.diags.error(miss.code, ctx.file, at, `${what}: ${miss.message}`, miss.hint);
}

/**
 * A curator's date words, read the way the date stage read the article: the
 * expression it found at that place in the text, unless the curator says the
 * clause looks the other way (then the words alone, in a clause of that tense).
 */
function resolveWords(
  src: PreparedSource,
  found: readonly TimeExpression[],
  at: number,
  words: string,
  direction: Direction | undefined,
): { start: string; end: string; precision: EventDate['precision'] } | null {
  const published = src.source.published;
  let expr = found.find((x) => x.start < at + words.length && at < x.end);
  if (!expr || (direction && expr.direction !== direction)) {
    const lead = direction === 'future' ? 'It will take place' : 'It took place';
    expr = extractDates(`${lead} ${words}.`, published).find((x) => x.start > lead.length);
  }
  if (!expr) return null;
  const date = toCandidateDate(expr, published);
  return date.basis === 'text'
    ? { start: date.start, end: date.end, precision: date.precision }
    : null;
}

/**
 * The date of an event from a curator's date words, which must be in one of
 * the event's mention sentences (or in the phrase named by `in`).
 */
export function buildDate(
  d: CuratedDate,
  a: { id: string },
  mentions: Span[],
  ctx: EventContext,
  line: number | null,
): EventDate | null {
  const src = sourceOf(ctx, d.source, line, `the date of event "${a.id}"`);
  if (!src) return null;
  const published = src.source.published;
  if ('publication' in d)
    return {
      start: published,
      end: published,
      precision: 'day',
      text: null,
      basis: 'publication',
      sourceId: d.source,
      resolvedAgainst: published,
    };

  // The words must be where the event is reported (or in the phrase named by `in`).
  let scopes: { start: number; end: number }[] = mentions.filter((m) => m.sourceId === d.source);
  if (d.in) {
    const inLoc = locateEvidence(src, d.in);
    if (!inLoc.ok) {
      reportMiss(ctx, inLoc, d.in, d.source, line, `event "${a.id}"`);
      return null;
    }
    scopes = [{ start: inLoc.start, end: inLoc.end }];
  }
  const text = src.source.text;
  const inScope = scopes
    .map((s) => ({ s, i: text.slice(s.start, s.end).indexOf(d.words) }))
    .find(({ i }) => i >= 0);
  const at = inScope && inScope.s.start + inScope.i;
  if (at === undefined) {
    ctx.diags.error(
      'PARLEY006',
      ctx.file,
      lineWithin(ctx.fileText, d.words, line),
      `event "${a.id}": the date words "${d.words}" are not in its sentences in ${d.source}`,
      'quote the date words exactly as they appear in a mention sentence, or add "in": a phrase of the article that contains them',
    );
    return null;
  }
  const resolved =
    d.means ?? resolveWords(src, ctx.dates.get(d.source) ?? [], at, d.words, d.direction);
  if (!resolved) {
    ctx.diags.error(
      'PARLEY007',
      ctx.file,
      lineWithin(ctx.fileText, d.words, line),
      `event "${a.id}": cannot place "${d.words}" in time`,
      'use words that name a day, week, month or year ("Thursday", "last week", "in February", "June 12"), or date the event by {"publication": true}',
    );
    return null;
  }
  return {
    ...resolved,
    text: d.words,
    basis: 'text',
    sourceId: d.source,
    resolvedAgainst: published,
  };
}

/** The countries of these actors and the `extra` ones named, sorted, each once. */
export function countriesOf(
  ids: readonly string[],
  extra: readonly string[],
  ctx: EventContext,
): string[] {
  return [...new Set([...ids.map((id) => ctx.actors.get(id)?.country ?? null), ...extra])]
    .filter((c): c is string => c !== null)
    .sort();
}

/** Whether every id names a known actor; PARLEY008 for each that does not. */
export function checkActors(
  ids: readonly string[],
  ctx: EventContext,
  line: number | null,
  who: string,
): boolean {
  const unknown = ids.filter((id) => !ctx.actors.has(id));
  for (const id of unknown)
    ctx.diags.error(
      'PARLEY008',
      ctx.file,
      line,
      `${who} names unknown actor "${id}"`,
      'add the actor to data/curation/actors.json or fix the id',
    );
  return unknown.length === 0;
}

/** An event a person adds; `line` is where its record starts in the corrections file. */
export function buildEvent(a: AddedEvent, ctx: EventContext, line: number | null): Event | null {
  let ok = true;
  const mentions: Span[] = [];
  for (const m of a.mentions) {
    const src = sourceOf(
      ctx,
      m.source,
      lineWithin(ctx.fileText, m.evidence, line),
      `event "${a.id}"`,
    );
    if (!src) {
      ok = false;
      continue;
    }
    const loc = locateEvidence(src, m.evidence);
    if (!loc.ok) {
      reportMiss(ctx, loc, m.evidence, m.source, line, `event "${a.id}"`);
      ok = false;
      continue;
    }
    if (!mentions.some((s) => s.sourceId === m.source && s.start === loc.sentence.start))
      mentions.push({ sourceId: m.source, start: loc.sentence.start, end: loc.sentence.end });
  }
  const actorIds = [...a.sources, ...a.targets];
  if (!checkActors(actorIds, ctx, line, `event "${a.id}"`)) ok = false;
  if (!ok) return null;
  const date = buildDate(a.date, a, mentions, ctx, line);
  if (!date) return null;
  const countries = countriesOf(actorIds, a.countries, ctx);
  if (countries.length === 0) {
    ctx.diags.error(
      'PARLEY016',
      ctx.file,
      line,
      `event "${a.id}" involves no country`,
      'give at least one actor a country in actors.json, or list "countries"',
    );
    return null;
  }
  return {
    id: a.id,
    title: a.title,
    date,
    type: a.type,
    quadClass: PLOVER[a.type].quadClass,
    sources: a.sources,
    targets: a.targets,
    countries,
    mentions,
    quoteIds: [],
  };
}
