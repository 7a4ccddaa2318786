/**
 * Who a speaker item stands for. Names keep the actor the mention stage
 * resolved (so two Kims are never confused); pronouns and bare descriptions
 * ("he", "the official") go back to the nearest preceding compatible
 * antecedent; institutional descriptions ("an unnamed Foreign Ministry
 * spokesman", "officials in Seoul") resolve to the institution or country
 * they name, while keeping the words as written.
 */
import type { ActorMention, ActorRecord } from '../extraction';
import type { SpeakerItem } from './speaker-phrases';

/** A speaker as resolved: the actor (or null) and the words that name it. */
export interface ResolvedSpeaker {
  speakerId: string | null;
  speaker: string;
  country: string | null;
  mention: { start: number; end: number };
  /** How the antecedent was named, for later descriptions ("the official"). */
  via: SpeakerItem['kind'];
  head: string | null;
}

/** What resolving a speaker needs of the article and of the quotations before. */
export interface CorefContext {
  text: string;
  items: SpeakerItem[];
  mentions: ActorMention[];
  actors: ReadonlyMap<string, ActorRecord>;
  /** Speakers of earlier quotations, in text order. */
  previous: ResolvedSpeaker[];
}

/** Heads that name an institution itself rather than a person speaking for one. */
const INSTITUTION_HEADS = new Set(
  'ministry agency media government military department office embassy council committee administration regime statement report newspaper daily broadcaster army command'.split(
    ' ',
  ),
);
/** Heads that name a company; "the company said" goes back to the company last named. */
const COMPANY_HEADS = new Set(
  'company firm carrier airline automaker carmaker manufacturer maker group bank union'.split(' '),
);
/** Heads of one person holding an office ("the premier of Hesse"): not the country itself. */
const OFFICE_HEADS = new Set(
  'minister president premier chancellor governor mayor secretary ambassador envoy leader chief chairman chairwoman director commander spokesman spokeswoman spokesperson negotiator diplomat official lawmaker senator congressman congresswoman legislator executive economist prosecutor judge manager adviser advisor aide representative officer analyst'.split(
    ' ',
  ),
);
/** A name apposed to a description: "an analyst, Richard Aboulafia", "… of the union Unite, X". */
const APPOSED = /^(?:\s+[\p{L}.'’-]+){0,3}\s*,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u;

/** Heads that a spokesperson-like speaker was introduced by. */
const SPOKES_HEADS = new Set(
  'spokesman spokeswoman spokesperson spokespeople official officials source sources officer officers aide aides'.split(
    ' ',
  ),
);
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Madame|Queen|Princess|Lady|Dame)\.?\s+$/;
const MALE_TITLE = /\b(?:Mr|Sir|King|Prince|Lord)\.?\s+$/;
const FEMALE_NAMES = new Set(
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret betty sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca laura sharon cynthia kathleen amy angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose isabella alexis kayla charlotte hillary condoleezza nikki kamala nancy theresa angela ursula jacinda kristalina greta yoo-jung hyun-song kyung-wha park geun-hye tsai yoshiko'.split(
    ' ',
  ),
);

type Gender = 'male' | 'female' | null;

/** How far back (in characters) a described speaker stays the referent of "the official". */
const WINDOW = 1500;

function genderOf(ctx: CorefContext, m: ActorMention): Gender {
  const before = ctx.text.slice(Math.max(0, m.start - 12), m.start);
  if (FEMALE_TITLE.test(before)) return 'female';
  if (MALE_TITLE.test(before)) return 'male';
  const name = ctx.actors.get(m.actorId)?.name ?? m.text;
  // "María" is "maria": the list is written without accents.
  const first = name.split(/\s+/)[0]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return FEMALE_NAMES.has(first) ? 'female' : null;
}

function nameOf(ctx: CorefContext, id: string, fallback: string): string {
  return ctx.actors.get(id)?.name ?? fallback;
}

function fromMention(ctx: CorefContext, m: ActorMention, item: SpeakerItem): ResolvedSpeaker {
  return {
    speakerId: m.actorId,
    speaker: nameOf(ctx, m.actorId, m.text),
    country: ctx.actors.get(m.actorId)?.country ?? m.country,
    mention: { start: item.start, end: item.end },
    via: item.kind,
    head: item.kind === 'description' ? item.head : null,
  };
}

/** Person mentions before `at` (outside quotations), nearest first. */
function peopleBefore(ctx: CorefContext, at: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const it of ctx.items)
    if (it.end <= at) {
      if (it.kind === 'mention' && it.mention.kind === 'person') out.push(it.mention);
      if (it.kind === 'description') for (const m of it.inner) if (m.kind === 'person') out.push(m);
    }
  return out.reverse();
}

