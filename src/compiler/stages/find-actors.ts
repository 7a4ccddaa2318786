/**
 * The actors an article names. One pass of the gazetteer trie finds
 * countries, organizations and known people; institutions are read from the
 * words after a country ("Japan's Foreign Ministry") or take their country
 * from the context (institutions.ts); unknown people come from find-people; bare surnames ("Kim") resolve to the
 * nearest preceding full name of someone with that surname; and each mention
 * gets its role (actor-roles). Mentions never overlap: the longest wins.
 */
import type { ActorFindings, ActorMention, ActorRecord } from '../extraction';
import { within } from '../text';
import { sentenceAt, type SentenceSpan } from './split-sentences';
import {
  type GazetteerEntry,
  type GazetteerIndex,
  normChar,
  slugify,
  surnameOf,
} from './gazetteer';
import {
  BARE_INSTITUTION,
  INSTITUTION,
  homeCountry,
  institutionCountry,
  institutionId,
} from './institutions';
import { assignRoles, findDatelines, titleCase } from './actor-roles';
import { findPeople } from './find-people';

type Draft = Omit<ActorMention, 'role'>;
interface Raw {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit (an ASCII fast path: this runs on every character). */
function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
  return WORD_CHAR.test(c);
}

/** The longest trie match at every word start. */
function scan(text: string, g: GazetteerIndex): Raw[] {
  const out: Raw[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text[i]) || isWordChar(text[i - 1])) continue;
    let node = g.root.next.get(normChar(text[i]!));
    let best: Raw | null = null;
    let j = i + 1;
    while (node) {
      if (node.entry && (text[j - 1] === '.' || !isWordChar(text[j])))
        best = { start: i, end: j, entry: node.entry };
      if (j >= text.length) break;
      node = node.next.get(normChar(text[j]!));
      j++;
    }
    if (best) out.push(best);
  }
  return out;
}

