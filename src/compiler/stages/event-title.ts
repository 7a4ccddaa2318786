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
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const TRAILING_FUNCTION_WORDS =
  /(\s+(the|a|an|of|on|to|in|for|with|and|or|its|their|his|her|by|at|from|that|whether))+$/i;

/**
 * A verb's complement cut to at most `maxWords` words: no quotation marks, no
 * trailing punctuation or dangling function words ("to remove the obstacles on the"
 * → "to remove the obstacles"). Null when nothing readable is left.
 */
export function trimTopic(words: string, maxWords = 8): string | null {
  const clean = words
    .replace(/["“”‘]/g, '')
    .replace(/’(?!\p{L})/gu, '')
    .split(/[,;:.!?()—]/)[0]!
    .trim()
    .split(/\s+/)
    .slice(0, maxWords)
    .join(' ')
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