function groupsBefore(ctx: CorefContext, at: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (const it of ctx.items) {
    if (it.end > at) break;
    if (it.kind === 'mention' && it.mention.kind !== 'person' && it.mention.role === 'participant')
      out.push(it.mention);
    // "The North Korean Foreign Ministry": an institution named inside a description.
    if (it.kind === 'description')
      for (const m of it.inner)
        if (m.kind === 'organization' || (m.kind === 'country' && m.role === 'participant'))
          out.push(m);
  }
  return out.reverse();
}

/** The nearest earlier speaker that a description like `head` introduced, if recent. */
function previousDescribed(ctx: CorefContext, at: number, spokes: boolean): ResolvedSpeaker | null {
  for (let i = ctx.previous.length - 1; i >= 0; i--) {
    const p = ctx.previous[i]!;
    if (p.mention.end > at || at - p.mention.end > WINDOW) continue;
    if (p.via === 'description' && p.head !== null && SPOKES_HEADS.has(p.head) === spokes) return p;
  }
  // "A ministry spokesman said talks stalled. … the official said": a described
  // speaker of reported speech, when it names its institution.
  for (let i = ctx.items.length - 1; i >= 0; i--) {
    const it = ctx.items[i]!;
    if (it.end > at) continue;
    if (at - it.end > WINDOW) break;
    if (
      it.kind === 'description' &&
      !it.definite &&
      SPOKES_HEADS.has(it.head) === spokes &&
      it.inner.length
    )
      return resolveDescription(ctx, it);
  }
  return null;
}

/** Of two candidate antecedents, the one named later (nearer the pronoun). */
function nearer(
  a: { at: number; r: ResolvedSpeaker } | null,
  b: { at: number; r: ResolvedSpeaker } | null,
) {
  if (!a) return b;
  if (!b) return a;
  return a.at >= b.at ? a : b;
}

/** Where the sentence holding `at` begins: after a full stop closing a word, or a line break. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    if (text[i] === '\n') return i + 1;
    if (/[.!?]/.test(text[i]!) && /\s/.test(text[i + 1] ?? '') && /\p{Ll}/u.test(text[i - 1]!))
      return i + 1;
  }
  return 0;
}

/**
 * The antecedent of "he"/"she": of the people in the nearest sentence that
 * names a compatible one, the first, which is its subject ("Aksoy said Turkey
 * would host Putin and Zelenskiy. '…,' he said" is Aksoy). `nearestFirst` is
 * ordered nearest first.
 */
function subjectOf(text: string, nearestFirst: ActorMention[]): ActorMention | undefined {
  const nearest = nearestFirst[0];
  if (!nearest) return undefined;
  const from = sentenceStart(text, nearest.start);
  let subject = nearest;
  for (const m of nearestFirst) {
    if (m.start < from) break;
    subject = m;
  }
  return subject;
}

function resolvePronoun(
  ctx: CorefContext,
  item: Extract<SpeakerItem, { kind: 'pronoun' }>,
): ResolvedSpeaker | null {
  const as = (r: ResolvedSpeaker): ResolvedSpeaker => ({
    ...r,
    mention: { start: item.start, end: item.end },
    via: 'pronoun',
  });
  if (item.pronoun === 'they' || item.pronoun === 'it') {
    const g = groupsBefore(ctx, item.start)[0];
    return g ? as(fromMention(ctx, g, item)) : null;
  }
  const want: Gender = item.pronoun === 'she' ? 'female' : 'male';
  const compatible = peopleBefore(ctx, item.start).filter((m) => {
    const g = genderOf(ctx, m);
    return g === null || g === want;
  });
  const person = subjectOf(ctx.text, compatible);
  const a = person ? { at: person.start, r: fromMention(ctx, person, item) } : null;
  // "a spokesman said … he added": a described speaker counts as an antecedent too.
  const d = previousDescribed(ctx, item.start, true);
  const female = d?.head === 'spokeswoman';
  const b =
    d && (female ? want === 'female' : d.head !== 'spokeswoman')
      ? { at: d.mention.start, r: d }
      : null;
  const best = nearer(a, b);
  return best ? as(best.r) : null;
}

function institutionFor(ctx: CorefContext, head: string, at: number): ActorMention | null {
  const groups = groupsBefore(ctx, at).filter((m) => m.kind === 'organization');
  return (
    groups.find((m) => {
      const a = ctx.actors.get(m.actorId);
      return [a?.name ?? '', ...(a?.aliases ?? []), m.text].some((n) =>
        n.toLowerCase().includes(head),
      );
    }) ?? null
  );
}