/** Longest first, then leftmost: drop whatever overlaps an accepted span. */
function nonOverlapping<T extends { start: number; end: number }>(spans: T[]): T[] {
  const sorted = [...spans].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const s of sorted) if (!kept.some((k) => s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}

const FUNCTION_WORDS = new Set(
  'In At From To For And But The With On By Of As While When After Before Since Meanwhile Both Than Officials Then Like Unlike Including Between Against Said Says'.split(
    ' ',
  ),
);
const CALENDAR =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

const TITLE_ABBREVIATIONS = new Set(
  'Gen Sen Rep Gov Col Capt Lieut Sgt Prof Adm Brig Cmdr Maj Supt Insp Amb Pres'.split(' '),
);

/** "… with Kosovo. White House …": a word closing a sentence is no first name ("Gen. Washington" is). */
const endsSentence = (word: string): boolean =>
  /^\p{Lu}\p{Ll}{2,}\.$/u.test(word) && !TITLE_ABBREVIATIONS.has(word.slice(0, -1));

/** "George Washington", "Washington Post", "Michael Jordan": a name inside a longer name. */
function insideLongerName(text: string, start: number, end: number): boolean {
  const prev = /(\p{Lu}[\p{L}.]*)\s$/u.exec(text.slice(Math.max(0, start - 20), start));
  if (prev && !FUNCTION_WORDS.has(prev[1]!) && !endsSentence(prev[1]!)) return true;
  const next = /^ (\p{Lu}\p{L}*)/u.exec(text.slice(end, end + 20));
  return !!next && !CALENDAR.test(next[1]!);
}

/** A country naming a currency ("US$ 40 billion", "the Japanese yen") is no actor. */
const CURRENCY =
  /^(?:\s?\$|\s+(?:dollars?|yen|yuan|renminbi|pounds?|sterling|francs?|euros?|won|rupees?|rubles?|roubles?|pesos?|lira|rand)\b)/;

/** A country opening a company's name ("Singapore Airlines", "Korea Telecom") is no actor. */
const COMPANY_TAIL =
  /^ (?:Airlines|Airways|Air Lines|Telecom|Motors|Steel|Petroleum|Railways|Electric|Power|Broadcasting|Post|Airport|Stock Exchange)\b/;

/** Find the actors named in one article. */
export function findActors(
  text: string,
  sentences: SentenceSpan[],
  gazetteer: GazetteerIndex,
): ActorFindings {
  const g = gazetteer;
  const newActors = new Map<string, ActorRecord>();
  let raw = nonOverlapping(scan(text, g)).filter((r) => r.entry.type !== 'block');

  // Ambiguous countries need a cue; guarded names must not sit inside a longer name.
  raw = raw.filter((r) => {
    if (r.entry.type !== 'actor') return true;
    if (r.entry.guarded && insideLongerName(text, r.start, r.end)) return false;
    if (CURRENCY.test(text.slice(r.end, r.end + 12))) return false;
    const kind = g.actors.get(r.entry.actorId)?.kind;
    if (kind === 'country' && COMPANY_TAIL.test(text.slice(r.end, r.end + 16))) return false;
    if (!r.entry.needsCue) return true;
    const id = r.entry.actorId;
    return (g.cues.get(id) ?? []).some((c) => text.includes(c));
  });

  const drafts: Draft[] = [];
  const surnameHits: Raw[] = [];
  for (const r of raw) {
    if (r.entry.type === 'surname') surnameHits.push(r);
    else if (r.entry.type === 'actor') {
      const a = g.actors.get(r.entry.actorId)!;
      drafts.push({
        start: r.start,
        end: r.end,
        text: text.slice(r.start, r.end),
        actorId: a.id,
        kind: a.kind,
        form: r.entry.form,
        country: a.country,
      });
    }
  }

  // Institutions: a country followed by an office ("Japan's Foreign Ministry").
  for (const d of [...drafts]) {
    if (d.kind !== 'country' || d.form === 'metonym') continue;
    const m = INSTITUTION.exec(text.slice(d.end, d.end + 60));
    if (!m) continue;
    const end = d.end + m[0].length;
    const id = institutionId(g, newActors, d.country!, m[1]!, text.slice(d.start, end));
    for (let i = drafts.length - 1; i >= 0; i--)
      if (drafts[i]!.start < end && d.start < drafts[i]!.end) drafts.splice(i, 1);
    drafts.push({
      start: d.start,
      end,
      text: text.slice(d.start, end),
      actorId: id,
      kind: 'organization',
      form: 'description',
      country: d.country,
    });
  }

  // Datelines: an all-caps place is looked up in title case.
  const datelines = findDatelines(text);

  for (const dl of datelines) {
    const place = {
      ...dl,
      text: dl.text.split(',')[0]!,
      end: dl.start + dl.text.split(',')[0]!.length,
    };
    const id = g.places.get(place.text) ?? g.places.get(titleCase(place.text));
    if (!id || drafts.some((d) => d.start === place.start && d.end === place.end)) continue;
    for (let i = drafts.length - 1; i >= 0; i--)
      if (drafts[i]!.start < place.end && place.start < drafts[i]!.end) drafts.splice(i, 1);
    drafts.push({
      ...place,
      actorId: id,
      kind: 'country',
      form: g.actors.get(id)!.name === place.text ? 'name' : 'metonym',
      country: id,
    });
  }
  drafts.sort((a, b) => a.start - b.start);

  // People the gazetteer does not know (a variant spelling of a known one keeps its id).
  const covered = (s: number, e: number) => drafts.some((d) => s < d.end && d.start < e);
  // A character mask: findPeople asks about every word.
  const mask = new Uint8Array(text.length);
  for (const d of drafts) mask.fill(1, d.start, d.end);
  const taken = (s: number, e: number) => mask.subarray(s, e).includes(1);
  const placed = drafts.filter((d) => datelines.some((dl) => within(d, dl)));
  const people = findPeople(text, sentences, taken, drafts).map((p) =>
    p.country || !p.role ? p : { ...p, country: homeCountry(text, p, placed, drafts, sentences) },
  );
  const surnameOfId = new Map<string, string[]>();
  for (const [s, ids] of g.surnames)
    for (const id of ids) surnameOfId.set(id, [...(surnameOfId.get(id) ?? []), s]);
  for (const p of people) {
    const name = p.text.replace(/\s+/g, ' ');
    const id = slugify(name);
    const known = g.actors.get(id);
    const record = known ?? newActors.get(id);
    if (record && record.origin === 'nlp') {
      if (name.length > record.name.length) {
        record.aliases.push(record.name);
        record.name = name;
      } else if (name !== record.name && !record.aliases.includes(name)) record.aliases.push(name);
      record.country ??= p.country;
      record.role ??= p.role;
    } else if (!record) {
      const surname = surnameOf(name, p.country);
      newActors.set(id, {
        id,
        kind: 'person',
        name,
        aliases: surname ? [surname] : [],
        country: p.country,
        role: p.role,
        origin: 'nlp',
      });
      if (surname) surnameOfId.set(id, [surname]);
    }
    const actor = known ?? newActors.get(id)!;
    drafts.push({
      start: p.start,
      end: p.end,
      text: p.text,
      actorId: id,
      kind: 'person',
      form: 'name',
      country: actor.country,
    });
  }
  drafts.sort((a, b) => a.start - b.start);

  // Bare surnames of new people, then resolution of every bare surname.
  const bySurname = new Map<string, string[]>();
  for (const [id, list] of surnameOfId)
    for (const s of list) bySurname.set(s, [...(bySurname.get(s) ?? []), id]);
  const hits = surnameHits.map((h) => ({ start: h.start, end: h.end }));
  for (const a of newActors.values()) {
    if (a.kind !== 'person') continue;
    const s = surnameOfId.get(a.id)?.[0];
    if (!s || g.surnames.has(s)) continue;
    // indexOf, not a RegExp per name: compiling \p{L} classes costs ~1 ms each.
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1))
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + s.length]))
        hits.push({ start: at, end: at + s.length });
  }
  const fulls = drafts.filter((d) => d.kind === 'person');
  for (const h of hits) {
    if (covered(h.start, h.end)) continue;
    const s = text.slice(h.start, h.end);
    const ids = bySurname.get(s) ?? [];
    const countryOf = (id: string) => (g.actors.get(id) ?? newActors.get(id))?.country ?? null;
    const id = resolveSurname(
      h.start,
      ids,
      fulls,
      g.surnameDefaults.get(s) ?? null,
      text,
      sentences,
      drafts,
      countryOf,
    );
    if (!id) continue;
    const actor = g.actors.get(id) ?? newActors.get(id)!;
    drafts.push({
      start: h.start,
      end: h.end,
      text: s,
      actorId: id,
      kind: 'person',
      form: 'surname',
      country: actor.country,
    });
  }
  drafts.sort((a, b) => a.start - b.start);

  drafts.push(...titleAnaphora(text, drafts, (id) => g.actors.get(id) ?? newActors.get(id)));
  drafts.sort((a, b) => a.start - b.start);

  // Bare institutions, once people are known ("an unnamed Foreign Ministry spokesman"): the country from the context.
  const institutionDrafts: Draft[] = [];
  for (const m of text.matchAll(BARE_INSTITUTION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (drafts.some((d) => d.start < end && start < d.end)) continue;
    const country =
      institutionCountry(text, drafts, sentences, start, datelines) ??
      homeCountry(text, { start, end }, placed, drafts, sentences);
    if (!country) continue;
    const id = institutionId(g, newActors, country, m[0], m[0]);
    institutionDrafts.push({
      start,
      end,
      text: m[0],
      actorId: id,
      kind: 'organization',
      form: 'description',
      country,
    });
  }
  drafts.push(...institutionDrafts);
  drafts.sort((a, b) => a.start - b.start);

  const roles = assignRoles(text, drafts, datelines);
  const mentions: ActorMention[] = drafts.map((d, i) => ({ ...d, role: roles[i]! }));
  return { mentions, newActors: [...newActors.values()] };
}

