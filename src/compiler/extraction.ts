/**
 * The records automatic extraction produces from one article, shared by the
 * stages that find them (stages/extract-*.ts, stages/find-*.ts) and the
 * driver that assembles a dataset from them. Every offset is a UTF-16 index
 * into the text the stage was given (`end` exclusive), so
 * `text.slice(start, end) === span.text` always holds.
 */
import type { PloverType } from '../shared/plover';
import type { Precision } from '../shared/schema';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Whether a clause reports what happened or looks ahead to what is planned. */
export type Direction = 'past' | 'future';

/** A temporal expression and its TimeML value, resolved against publication. */
export interface TimeExpression extends TextSpan {
  /**
   * TimeML / ISO 8601 value: `2019-04-18`, `2019-04`, `2019`, `2019-W15`,
   * `2019-Q3`, `2019-SU`, `199` (a decade), or `PAST_REF` / `PRESENT_REF` /
   * `FUTURE_REF` for "recently", "now", "in the future".
   */
  value: string;
  /** The unit the words state ("last week": week), never finer. */
  precision: 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'ref';
  /** The calendar range the value covers (null for the *_REF values). */
  range: { start: string; end: string } | null;
  /** The tense of the clause that resolved a bare weekday or month. */
  direction: Direction;
}

export type ActorKind = 'country' | 'person' | 'organization';

/** An actor known to the extractor: from the gazetteer, or a person found by NLP. */
export interface ActorRecord {
  /** Countries: ISO 3166-1 alpha-2 in lower case; others: a slug of the name. */
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /** The actor's country (its own id for a country), or null when unknown. */
  country: string | null;
  /** A person's or organization's role ("North Korean leader"), if known. */
  role: string | null;
  origin: 'gazetteer' | 'nlp';
}

/**
 * Why an actor is named: as a party to what is reported, or only as a place
 * (a dateline "SEOUL (Yonhap) —", a venue "talks in Hanoi"), or as a modifier
 * of another name ("North Korean leader Kim").
 */
export type MentionRole = 'participant' | 'dateline' | 'venue' | 'modifier';

export interface ActorMention extends TextSpan {
  actorId: string;
  kind: ActorKind;
  /** How the text names it. */
  form: 'name' | 'alias' | 'demonym' | 'metonym' | 'surname' | 'description';
  /** ISO alpha-2 (lower case) of the actor's country, or null when unknown. */
  country: string | null;
  role: MentionRole;
}

/** Everything the actor stage finds in one article. */
export interface ActorFindings {
  mentions: ActorMention[];
  /** People the gazetteer does not know, found by NLP, with their context's country. */
  newActors: ActorRecord[];
}

export interface ExtractedQuote extends TextSpan {
  /** A short quoted label ("gangster-like") rather than a quoted statement. */
  fragment: boolean;
  /** The resolved speaker's actor id, or null when only a description is known. */
  speakerId: string | null;
  /** The canonical name when the speaker is known, otherwise the mention as written. */
  speaker: string | null;
  /** The words that name the speaker ("he", "a State Department spokesperson"). */
  speakerMention: TextSpan | null;
  speakerCountry: string | null;
  /** The span of the attribution ("he told reporters on Thursday"), if any. */
  attribution: { start: number; end: number } | null;
}

export interface CandidateDate {
  start: string;
  end: string;
  precision: Precision;
  /** The expression that dated the event, or null when placed at publication. */
  expression: TimeExpression | null;
  basis: 'text' | 'publication';
}

/** One clause reporting an action between actors: who did what to whom, and when. */
export interface CandidateEvent {
  type: PloverType;
  /** The verb or noun that coded the type ("urged", "summit"). */
  trigger: TextSpan;
  /** Actor ids that acted, and toward whom (empty when there is no target). */
  sources: string[];
  targets: string[];
  /** Country ids involved (sorted), from the actors and their countries. */
  countries: string[];
  date: CandidateDate;
  /** The sentence that reports the event: the event's evidence. */
  sentence: { start: number; end: number };
  /** A readable generated title ("North Korea urges US to replace Pompeo"). */
  title: string;
  /** 0–1: how sure the extractor is that this is an event (for merging and curation). */
  confidence: number;
}
