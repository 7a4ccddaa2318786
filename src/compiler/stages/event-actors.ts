/**
 * Who did what to whom, from the shape of news sentences rather than a parse:
 * a trigger's subject is the nearest actor before it that is not the object of
 * a preposition nor inside an apposition (or the actor a pronoun points back
 * to); its targets follow it up to the end of its clause. Helpers of
 * extract-events.ts.
 */
import type { ActorMention } from '../extraction';
import { within, type Span } from '../text';
import type { Trigger } from './event-lexicon';
import type { SentenceSpan } from './split-sentences';

/** A trigger that heads a clause: the event's verb or noun. */
export interface Head {
  trigger: Trigger;
  /** Used as a noun ("the summit", "Pyongyang's calls"): needs its actors close. */
  noun: boolean;
  /** Where the head's clause ends: its targets and dates lie before this. */
  end: number;
}

export interface ClauseContext {
  text: string;
  /** Participant mentions outside quotations, in text order. */
  participants: ActorMention[];
}

const PREPOSITIONS =
  'in|on|at|to|with|for|of|from|by|about|against|toward|towards|over|into|between|across|among|after|before|during|near|than|like|via|under|within|without|since|through|regarding';
const PREPOSITION = new RegExp(`\\b(${PREPOSITIONS})\\s+(the\\s+)?$`, 'i');
/** "regarding their negotiations": a pronoun's noun inside a prepositional phrase is a topic. */
const TOPICAL = new RegExp(
  `\\b(${PREPOSITIONS})\\s+([\\w-]+\\s+){0,2}(their|its|his|her)\\s+([\\w-]+\\s+){0,2}$`,
  'i',
);
const CLAUSE_STOP =
  /[;:()]|\s[—–-]\s|,\s|\s(which|who|whom|whose|where|while|whereas|although|though|because|after|before|since|unless|until|despite|as|but)\s/gi;
