/**
 * Candidate events: each clause that reports an action between actors — who
 * did what to whom, and when — coded with a PLOVER type from its trigger word
 * (event-lexicon.ts), its actors found by event-actors.ts, its date the time
 * expression of its own clause, and a generated title (event-title.ts).
 */
import { PLOVER, type PloverType } from '../../shared/plover';
import type {
  ActorMention,
  ActorRecord,
  CandidateEvent,
  ExtractedQuote,
  TimeExpression,
} from '../extraction';
import { overlaps, within, type Span } from '../text';
import {
  actorsOf,
  clauseEnd,
  isNounUse,
  opensClause,
  type ClauseContext,
  type Head,
} from './event-actors';
import { anaphoricTargets, type Antecedent } from './event-antecedent';
import { findTriggers } from './event-lexicon';
import { complementOf, dateOf } from './event-dates';
import { eventTitle, shortName, trimTopic } from './event-title';
import type { SentenceSpan } from './split-sentences';

/** What finding events needs: the article and what the earlier stages found in it. */
export interface EventInput {
  text: string;
  /** Publication date, ISO YYYY-MM-DD. */
  published: string;
  sentences: SentenceSpan[];
  mentions: ActorMention[];
  dates: TimeExpression[];
  quotes: ExtractedQuote[];
  actors: ReadonlyMap<string, ActorRecord>;
}

interface Ctx extends EventInput, ClauseContext {}

