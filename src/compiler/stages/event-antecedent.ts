/**
 * The party a complaint answers when the sentence does not name it: "rejected
 * the allegation", "dismissed the warning", "an allegation New Delhi denied",
 * "rejected the Egyptian statement". What is rejected or condemned is an act or
 * a claim someone made earlier in the story; its maker is the target. Helper of
 * extract-events.ts.
 */
import { PLOVER, type PloverType } from '../../shared/plover';
import type { ActorMention } from '../extraction';
import type { Span } from '../text';
import { findTriggers } from './event-lexicon';

/** An earlier event of the article, with the mentions of the actors who acted. */
export interface Antecedent {
  sentence: Span;
  trigger: Span;
  type: PloverType;
  sources: ActorMention[];
}

export interface AnaphorInput {
  text: string;
  sentence: Span;
  trigger: Span;
  sources: ActorMention[];
  /** All actor mentions of the article (any role), in text order. */
  mentions: ActorMention[];
  /** Earlier events of the article, in text order. */
  earlier: Antecedent[];
  /** The country of an actor, when known. */
  countryOf: (m: ActorMention) => string | null;
}

/** "the allegation", "this move", "the Ukrainian account", "such claims". */
const DEFINITE_OBJECT = /^\s+(?:the|this|that|these|those|such)\s+(?:[\w’'-]+\s+){0,2}?[\w-]+/i;
/** ", an allegation New Delhi swiftly denied", ", a proposal the Kremlin dismissed". */
const REDUCED_RELATIVE = /,\s+(?:an?|the|one)\s+(?:[a-z][\w-]*\s+){1,2}(?:the\s+)?$/;
/** How far back (in characters) a definite phrase may point. */
const REACH = 1200;

/**
 * The targets of a complaint that names none, or [] when nothing fits: a
 * demonym inside its object ("the Egyptian statement" → Egypt); for a reduced
 * relative clause, the maker of the claim the clause hangs on; for a definite
 * object, the actors of the nearest earlier event by another party.
 */
export function anaphoricTargets(x: AnaphorInput): ActorMention[] {
  const { text, sentence: s, trigger: t } = x;
  const first = x.sources.reduce((a, m) => Math.min(a, m.start), t.start);
  const own = new Set(x.sources.map((m) => x.countryOf(m) ?? m.actorId));
  const ids = new Set(x.sources.map((m) => m.actorId));
  const foreign = (ms: ActorMention[]) =>
    ms.filter((m) => !ids.has(m.actorId) && !own.has(x.countryOf(m) ?? m.actorId));
  if (REDUCED_RELATIVE.test(text.slice(s.start, first))) {
    const before = x.earlier.filter((e) => e.sentence.start === s.start && e.trigger.end <= first);
    const pick = before.at(-1);
    return pick ? foreign(pick.sources) : [];
  }
  const object = DEFINITE_OBJECT.exec(text.slice(t.end, s.end));
  if (!object) return [];
  const np = { start: t.end, end: t.end + object[0].length };
  const modifier = foreign(
    x.mentions.filter((m) => m.start >= np.start && m.end <= np.end && m.form === 'demonym'),
  );
  if (modifier.length) return modifier.slice(0, 1);
  // "Israeli air strikes … condemned the strikes": the same noun named earlier with its maker.
  const head = /([a-z][\w-]{3,})$/i.exec(object[0])?.[1];
  if (head) {
    const re = new RegExp(`\\b${head}\\b`, 'gi');
    const back = text.slice(Math.max(0, t.start - REACH), s.start);
    const base = Math.max(0, t.start - REACH);
    const hits = [...back.matchAll(re)].reverse();
    for (const h of hits) {
      const at = base + h.index;
      const maker = x.mentions
        .filter((m) => m.end <= at && m.end >= at - 40)
        .filter((m) => /^(['’]s)?\s+([\w-]+\s+){0,2}$/.test(text.slice(m.end, at)))
        .at(-1);
      if (maker && foreign([maker]).length) return [maker];
    }
  }
  // The object names an act or claim: its maker acted before, within a few sentences.
  // An object that is itself an event word ("the strikes", "the protest") points
  // back to an event of its kind, not to whatever was said last.
  const named = findTriggers(text, np.start, np.end)[0];
  const kind = named ? PLOVER[named.entry.type].quadClass : null;
  for (const e of [...x.earlier].reverse()) {
    if (e.trigger.start >= t.start || (kind && PLOVER[e.type].quadClass !== kind)) continue;
    if (e.trigger.start < t.start - REACH) break;
    const makers = foreign(e.sources);
    if (makers.length) return makers;
  }
  return [];
}
