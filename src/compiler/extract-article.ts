/**
 * Automatic extraction from one cleaned article, stage by stage:
 *   1. sentences (abbreviations and quotations kept whole)
 *   2. actors: gazetteer mentions, new people by NLP, datelines and venues
 *   3. quotations and their speakers
 *   4. time expressions, resolved against the publication date (a quotation's
 *      "today" against the day it was said)
 *   5. candidate events: who did what to whom, and when
 * Pure and self-contained, so that the compiler can run it in worker threads
 * and `parley extract` can run it on a single file.
 */
import type {
  ActorFindings,
  ActorRecord,
  CandidateEvent,
  ExtractedQuote,
  TimeExpression,
} from './extraction';
import { extractQuotes } from './stages/attribute-quotes';
import { extractDates } from './stages/extract-dates';
import { extractEvents } from './stages/extract-events';
import { findActors } from './stages/find-actors';
import type { GazetteerIndex } from './stages/gazetteer';
import { splitSentences, type SentenceSpan } from './stages/split-sentences';

/** One article to extract: what a worker thread is sent. */
export interface ExtractJob {
  /** The source id, which keys the result. */
  id: string;
  /** The cleaned text. */
  text: string;
  /** Publication date, ISO YYYY-MM-DD. */
  published: string;
}

/** Everything automatic extraction finds in one article. */
export interface ArticleExtraction {
  sentences: SentenceSpan[];
  actors: ActorFindings;
  quotes: ExtractedQuote[];
  dates: TimeExpression[];
  events: CandidateEvent[];
}

/** Known actors plus the ones this article introduced, by id. */
export function actorsWith(
  gazetteer: GazetteerIndex,
  found: readonly ActorRecord[],
): ReadonlyMap<string, ActorRecord> {
  if (found.length === 0) return gazetteer.actors;
  const all = new Map(gazetteer.actors);
  for (const a of found) if (!all.has(a.id)) all.set(a.id, a);
  return all;
}

/** Extract one cleaned article, its relative dates resolved against `published`. */
export function extractArticle(
  text: string,
  published: string,
  gazetteer: GazetteerIndex,
): ArticleExtraction {
  const sentences = splitSentences(text);
  const actors = findActors(text, sentences, gazetteer);
  const known = actorsWith(gazetteer, actors.newActors);
  const quotes = extractQuotes(text, sentences, actors, known);
  const dates = extractDates(text, published, {
    sentences,
    quotes: quotes.map((q) => ({ start: q.start, end: q.end, attribution: q.attribution })),
  });
  const events = extractEvents({
    text,
    published,
    sentences,
    mentions: actors.mentions,
    dates,
    quotes,
    actors: known,
  });
  return { sentences, actors, quotes, dates, events };
}