const NEGATION = /\b(not|never|no|without)\b|n['’]t\b/i;
const FUTURE = /\b(will|would|shall|going to|plans? to|intends? to)\s+(\w+ly\s+)?["“]?$/i;
const COOPERATIVE = new Set(['verbal-cooperation', 'material-cooperation']);
const SPOKEN_ACTS = new Set<PloverType>(['ACCUSE', 'THREATEN', 'REQUEST', 'REJECT']);

/** Where a noun phrase begins: back over up to three modifiers ("last month's landmark"). */
function nounStart(text: string, s: Span, at: number): number {
  const words = text
    .slice(s.start, at)
    .split(/(?<=\s)/)
    .reverse();
  let start = at;
  for (const w of words.slice(0, 3)) {
    if (/[,;()]|^(in|on|at|to|with|for|of|from|since|after|before|following|by)\s/i.test(w)) break;
    start -= w.length;
  }
  return start;
}

function nameOf(ctx: Ctx, m: ActorMention): string {
  const a = ctx.actors.get(m.actorId);
  return a ? shortName(a) : m.text;
}

function countriesOf(ctx: Ctx, ms: ActorMention[]): string[] {
  const c = ms.map((m) => ctx.actors.get(m.actorId)?.country ?? m.country);
  return [...new Set(c.filter((x): x is string => !!x))].sort();
}

const unique = (ms: ActorMention[]) =>
  ms.filter((m, i) => ms.findIndex((n) => n.actorId === m.actorId) === i);

/** Role nouns that make a country modifier stand for the country: "North Korean officials". */
const AGENTS =
  /^\s+([\w-]+\s+)?(envoys?|officials?|spokes(man|woman|person)|ministers?|diplomats?|negotiators?|government|military|troops|forces|authorities|side|delegation|regime|state media)\b/i;

/** A modifier mention that names its country's agents rather than a named person. */
function speaksFor(input: EventInput, m: ActorMention): boolean {
  if (m.role !== 'modifier' || m.kind !== 'country' || !AGENTS.test(input.text.slice(m.end)))
    return false;
  // "North Korean leader Kim Jong Un": the person is the party, not the country.
  return !input.mentions.some(
    (n) => n.kind === 'person' && n.start >= m.end && n.start - m.end < 40,
  );
}

/** The heads of one sentence: triggers that open a clause, each with its clause's end. */
function headsOf(ctx: Ctx, s: SentenceSpan, outside: (x: Span) => boolean): Head[] {
  const { text } = ctx;
  const heads: Head[] = [];
  for (const t of findTriggers(text, s.start, s.end)) {
    const pre = text.slice(s.start, t.start);
    // "train-launched" is a modifier; "when asked whether" is not an act of asking.
    if (!outside(t) || text[t.start - 1] === '-') continue;
    if (/ed$/i.test(t.text) && /\b(when|if|once|unless)\s+$/i.test(pre)) continue;
    // A passive without its agent ("sanctions were lifted") names no actor who acted.
    const passive = /\b(was|were|is|are|be|been|being|see|get|got)\s+(\w+ly\s+)?$/i.test(pre);
    if (/ed$/i.test(t.text) && passive && !/^\s+by\s/i.test(text.slice(t.end))) continue;
    // "asked whether another summit is possible": a hypothesis, not a happening.
    if (/\b(whether|if)\b/i.test(pre.split(/[,;]/).at(-1)!)) continue;
    const noun = isNounUse(text, s, t);
    const last = heads.at(-1);
    if (last && t.start < last.end) {
      if (!opensClause(ctx, s, t, noun)) continue;
      last.end = Math.max(
        last.trigger.end,
        t.start - (/(,?\s+(and|but)\s+)$/.exec(pre)?.[0].length ?? 0),
      );
    }
    heads.push({ trigger: t, noun, end: clauseEnd(ctx, t.end, s.end) });
  }
  return heads;
}

/** The start of a noun phrase for a thing: "a", "the", "its", "all", "two", "new". */
const THING =
  /^\s+(a|an|the|its|his|her|their|all|new|some|several|two|three|four|five|six|\d[\d,.]*)\s/i;

/** "oil sanctions on ", "fresh tariffs against ": lower-case words, then a preposition. */
const OBJECT_THEN_TARGET =
  /^\s+(?:[a-z][\w-]*\s+){1,4}(?:on|against|with|to|from|for|over|toward|towards)\s+(?:the\s+)?$/;

/** The words that complete a title: "to continue talks with North Korea", "to replace Pompeo". */
function topicOf(ctx: Ctx, h: Head, targets: ActorMention[], sentenceEnd: number) {
  const { text } = ctx;
  const after = text.slice(h.trigger.end, h.end);
  const direct = h.trigger.entry.kind === 'adj' || /^\s+(to|for)\s/i.test(after);
  if (direct) return { topic: trimTopic(after, 9), topicHasTargets: true };
  // A thing acted on makes the title ("tests a long-range cruise missile", "cuts off all
  // communication lines with Seoul"), even when an actor is named further on; for a
  // noun, its object follows "of" ("the test-firing of a new weapon").
  // The object may run past the clause ("signing a vague, 1-1/2 page agreement"), not
  // past a date ("… on Wednesday"), which the title does not need.
  const date = ctx.dates.find((d) => d.start >= h.trigger.end && d.start < sentenceEnd);
  const rest = text.slice(h.trigger.end, date ? date.start : sentenceEnd);
  const of = h.noun ? /^\s+of(?=\s)/i.exec(rest) : null;
  const object = of ? rest.slice(of[0].length) : rest;
  // (a target found before the trigger, "a charge Washington denied", is not its object)
  const actorFirst = targets.some(
    (m) =>
      m.start >= h.trigger.end && /^[\s,]*(the\s+)?$/i.test(text.slice(h.trigger.end, m.start)),
  );
  if ((!h.noun || of) && !actorFirst && THING.test(object))
    return { topic: trimTopic(object, 8), topicHasTargets: true };
  // "reimposed oil sanctions on Venezuela": a bare object before the target's preposition.
  const named = targets.find((m) => m.start >= h.trigger.end);
  const gap = named ? text.slice(h.trigger.end, named.start) : '';
  if (!h.noun && named && OBJECT_THEN_TARGET.test(gap)) {
    const topic = trimTopic(text.slice(h.trigger.end, named.end), 8);
    if (topic) return { topic, topicHasTargets: true };
  }
  if (!targets.length && !h.noun) return { topic: trimTopic(after, 6), topicHasTargets: false };
  const tail = targets.length ? text.slice(targets.at(-1)!.end, h.end) : '';
  const topic = /^\s+(to|for|over|on)\s/i.test(tail) ? trimTopic(tail, 6) : null;
  return { topic, topicHasTargets: false };
}

/** Words that may stand between a verb and the noun it takes: "slammed the joint drills". */
const NOUN_OBJECT =
  /^\s+(the|a|an|its|their|this|these|those|latest|recent|new|planned|joint|[\w-]+ly)?(\s+[a-z][\w-]*){0,3}\s+$/;

/**
 * "slammed the drills between Seoul and Washington": when a verb's object is
 * an event noun whose own actors are named, those actors are the verb's targets.
 */
function withObjectEvent(
  ctx: Ctx,
  s: SentenceSpan,
  heads: Head[],
  i: number,
  found: { sources: ActorMention[]; targets: ActorMention[] },
) {
  const h = heads[i]!;
  const next = heads[i + 1];
  if (h.noun || found.targets.length || !next?.noun) return found;
  if (!NOUN_OBJECT.test(ctx.text.slice(h.trigger.end, next.trigger.start))) return found;
  const of = actorsOf(ctx, s, next, null).sources;
  const ids = new Set(found.sources.map((m) => m.actorId));
  return { ...found, targets: of.filter((m) => !ids.has(m.actorId)) };
}

const COMPLAINTS = new Set<PloverType>(['ACCUSE', 'REJECT']);
const sameMembers = (a: string[], b: string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * "blamed the US for sanctions, dismissing its assertions that…": a complaint
 * in a participle after a complaint by the same actors, against no one new
 * ("its" points back), is the same statement, not a second event.
 */
function restates(
  last: CandidateEvent | undefined,
  s: SentenceSpan,
  pre: string,
  trigger: string,
  type: PloverType,
  src: ActorMention[],
  tgt: ActorMention[],
): boolean {
  return (
    !!last &&
    last.sentence.start === s.start &&
    /,\s+$/.test(pre) &&
    /ing$/i.test(trigger) &&
    COMPLAINTS.has(type) &&
    COMPLAINTS.has(last.type) &&
    sameMembers(
      last.sources,
      src.map((m) => m.actorId),
    ) &&
    // "rejected the statement, accusing Cairo of …": a charge after a rejection is a new act.
    !(type === 'ACCUSE' && last.type === 'REJECT') &&
    tgt.every((m) => last.targets.includes(m.actorId))
  );
}

/** Every candidate event of one article, in text order. */
export function extractEvents(input: EventInput): CandidateEvent[] {
  const { text } = input;
  const spoken = input.quotes.filter((q) => !q.fragment);
  const outside = (x: Span) => !spoken.some((q) => overlaps(x, q));
  const participants = input.mentions
    .filter((m) => (m.role === 'participant' || speaksFor(input, m)) && outside(m))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const ctx: Ctx = { ...input, participants };
  const out: CandidateEvent[] = [];
  const earlier: Antecedent[] = [];
  const countryOf = (m: ActorMention) => ctx.actors.get(m.actorId)?.country ?? m.country;
  for (const s of input.sentences) {
    const heads = headsOf(ctx, s, outside);
    // A noun's clause includes its premodifiers: "last month's summit" dates the summit.
    const ranges = heads.map((h) => ({
      start: h.noun ? nounStart(text, s, h.trigger.start) : h.trigger.start,
      end: h.end,
    }));
    let prev: { sources: ActorMention[]; targets: ActorMention[]; future: boolean } | null = null;
    heads.forEach((h, i) => {
      const found = withObjectEvent(ctx, s, heads, i, actorsOf(ctx, s, h, prev));
      const t = h.trigger;
      const pre = text.slice(s.start, t.start);
      const conjoined = prev !== null && found.sources === prev.sources;
      const future = FUTURE.test(pre) || (conjoined && prev!.future);
      if (found.sources.length === 0) return;
      prev = { ...found, future };
      let type = t.entry.type;
      const clause = pre.split(/[,;]/).at(-1)!.split(/\s+/).slice(-6).join(' ');
      const negated = NEGATION.test(clause);
      if (negated && !COOPERATIVE.has(PLOVER[type].quadClass)) return; // "did not criticize"
      if (negated) type = 'REJECT';
      // "dismissed the demands as “gangster-like”": a quoted label is name-calling.
      else if (/^dismiss/i.test(t.text) && /^[^;:]*?\sas\s+["“‘]/.test(text.slice(t.end, s.end)))
        type = 'ACCUSE';
      // "Iranians protested": people in the street, not a government's complaint.
      else if (
        type === 'ACCUSE' &&
        /^protest/i.test(t.text) &&
        found.sources.every((m) => m.form === 'demonym')
      )
        type = 'PROTEST';
      // "would dismantle", "will release": a promise of material cooperation is AGREE.
      else if (future && PLOVER[type].quadClass === 'material-cooperation') type = 'AGREE';
      const src = unique(found.sources);
      // "Japan's Foreign Ministry protested … a Japanese businessman": no one targets its own country.
      const home = new Set(src.map((m) => ctx.actors.get(m.actorId)?.country ?? m.country));
      let tgt = unique(found.targets)
        .filter((m) => m.kind !== 'country' || !home.has(m.actorId))
        .slice(0, 4);
      // "rejected the allegation", "a charge Washington denied": the maker of what is answered.
      if (!tgt.length && !negated && COMPLAINTS.has(type))
        tgt = unique(
          anaphoricTargets({
            text,
            sentence: s,
            trigger: t,
            sources: src,
            mentions: input.mentions,
            earlier,
            countryOf,
          }),
        ).slice(0, 4);
      if (restates(out.at(-1), s, pre, t.text, type, src, tgt)) return;
      earlier.push({ sentence: s, trigger: t, type, sources: src });
      const own = {
        start: Math.max(s.start, Math.min(t.start, ...src.map((m) => m.start))),
        end: h.end,
      };
      const date = dateOf(
        ctx,
        s,
        own,
        t.start,
        ranges.filter((_, j) => j !== i),
        future || !/(ed|met|held|sent|made|gave)$/i.test(t.text),
        complementOf(ctx, h),
      );
      const title = eventTitle({
        sources: src.map((m) => nameOf(ctx, m)),
        targets: tgt.map((m) => nameOf(ctx, m)),
        entry: t.entry,
        negated,
        ...topicOf(ctx, h, tgt, s.end),
      });
      const named = src.some((m) => m.form === 'name' || m.form === 'alias');
      const confidence =
        0.45 +
        (h.noun ? 0 : 0.2) +
        (named ? 0.1 : 0) +
        (tgt.length ? 0.1 : 0) +
        (date.basis === 'text' ? 0.05 : 0) -
        (negated ? 0.1 : 0);
      out.push({
        type,
        trigger: { start: t.start, end: t.end, text: t.text },
        sources: src.map((m) => m.actorId),
        targets: tgt.map((m) => m.actorId),
        countries: countriesOf(ctx, [...src, ...tgt]),
        date,
        sentence: { start: s.start, end: s.end },
        title,
        confidence: Math.round(Math.min(1, confidence) * 100) / 100,
      });
    });
  }
  // An event between actors of unknown country ("Sheikh X called on all parties")
  // cannot be placed on the map or the graph: the dataset requires a country.
  return [...out, ...quoteEvents(ctx)]
    .filter((e) => e.countries.length > 0)
    .sort((a, b) => a.sentence.start - b.sentence.start || a.trigger.start - b.trigger.start);
}

/**
 * A quotation that itself accuses, threatens, demands or refuses is a
 * reporting event of its speaker: "The U.S. side came up only with its
 * gangster-like demand," the spokesman said. Targets are the actors it names.
 */
function quoteEvents(ctx: Ctx): CandidateEvent[] {
  const out: CandidateEvent[] = [];
  for (const q of ctx.quotes) {
    const speaker = q.speakerId ? ctx.actors.get(q.speakerId) : undefined;
    if (q.fragment || !speaker) continue;
    // The strongest act the quotation performs: a threat over a complaint over a demand.
    const t = findTriggers(ctx.text, q.start, q.end)
      .filter(
        (x) =>
          SPOKEN_ACTS.has(x.entry.type) &&
          !NEGATION.test(ctx.text.slice(Math.max(q.start, x.start - 20), x.start)),
      )
      .sort((a, b) => PLOVER[a.entry.type].goldstein - PLOVER[b.entry.type].goldstein)[0];
    const s = ctx.sentences.find((x) => q.start >= x.start && q.start < x.end);
    if (!t || !s) continue;
    const inside = ctx.mentions.filter(
      (m) => within(m, q) && m.actorId !== speaker.id && m.role !== 'dateline',
    );
    const tgt = unique(inside).slice(0, 3);
    const date = dateOf(ctx, s, s, t.start, []);
    const countries = [
      ...new Set(
        [
          speaker.country,
          ...tgt.map((m) => ctx.actors.get(m.actorId)?.country ?? m.country),
        ].filter((c): c is string => !!c),
      ),
    ].sort();
    out.push({
      type: t.entry.type,
      trigger: { start: t.start, end: t.end, text: t.text },
      sources: [speaker.id],
      targets: tgt.map((m) => m.actorId),
      countries,
      date,
      sentence: { start: s.start, end: s.end },
      title: eventTitle({
        sources: [shortName(speaker)],
        targets: tgt.map((m) => nameOf(ctx, m)),
        entry: t.entry,
        negated: false,
        topic: null,
      }),
      confidence: 0.4 + (date.basis === 'text' ? 0.05 : 0),
    });
  }
  return out;
}