/** "the Prime Minister", "the economy minister": a title alone, not before a name. */
const TITLE_ALONE =
  /\b[Tt]he ((?:[A-Za-z-]+ ){0,2}(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|[Gg]overnor|[Mm]ayor|[Ss]enator|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Cc]hairman|[Cc]hairwoman|[Cc]hief [Ee]xecutive|CEO|[Ss]pokesman|[Ss]pokeswoman))\b(?! of\b| for\b| [A-Z])/g;
/** How far back a title refers to the person last named with it. */
const TITLE_WINDOW = 2000;

/**
 * Titles used alone after a person was named with them ("Prime Minister Lee
 * … the Prime Minister applauded"): mentions of that person. Only the most
 * recent person whose role ends with the title's words, within a window.
 */
function titleAnaphora(
  text: string,
  drafts: readonly Draft[],
  actorOf: (id: string) => ActorRecord | undefined,
): Draft[] {
  const out: Draft[] = [];
  const people = drafts.filter((d) => d.kind === 'person');
  for (const m of text.matchAll(TITLE_ALONE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = start + m[1]!.length;
    if (drafts.some((d) => d.start < end && start < d.end)) continue;
    const words = m[1]!.toLowerCase();
    const head = words.split(' ').at(-1)!;
    const p = people
      .filter((d) => d.end <= start && start - d.end <= TITLE_WINDOW)
      .reverse()
      .find((d) => {
        const role = (actorOf(d.actorId)?.role ?? '').toLowerCase();
        // "the Prime Minister" fits a prime minister, "the minister" any minister.
        return role.includes(words) || (words === head && new RegExp(`\\b${head}\\b`).test(role));
      });
    if (!p) continue;
    out.push({
      start,
      end,
      text: m[1]!,
      actorId: p.actorId,
      kind: 'person',
      form: 'description',
      country: p.country,
    });
  }
  return out;
}

/**
 * The person a bare surname means: the nearest preceding full mention of
 * someone with that surname; failing that the nearest following one; then a
 * person of the country a role phrase gives ("North Korean leader Kim"); then
 * the curators' default (the only person listed with that alias).
 */
function resolveSurname(
  at: number,
  ids: readonly string[],
  fulls: readonly Draft[],
  fallback: string | null,
  text: string,
  sentences: SentenceSpan[],
  drafts: readonly Draft[],
  countryOf: (id: string) => string | null,
): string | null {
  const same = fulls.filter((f) => ids.includes(f.actorId));
  const before = same.filter((f) => f.end <= at).at(-1);
  if (before) return before.actorId;
  const after = same.find((f) => f.start > at);
  if (after) return after.actorId;
  const sentence = sentenceAt(sentences, at);
  const modifier = drafts
    .filter((d) => d.country && d.end <= at && (!sentence || d.start >= sentence.start))
    .at(-1);
  if (
    modifier &&
    /^(?:['’]s)?(?:\s+[\p{Ll}A-Z][\p{L}.-]*){0,4}\s+$/u.test(text.slice(modifier.end, at))
  ) {
    const match = ids.filter((id) => countryOf(id) === modifier.country);
    if (match.length === 1) return match[0]!;
  }
  return fallback;
}
