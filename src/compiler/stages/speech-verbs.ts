/**
 * Verbs of saying (and of stance: "dismissed … as", "called … 'productive'")
 * that attribute quoted words in news writing, in all their inflections.
 * Matched in lower case only, so "the United States" is never "states".
 */
import { inflect } from './event-lexicon';

export interface SpeechVerb {
  start: number;
  end: number;
  /** "according to X": the speaker follows and nothing precedes it. */
  according: boolean;
}

/** Verb stems; each gets -s/-ed/-ing forms unless listed with its own forms. */
const REGULAR =
  'add state note warn urge insist claim ask declare announce explain reply respond reiterate ' +
  'repeat emphasize emphasise stress argue assert acknowledge admit confirm deny suggest report ' +
  'recall remark comment observe predict promise pledge vow threaten demand describe dismiss ' +
  'denounce condemn criticize criticise slam blast label brand accuse express conclude concede ' +
  'counter quip joke boast complain lament caution agree post tweet answer tell say write ' +
  'contend reaffirm signal mention enthuse recount testify clarify gush concur';
const IRREGULAR =
  'said says saying told tells telling wrote writes writing written called calling ' +
  'denied denies denying replied replies replying maintained maintains pointed_out points_out say';
/** Forms that are more often nouns in news copy ("U.S. calls for", "American demands"). */
const NOUNS = new Set('calls call demands promises pledges'.split(' '));
/** Forms that are verbs only right after a name or pronoun ("the Times notes", "Reuters reports"). */
const NOUNISH = new Set(
  'reports tweets notes states claims points signals posts comments'.split(' '),
);

/** Base forms common enough as plural present ("officials say") to keep. */
const BASE_OK = new Set('say warn insist argue claim add explain deny agree'.split(' '));

const BASES = new Set(REGULAR.split(' ').concat('say', 'tell', 'write', 'call', 'deny', 'reply'));

const FORMS = new Set<string>([
  // -s, -ed and -ing forms ("testifies", "testified"); the base form is judged apart
  ...REGULAR.split(' ').flatMap((stem) => inflect(stem).forms.slice(1)),
  ...IRREGULAR.split(' ').map((w) => w.replace('_', ' ')),
]);
// Regular inflection of irregular stems produces non-words; drop them.
for (const w of ['telled', 'sayed', 'writed']) FORMS.delete(w);

const WORD = /\b(according to|pointed out|points out|[a-z]+)\b/g;
const AUX_BEFORE = /\b(?:to|will|would|could|can|may|might|must|did|does|do|not|never|n't)\s+$/i;
const NOUN_BEFORE = /\b(?:the|a|an|his|her|its|their|our|my|your|these|those|such|of)\s+$/i;

/** A nationality adjective: "Pakistani", "Israeli", "Chinese", "British", "Indian". */
const DEMONYM_BEFORE = /\b\p{Lu}\p{Ll}{3,}(?:ani|eli|ese|ish|ian)\s+$/u;

/** Speech verbs in masked[from, to), in order. */
export function findSpeechVerbs(masked: string, from: number, to: number): SpeechVerb[] {
  const out: SpeechVerb[] = [];
  const region = masked.slice(from, to);
  for (const m of region.matchAll(WORD)) {
    const w = m[1]!;
    const start = from + m.index;
    if (w === 'according to') {
      out.push({ start, end: start + w.length, according: true });
      continue;
    }
    const before = masked.slice(Math.max(0, start - 12), start);
    // A base form is a verb after "to" or a modal ("continued to assert"), or in a
    // plural present after a subject ("officials say").
    const base =
      BASES.has(w) && (AUX_BEFORE.test(before) || (BASE_OK.has(w) && !NOUN_BEFORE.test(before)));
    if (!FORMS.has(w) && !base) continue;
    if (NOUN_BEFORE.test(before) || NOUNS.has(w)) continue;
    // "Pakistani posts", "Chinese reports": after a demonym the word is a noun.
    if (NOUNISH.has(w) && DEMONYM_BEFORE.test(masked.slice(Math.max(0, start - 20), start)))
      continue;
    if (
      NOUNISH.has(w) &&
      // Right after a quotation ("…," claims X) the word is the verb.
      ((!/(?:\p{Lu}[\p{L}.]*|\b(?:he|she|it))\s+$/u.test(before) &&
        !/\uffff,?\s+$/u.test(before)) ||
        /^\s+for\b/.test(masked.slice(start + w.length)))
    )
      continue;
    out.push({ start, end: start + w.length, according: false });
  }
  return out;
}
