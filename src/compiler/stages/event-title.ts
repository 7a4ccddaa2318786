/**
 * Readable event titles generated from an event's parts: "North Korea urges
 * US to replace Pompeo". Present tense, as headlines are written; the actors'
 * canonical names; the trigger's verb phrase; a short topic when one is cheap.
 */
import type { ActorRecord } from '../extraction';
import type { LexEntry } from './event-lexicon';

const MAX_TITLE = 89;

export interface TitleParts {
  sources: string[];
  targets: string[];
  entry: Pick<LexEntry, 'say' | 'prep'>;
  /** "did not meet": the title says "declines to meet". */
  negated: boolean;
  /** Words that complete the verb ("to replace Pompeo"), already trimmed, or null. */
  topic: string | null;
  /** When the topic already names the targets ("ready to talk with North Korea"). */
  topicHasTargets?: boolean;
}

/**
 * The short name a headline uses: "US" for "United States", "UAE" for
 * "United Arab Emirates" (an initialism the actor is also known by), else the name.
 */
export function shortName(actor: Pick<ActorRecord, 'name' | 'aliases' | 'kind'>): string {
  if (actor.kind === 'country' && /^United\s/.test(actor.name)) {
    const initials = actor.aliases.find((a) => /^[A-Z]{2,3}$/.test(a));
    if (initials) return initials;
  }
  return actor.name;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TRAILING_FUNCTION_WORDS =
  /(\s+(the|a|an|of|on|to|in|for|with|and|or|its|their|his|her|by|at|from|that|whether))+$/i;

const PREPOSITION = /^(in|at|on|of|near|from|with|after|during|amid|over|into)$/i;

/** "North Korea’s", "the country's" left at the end once the noun after it was cut. */
const DANGLING_POSSESSIVE = /(\s+(the|its|his|her|their))?(\s+\p{Lu}[\p{L}.-]*)*\s+\S+[’']s$/u;

/**
 * A verb's complement cut to at most `maxWords` words: no quotation marks, no
 * trailing punctuation or dangling function words ("to remove the obstacles on the"
 * → "to remove the obstacles"). Null when nothing readable is left.
 */
export function trimTopic(words: string, maxWords = 8): string | null {
  const chunks = words
    .replace(/["“”‘]/g, '')
    .replace(/’(?!\p{L})/gu, '')
    .split(/(?<=,)|[;:.!?()—]/);
  // "a vague, 1-1/2 page agreement": a comma after one or two words joins adjectives.
  const first = chunks[0]!.trim().split(/\s+/).length <= 3 && chunks[0]!.endsWith(',') ? 2 : 1;
  const all = chunks.slice(0, first).join('').replace(/,$/, '').trim().split(/\s+/);
  let kept = all.slice(0, maxWords);
  // Cut short, a phrase's last prepositional phrase is cut too ("the office building
  // in North Korea’s border …" → "the office building"), when enough is left.
  if (all.length > maxWords) {
    const at = kept.findLastIndex((w) => PREPOSITION.test(w));
    if (at >= 3) kept = kept.slice(0, at);
  }
  const clean = kept
    .join(' ')
    .replace(TRAILING_FUNCTION_WORDS, '')
    .trim()
    // a possessive cut from its noun ("in North Korea’s") says nothing
    .replace(DANGLING_POSSESSIVE, '')
    .replace(TRAILING_FUNCTION_WORDS, '')
    .trim();
  return clean.split(/\s+/).length >= 2 ? clean : null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cut at a word boundary so that the title stays under 90 characters. */
function fit(s: string): string {
  if (s.length <= MAX_TITLE) return s;
  const cut = s.slice(0, MAX_TITLE + 1);
  return cut.slice(0, cut.lastIndexOf(' ')).replace(TRAILING_FUNCTION_WORDS, '');
}

/** A title for an event: capitalised, no trailing period, under 90 characters. */
export function eventTitle(p: TitleParts): string {
  const plural = p.sources.length > 1;
  const base = p.entry.say[1];
  const verb = p.negated
    ? `${plural ? 'decline' : 'declines'} to ${base}`
    : p.entry.say[plural ? 1 : 0];
  const parts = [joinNames(p.sources), verb];
  if (p.targets.length > 0 && !p.topicHasTargets) {
    parts.push(p.entry.prep ? `${p.entry.prep} ${joinNames(p.targets)}` : joinNames(p.targets));
  }
  if (p.topic) parts.push(p.topic);
  const title = parts
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/[.\s]+$/, '');
  return fit(capitalise(title));
}