const DETERMINER =
  /(\b(the|a|an|its|his|her|their|this|that|these|those|new|first|latest|further|second|third)|['’]s)\s+$/i;
const LIGHT_VERB =
  /\b(made|makes|making|make|held|holds|holding|hold|issued|issues|gave|gives|expressed|expresses|signall?ed|showed|voiced|raised|lodged|filed|registered|renewed|launched|conducted|carried out|supervised|oversaw|observed|staged|imposed|announced|offered|extended|sent|provided|attended)\b/i;
/** Titles and modifiers that may stand between joined actors: "Trump and North Korean leader Kim". */
const JOINER =
  /^(\s*,\s*|\s*,?\s+and\s+|\s*[-–&]\s*)(([A-Z][\w.'’-]*|the|his|her|their|its|leader|president|minister|envoy|official|counterpart|secretary|chairman|foreign|special|top|senior|former|acting)\s+)*$/;
const SKIPPABLE =
  /^(has|have|had|was|were|is|are|will|would|could|should|may|might|can|did|does|do|also|then|again|already|still|just|reportedly|not|never|last|this|earlier|later|on|in|recent|week|weeks|month|year|\w+day|\w+ly)$/i;
const PASSIVE = /\b(was|were|is|are|been|being|be|got)\s+(\w+ly\s+)?$/i;
const ADVERBS = '((\\w+ly|also|then|later|again|now|had|has|have|will|would|be)\\s+)*';
const CONJOINED = new RegExp(`(,\\s*and|\\band|\\bbut|,)\\s+${ADVERBS}["“]?$`, 'i');

/** A verb form used as a noun: "the test-firing of", "of dismantling", "Pyongyang's calls". */
export function isNounUse(text: string, s: SentenceSpan, t: Trigger): boolean {
  if (t.entry.kind !== 'verb') return t.entry.kind === 'noun';
  const pre = text.slice(s.start, t.start);
  if (/ing$/i.test(t.text) && PREPOSITION.test(pre)) return true;
  // "a three-way meeting": a gerund after a determiner and adjectives is a noun.
  if (/ing$/i.test(t.text) && /\b(the|a|an|its|his|her|their)\s+([\w-]+\s+){0,2}$/i.test(pre))
    return true;
  return DETERMINER.test(pre) && !/ed$/i.test(t.text);
}

/** The end of the clause a trigger opens: a comma not followed by an apposed actor, ";", "which"… */
export function clauseEnd(ctx: ClauseContext, from: number, to: number): number {
  const { text } = ctx;
  const slice = text.slice(from, to);
  CLAUSE_STOP.lastIndex = 0;
  for (let m = CLAUSE_STOP.exec(slice); m; m = CLAUSE_STOP.exec(slice)) {
    const after = from + m.index + m[0].length;
    // "met his counterpart, Noh Kyu-duk, ahead of…": the comma apposes an actor and goes on.
    const apposed = ctx.participants.find((p) => p.start === after);
    // "by Washington, Seoul and Tokyo": a list of actors goes on past its commas.
    if (
      m[0].startsWith(',') &&
      apposed &&
      /^\s*([,.;]|$|,?\s+(and|or)\s)/.test(text.slice(apposed.end, to))
    )
      continue;
    return from + m.index;
  }
  return to;
}

/** Mentions joined to `first` by "and", commas or hyphens ("Kim and Moon", "U.S.-North Korea"). */
function groupAround(first: ActorMention, pool: ActorMention[], text: string): ActorMention[] {
  const i = pool.indexOf(first);
  if (i < 0) return [first];
  const joined = (a: ActorMention, b: ActorMention) => JOINER.test(text.slice(a.end, b.start));
  let lo = i;
  let hi = i;
  while (lo > 0 && joined(pool[lo - 1]!, pool[lo]!)) lo--;
  while (hi < pool.length - 1 && joined(pool[hi]!, pool[hi + 1]!)) hi++;
  const group = pool.slice(lo, hi + 1);
  // Commas alone do not make a list ("to Washington, Kim supervised…"): a list ends in "and".
  const hasAnd = group.some(
    (m, k) => k > 0 && /\band\b|[-–&]/.test(text.slice(group[k - 1]!.end, m.start)),
  );
  return hasAnd ? group : [first];
}

/** Offsets covered by appositions that close before `at` (", the US envoy on North Korea,"). */
function appositions(text: string, from: number, at: number): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, at);
  const re = /,\s+(?:the|a|an|his|her|its|their|[a-z][\w-]*)\b[^,;]*,/g;
  for (let m = re.exec(slice); m; m = re.exec(slice))
    out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** "The two leaders agreed", "both sides": a plural description of the last two parties named. */
const THE_TWO =
  /\b(?:the two|both)\s+(?:(leaders|presidents|ministers|foreign ministers|men|women)|sides|countries|nations|governments|neighbou?rs|allies|delegations|parties|capitals)\s+((?:\w+ly|also|have|had|will|would|then)\s+)*$/i;

function theTwo(ctx: ClauseContext, s: SentenceSpan, at: number): ActorMention[] | null {
  const m = THE_TWO.exec(ctx.text.slice(s.start, at));
  if (!m) return null;
  const people = !!m[1];
  const picked: ActorMention[] = [];
  for (const p of ctx.participants.filter((x) => x.end <= at - m[0].length).reverse()) {
    if (p.start < at - 800 || picked.length === 2) break;
    if ((p.kind === 'person') === people && !picked.some((x) => x.actorId === p.actorId))
      picked.push(p);
  }
  return picked.length === 2 ? picked.reverse() : null;
}

/** He/she/it/they (or his/its…) right before the trigger, resolved to the nearest fitting actor. */
function pronounSubject(ctx: ClauseContext, s: SentenceSpan, at: number): ActorMention[] | null {
  const two = theTwo(ctx, s, at);
  if (two) return two;
  const words = ctx.text.slice(s.start, at).split(/\s+/).filter(Boolean).reverse();
  for (const w of words.slice(0, 6)) {
    const lower = w.toLowerCase().replace(/[^a-z]/g, '');
    if (/^(he|she|his|her|it|they|its|their)$/.test(lower)) {
      const person = /^(he|she|his|her)$/.test(lower);
      const before = ctx.participants.filter(
        (m) => m.end <= at && m.start >= at - 800 && (!person || m.kind === 'person'),
      );
      const pick = before.at(-1);
      // "Kim and Moon's … their meeting": a plural pronoun takes the whole group.
      return pick ? (/^the/.test(lower) ? groupAround(pick, before, ctx.text) : [pick]) : null;
    }
    const bare = w.replace(/[^\w]/g, '');
    // "he expressed openness": a light verb may stand between the pronoun and a noun.
    if (!SKIPPABLE.test(bare) && !LIGHT_VERB.test(bare) && !DETERMINER.test(`${w} `)) return null;
  }
  return null;
}

/** The subject group of a trigger: the nearest actor before it that can be a subject. */
function subjectBefore(ctx: ClauseContext, s: SentenceSpan, at: number, noun: boolean) {
  const { text } = ctx;
  const pool = ctx.participants.filter((m) => within(m, s));
  const aside = appositions(text, s.start, at);
  for (const m of pool.filter((p) => p.end <= at).reverse()) {
    const gap = text.slice(m.end, at);
    const possessive = /^['’]s\s+([\w-]+\s+){0,2}$/.test(gap) || /^[\s-–]*$/.test(gap);
    const group = groupAround(m, pool, text);
    if (!possessive && PREPOSITION.test(text.slice(s.start, group[0]!.start))) continue;
    if (aside.some((a) => within(m, a))) continue;
    // A noun needs its actor close: "Pyongyang's calls", "U.S.-North Korea talks", "X made an appeal".
    if (noun && !possessive && !(LIGHT_VERB.test(gap) && gap.split(/\s+/).length <= 10)) return [];
    return group;
  }
  return [];
}

/**
 * Whether a trigger inside an earlier head's clause opens a clause of its own
 * ("…urged the US to remove X and called for…", "…at which Kim pledged") rather
 * than completing the head ("ready to continue talks", "asked them to meet").
 */
export function opensClause(ctx: ClauseContext, s: SentenceSpan, t: Trigger, noun: boolean) {
  const pre = ctx.text.slice(s.start, t.start);
  if (/^\s+(\w+\s+)?between\s/i.test(ctx.text.slice(t.end, s.end))) return true;
  if (noun) return false;
  if (CONJOINED.test(pre)) return true;
  // "Pyongyang's launch was condemned by Washington": a passive with its agent is a clause.
  if (PASSIVE.test(pre) && /^\s+by\s/i.test(ctx.text.slice(t.end, s.end))) return true;
  const subject = ctx.participants.filter((m) => m.end <= t.start && m.start >= s.start).at(-1);
  const gap = subject ? ctx.text.slice(subject.end, t.start).trim().split(/\s+/) : null;
  if (gap && gap.every((w) => w === '' || SKIPPABLE.test(w.replace(/[^\w]/g, '')))) return true;
  return pronounSubject(ctx, s, t.start) !== null;
}

/** The actors a head reports, given the sources of the clause before it in the sentence. */
export function actorsOf(
  ctx: ClauseContext,
  s: SentenceSpan,
  h: Head,
  prev: { sources: ActorMention[]; targets: ActorMention[] } | null,
): { sources: ActorMention[]; targets: ActorMention[] } {
  const { text } = ctx;
  const t = h.trigger;
  const pre = text.slice(s.start, t.start);
  const post = text.slice(t.end, h.end);
  // Nouns take their targets from their own phrase: "criticism of the talks", not the whole clause.
  const reach = h.noun ? Math.min(h.end, t.end + 60) : h.end;
  let after = ctx.participants.filter((m) => m.start >= t.end && m.end <= reach);
  // "asked North Korean officials to meet the envoy": the envoy is the request's content.
  const infinitive = /\sto\s+(?!the\b|a\b|an\b)[a-z]+/.exec(post);
  const cut = infinitive ? t.end + infinitive.index : h.end;
  if (after.some((m) => m.end <= cut)) after = after.filter((m) => m.end <= cut);
  // "condemned Russia's strikes on Ukrainian cities": the possessor is the target,
  // not what its act was aimed at.
  const owner = after[0];
  if (
    owner &&
    /^\s+(\w+\s+)?$/.test(text.slice(t.end, owner.start)) &&
    !PREPOSITION.test(text.slice(t.end, owner.start)) &&
    /^['’]s\s/.test(text.slice(owner.end, owner.end + 3))
  ) {
    const pp = /\s(on|against|in|to|toward|towards|at|over|into|from|near)\s/.exec(
      text.slice(owner.end, reach),
    );
    if (pp) after = after.filter((m) => m.start < owner.end + pp.index);
  }
  let sources: ActorMention[];
  let targets = after;
  const between = /^\s+(\w+\s+)?between\s/i.exec(post);
  if (between) {
    const first = after.find((m) => m.start >= t.end + between[0].length);
    sources = first ? groupAround(first, after, text) : [];
    targets = [];
  } else if (/^\s+by\s/i.test(post) && PASSIVE.test(pre) && after[0]) {
    // "was criticized by X": the agent acts on the subject.
    sources = groupAround(after[0], after, text);
    targets = subjectBefore(ctx, s, t.start, false);
  } else if (
    prev &&
    !h.noun &&
    CONJOINED.test(pre) &&
    !(/,\s+$/.test(pre) && /ing$/i.test(t.text))
  ) {
    sources = prev.sources; // "urged the US … and called for": one subject, two verbs
  } else if (
    prev &&
    h.noun &&
    /,\s+(ahead of|following|after|before|during)\s+([\w-]+\s+){0,3}$/i.test(pre)
  ) {
    // "met Noh, ahead of a three-way meeting with Funakoshi": the same people meet again.
    sources = [...prev.sources, ...prev.targets];
  } else if (/,\s+$/.test(pre) && /ing$/i.test(t.text)) {
    // "…, urging South Korea to stay away": a participle shares the sentence's subject.
    const pool = ctx.participants.filter((m) => within(m, s));
    const main = pool.find((m) => !PREPOSITION.test(text.slice(s.start, m.start)));
    sources = main ? groupAround(main, pool, text) : [];
  } else {
    const topical = h.noun && TOPICAL.test(pre);
    sources =
      (topical ? null : pronounSubject(ctx, s, t.start)) ?? subjectBefore(ctx, s, t.start, h.noun);
  }
  const ids = new Set(sources.map((m) => m.actorId));
  return { sources, targets: targets.filter((m) => !ids.has(m.actorId)) };
}