function resolveDescription(
  ctx: CorefContext,
  item: Extract<SpeakerItem, { kind: 'description' }>,
): ResolvedSpeaker {
  const asWritten = (r: ResolvedSpeaker | null, country: string | null = null): ResolvedSpeaker =>
    r
      ? { ...r, mention: { start: item.start, end: item.end }, via: 'description', head: item.head }
      : {
          speakerId: null,
          speaker: ctx.text.slice(item.start, item.end),
          country,
          mention: { start: item.start, end: item.end },
          via: 'description',
          head: item.head,
        };
  const apposed = apposedPerson(ctx, item);
  if (apposed) return { ...fromMention(ctx, apposed, item), via: 'description', head: item.head };
  const institution = INSTITUTION_HEADS.has(item.head);
  const person = item.inner.find((m) => m.kind === 'person');
  // "the Obama administration": a person inside an institution's name only gives its country.
  if (person && institution)
    return asWritten(null, ctx.actors.get(person.actorId)?.country ?? person.country);
  if (person) return asWritten(fromMention(ctx, person, item));
  const org = item.inner.find((m) => m.kind === 'organization');
  const country = item.inner.find((m) => m.kind === 'country');
  const countryId = country
    ? (ctx.actors.get(country.actorId)?.country ?? country.country ?? country.actorId)
    : null;
  if (item.definite && !org && !country && COMPANY_HEADS.has(item.head)) {
    const company = groupsBefore(ctx, item.start).find(
      (m) => m.kind === 'organization' && m.form !== 'description',
    );
    return asWritten(company ? fromMention(ctx, company, item) : null);
  }
  // "The premier of the German state of X": a post-modified description introduces someone new.
  const introduces = /\s(?:of|for|at|in|from)\s/.test(ctx.text.slice(item.start, item.end));
  if (item.definite && !org && !institution && !introduces) {
    // "the official": the spokesperson quoted just before, else the nearest person
    // (of the same country when the words give one: "the North Korean envoy").
    const spokes = SPOKES_HEADS.has(item.head);
    const described = spokes ? previousDescribed(ctx, item.start, true) : null;
    if (described && (!countryId || described.country === countryId)) return asWritten(described);
    const people = peopleBefore(ctx, item.start).filter(
      (m) => !countryId || (ctx.actors.get(m.actorId)?.country ?? m.country) === countryId,
    );
    const titled = people.find((m) =>
      (ctx.actors.get(m.actorId)?.role ?? '').toLowerCase().includes(item.head),
    );
    const p = titled ?? (spokes ? undefined : people[0]);
    if (p) return asWritten(fromMention(ctx, p, item));
  }
  if (org) return asWritten(fromMention(ctx, org, item));
  if (institution && item.definite && !country) {
    const inst = institutionFor(ctx, item.head, item.start);
    if (inst) return asWritten(fromMention(ctx, inst, item));
  }
  // "a spokesman for the ministry": the institution named after the head.
  const tail = ctx.text.slice(item.start, item.end).match(/\bthe (\p{Ll}+)$/u);
  if (tail && !country) {
    const inst = institutionFor(ctx, tail[1]!, item.start);
    if (inst) return asWritten(fromMention(ctx, inst, item));
  }
  // "the German economy minister", "a Canadian union": one of that country, unnamed.
  if (country && (OFFICE_HEADS.has(item.head) || COMPANY_HEADS.has(item.head)))
    return asWritten(null, countryId);
  if (country) {
    const r = fromMention(ctx, country, item);
    return asWritten({ ...r, speakerId: country.actorId, country: countryId });
  }
  return asWritten(null);
}

/** A person named right after a description, as its apposition ("an analyst, Richard Aboulafia"). */
function apposedPerson(
  ctx: CorefContext,
  item: Extract<SpeakerItem, { kind: 'description' }>,
): ActorMention | null {
  const next = ctx.mentions.find((m) => m.start >= item.end);
  if (!next || next.kind !== 'person' || next.start - item.end > 60) return null;
  if (!APPOSED.test(ctx.text.slice(item.end, next.start))) return null;
  // The name closes the apposition: a comma, the clause's end, or the verb.
  return /^\s*(?:[,.;:!?)\n\u2014\u2013]|$)/.test(ctx.text.slice(next.end, next.end + 2))
    ? next
    : null;
}

/** Resolves a speaker item to an actor (or to the words as written when none is known). */
export function resolveSpeaker(ctx: CorefContext, item: SpeakerItem): ResolvedSpeaker | null {
  switch (item.kind) {
    case 'mention':
      return fromMention(ctx, item.mention, item);
    case 'pronoun':
      return resolvePronoun(ctx, item);
    case 'description':
      return resolveDescription(ctx, item);
    case 'name':
      return {
        speakerId: null,
        speaker: ctx.text.slice(item.start, item.end),
        country: null,
        mention: { start: item.start, end: item.end },
        via: 'name',
        head: null,
      };
  }
}
