/**
 * The words that can name a speaker near a quotation: actor mentions,
 * pronouns ("he", "they"), descriptions ("a State Department spokesperson",
 * "the official", "officials in Seoul") and, next to a speech verb, names the
 * actor stage did not know ("Xinhua reported"). Found once per article on a
 * masked text in which quotations are blanked out, so nothing inside a quote
 * is ever taken for its speaker.
 */
import type { ActorMention } from '../extraction';
import { ROLE_WORDS } from './actor-roles';

/** What quotations are blanked out with in the masked text (a noncharacter, never in news). */
export const MASK = '\uffff';

export type SpeakerItem =
  | { kind: 'mention'; start: number; end: number; mention: ActorMention }
  | { kind: 'pronoun'; start: number; end: number; pronoun: 'he' | 'she' | 'they' | 'it' }
  | {
      kind: 'description';
      start: number;
      end: number;
      /** The head noun in lower case ("spokesman", "ministry"). */
      head: string;
      definite: boolean;
      /** Mentions inside the description ("Foreign Ministry", "Seoul"). */
      inner: ActorMention[];
    }
  | { kind: 'name'; start: number; end: number };

/** Nouns that make a description able to speak. */
const HEADS =
  'spokesman spokeswoman spokesperson spokespeople official officials source sources diplomat ' +
  'diplomats envoy minister ministry aide aides adviser advisor negotiator negotiators ambassador ' +
  'president leader secretary chairman chairwoman chief director representative lawmaker ' +
  'lawmakers senator agency media government military department office commander officer ' +
  'officers analyst analysts expert experts embassy council committee administration regime ' +
  'statement report newspaper daily broadcaster army command premier chancellor governor mayor ' +
  'congressman congresswoman legislator executive executives economist prosecutor judge manager ' +
  'company firm carrier airline automaker carmaker manufacturer maker group union bank';
const HEAD_SET = new Set(HEADS.split(' '));

/** Words that end a description's modifiers to the left (besides punctuation). */
const STOP_LEFT = new Set(
  (
    'said says told added and or but that which who when while if as of to in on at by for with ' +
    'from he she they it we i his her their its was were is are has have had be been will would ' +
    'not also after before during than then there this these those said, according'
  ).split(' '),
);
const DETERMINERS = new Set('a an the one two three several some other another many'.split(' '));
const CAPITAL_STOP = new Set(
  (
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December The A An In On At But And Meanwhile ' +
    'However Speaking Asked After Before Following It He She They We I This That'
  ).split(' '),
);

const CAPITALS = "(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|and)\\s+)*\\p{Lu}[\\p{L}.'’-]*";
const POST_MODIFIER = new RegExp(
  `^\\s+(?:for|of|at|in|from)\\s+${CAPITALS}|^\\s+for\\s+the\\s+\\p{Ll}+`,
  'u',
);
/** One or two common nouns and a name after a post-modifier: " state of North Rhine-Westphalia". */
const POST_EXTENSION = new RegExp(
  `^((?:\\s+\\p{Ll}[\\p{L}-]*){1,2}?)(?:\\s+(?:of|in)\\s+|\\s+)${CAPITALS}`,
  'u',
);

const PRONOUN = /\b(he|she|they|it|He|She|They|It)\b/g;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu;

/** Words with their offsets in [from, to). */
export function wordsIn(text: string, from: number, to: number) {
  const out: { start: number; end: number; w: string }[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    let w = m[0];
    // A sentence's full stop is not part of its last word (but U.S. keeps its own).
    while (w.length > 1 && w.endsWith('.') && !/\.\p{L}\.$/u.test(w) && !/^\p{Lu}\.$/u.test(w))
      w = w.slice(0, -1);
    if (m.index + w.length <= to) out.push({ start: m.index, end: m.index + w.length, w });
  }
  return out;
}

function findDescriptions(masked: string, mentions: ActorMention[]): SpeakerItem[] {
  const out: SpeakerItem[] = [];
  const words = wordsIn(masked, 0, masked.length);
  for (let i = 0; i < words.length; i++) {
    let head = words[i]!.w.toLowerCase().replace(/['’]s$/, '');
    if (!HEAD_SET.has(head)) continue;
    const first = i;
    // "a State Department spokesperson": the last of adjacent head nouns is the head.
    while (
      i + 1 < words.length &&
      HEAD_SET.has(words[i + 1]!.w.toLowerCase()) &&
      /^\s+$/.test(masked.slice(words[i]!.end, words[i + 1]!.start))
    ) {
      i++;
      head = words[i]!.w.toLowerCase();
    }
    // "Secretary of State Mike Pompeo", "Foreign Minister Ri": a title before a name.
    const next = words[i + 1];
    const gapToNext = next ? masked.slice(words[i]!.end, next.start) : '';
    if (next && /^\s+$/.test(gapToNext) && /^\p{Lu}/u.test(next.w) && !CAPITAL_STOP.has(next.w))
      continue;
    let j = first;
    let definite = false;
    while (j > 0 && i - j < 6) {
      const prev = words[j - 1]!;
      const gap = masked.slice(prev.end, words[j]!.start);
      if (!/^\s+$/.test(gap)) break;
      const lw = prev.w.toLowerCase();
      if (DETERMINERS.has(lw)) {
        j--;
        definite = lw === 'the';
        break;
      }
      if (STOP_LEFT.has(lw) || (CAPITAL_STOP.has(prev.w) && lw !== 'the')) break;
      j--;
    }
    let end = words[i]!.end;
    // Post-modifiers naming the institution: "a spokesman for the ministry", "officials in Seoul".
    const post = POST_MODIFIER.exec(masked.slice(end, end + 80));
    if (post) {
      end += post[0].length;
      // "the premier of the German state of North Rhine-Westphalia", "… of the British union Unite".
      for (let k = 0; k < 2; k++) {
        const more = POST_EXTENSION.exec(masked.slice(end, end + 80));
        // A verb ends the phrase ("the premier of Hesse praised Opel").
        if (
          !more ||
          more[1]!
            .trim()
            .split(/\s+/)
            .some((w) => STOP_LEFT.has(w) || /(?:ed|s)$/.test(w))
        )
          break;
        end += more[0].length;
      }
    }
    const start = words[j]!.start;
    const inner = mentions.filter((m) => m.start >= start && m.end <= end);
    out.push({ kind: 'description', start, end, head, definite, inner });
    while (i + 1 < words.length && words[i + 1]!.start < end) i++;
  }
  return out;
}

/**
 * Every speaker item of the article, sorted by offset. `masked` is the text
 * with quotations blanked out (same length); mentions inside quotations and
 * datelines are dropped, and a description that contains a mention replaces it.
 */
export function findSpeakerItems(masked: string, mentions: ActorMention[]): SpeakerItem[] {
  const outside = mentions.filter(
    (m) => m.role !== 'dateline' && !masked.slice(m.start, m.end).includes(MASK),
  );
  // A description cut short inside a longer name ("Egypt's Ministry" of "Egypt's
  // Ministry of Water Resources and Irrigation") yields to the name.
  const descriptions = findDescriptions(masked, outside).filter(
    (d) => !outside.some((m) => m.start < d.end && d.start < m.end && m.end > d.end),
  );
  const covered = (m: { start: number; end: number }) =>
    descriptions.some((d) => m.start < d.end && m.end > d.start);
  const items: SpeakerItem[] = [...descriptions];
  for (const m of outside)
    if (m.role !== 'modifier' && !covered(m))
      items.push({ kind: 'mention', start: m.start, end: m.end, mention: m });
  for (const m of masked.matchAll(PRONOUN)) {
    const pronoun = m[1]!.toLowerCase() as 'he' | 'she' | 'they' | 'it';
    items.push({ kind: 'pronoun', start: m.index, end: m.index + m[1]!.length, pronoun });
  }
  return items.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** An unknown capitalized name directly before `at` ("Xinhua reported"), if any. */
export function nameBefore(masked: string, at: number, from: number): SpeakerItem | null {
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+$/u.exec(masked.slice(from, at));
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  if (words.some((w) => CAPITAL_STOP.has(w))) return null;
  const start = from + m.index;
  return { kind: 'name', start, end: start + m[1]!.length };
}

/** An unknown capitalized name directly after `at` ("said Smith"), if any. */
export function nameAfter(masked: string, at: number): SpeakerItem | null {
  // "said American president Obama": the name follows an adjective and role words.
  const role = /^\s+(?:\p{Lu}[\p{L}'’-]*\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,3})(?=\p{Lu})/u.exec(
    masked.slice(at, at + 80),
  );
  if (
    role &&
    role[1]!
      .trim()
      .split(/\s+/)
      .every((w) => ROLE_WORDS.has(w) && w !== 'the')
  )
    at += role[0].length - 1;
  // Initials keep their full stop ("said Michael R. Golden").
  const m = /^\s+((?:\p{Lu}\.\s*|\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)/u.exec(
    masked.slice(at, at + 80),
  );
  if (!m) return null;
  if (m[1]!.split(/\s+/).some((w) => CAPITAL_STOP.has(w))) return null;
  const start = at + m[0].length - m[1]!.length;
  return { kind: 'name', start, end: start + m[1]!.length };
}
