/**
 * Institutions and the countries they belong to. News names a government's
 * offices with their country ("Japan's Foreign Ministry") or without it ("the
 * Foreign Ministry", "state media"), leaving the country to the context: the
 * subject of the sentence, the countries named just before, or the dateline's
 * country, which also places officials named without one. Helpers of
 * find-actors.ts.
 */
import type { ActorMention, ActorRecord } from '../extraction';
import { within } from '../text';
import { institutionSlug, type GazetteerIndex } from './gazetteer';
import type { SentenceSpan } from './split-sentences';

type Draft = Omit<ActorMention, 'role'>;

/** An institution after a country: "Japan's Foreign Ministry", "U.S. military". */
export const INSTITUTION =
  /^(?:['’]s)?\s+((?:(?:Foreign|Defen[cs]e|Unification|Finance|Trade|Commerce|Interior|Justice|Home|Economy|Industry|Health|Education|Energy|Agriculture|Environment|Information|Transport|Treasury|State|Homeland Security|Public Security|Intelligence|Foreign Affairs|Culture|Labou?r)\s+(?:Ministry|Department|Office|Agency|Bureau|Service)|(?:foreign|defen[cs]e|unification|finance|trade|interior|justice)\s+ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|Unification|Finance|Trade|Justice|the Interior|Interior|Health|Commerce|National Defen[cs]e|Economy)|Ministry of \p{Lu}\p{Ll}+(?:(?:,? and |, | )\p{Lu}\p{Ll}+){0,4}|Treasury|Cabinet|Parliament|Congress|National Assembly|Joint Chiefs of Staff|Coast Guard|Central Bank|Presidential Office|Embassy|Navy|Army|Air Force|military|army|navy|air force|armed forces|government|embassy|consulate|parliament|cabinet|presidential office|coast guard|central bank|state media|spy agency|intelligence agency|regime|legislature|foreign ministry|defen[cs]e ministry))(?![\p{L}])/u;

/**
 * Institutions that news names without their country ("the Foreign Ministry",
 * "state media"): the country comes from the context, never from a default.
 */
export const BARE_INSTITUTION =
  /\b(?:(?:Foreign|Defen[cs]e|Unification|Interior|Finance|Justice|Trade) Ministry|(?:foreign|defen[cs]e|unification) ministry|Ministry of (?:Foreign Affairs|Defen[cs]e|National Defen[cs]e|Unification)|Joint Chiefs of Staff|state media|state television|state news agency)\b/g;
/** Sentences before an institution whose countries count for it. */
const CONTEXT_SENTENCES = 3;
/** A mention right after a preposition is not its clause's subject ("a message to Washington"). */
const AFTER_PREPOSITION =
  /\b(?:to|with|in|at|from|against|on|toward|towards|for|by|of|over|about|into|between|and|than)\s+(?:the\s+)?$/i;

/** Whether `at` lies inside a quotation opened earlier in its sentence. */
function insideQuote(text: string, from: number, at: number): boolean {
  let open = false;
  for (let i = from; i < at; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/**
 * The country a bare institution belongs to: that of its clause's subject
 * earlier in the sentence ("Kim supervised a test, according to state
 * media"); failing that, the country named most often in the sentence and the
 * few before it, the nearest on a tie. Quoted words and datelines (where the
 * reporter is) do not count. Null when no country is named.
 */
export function institutionCountry(
  text: string,
  drafts: readonly Pick<Draft, 'start' | 'end' | 'kind' | 'country'>[],
  sentences: readonly SentenceSpan[],
  at: number,
  datelines: readonly { start: number; end: number }[],
): string | null {
  const index = sentences.findIndex((s) => s.start <= at && at < s.end);
  const sentence = index < 0 ? 0 : sentences[index]!.start;
  const from = index < 0 ? 0 : sentences[Math.max(0, index - CONTEXT_SENTENCES)]!.start;
  const usable = drafts.filter(
    (d) =>
      d.country &&
      d.end <= at &&
      d.start >= from &&
      !datelines.some((dl) => d.start >= dl.start && d.end <= dl.end) &&
      !insideQuote(
        text,
        sentences.find((s) => s.start <= d.start && d.start < s.end)?.start ?? 0,
        d.start,
      ),
  );
  const subject = usable
    .filter(
      (d) =>
        d.start >= sentence &&
        !AFTER_PREPOSITION.test(text.slice(Math.max(sentence, d.start - 20), d.start)),
    )
    // The sentence's subject comes first: "China opposes the U.S. sales, the Foreign Ministry said".
    .at(0);
  if (subject) return subject.country;
  const counts = new Map<string, { n: number; last: number }>();
  for (const d of usable) {
    if (d.kind !== 'country') continue;
    const c = counts.get(d.country!) ?? { n: 0, last: 0 };
    counts.set(d.country!, { n: c.n + 1, last: d.start });
  }
  let best: string | null = null;
  let top = { n: 0, last: -1 };
  for (const [country, c] of counts)
    if (c.n > top.n || (c.n === top.n && c.last > top.last)) [best, top] = [country, c];
  return best;
}

/**
 * The dateline's country for an official or an institution named without one
 * ("BEIJING (Xinhua) -- Foreign Ministry spokesperson Wang Wenbin said"): wire
 * copy leaves the home government unqualified. Only when the sentence names
 * no other country, which would be the likelier one.
 */
export function homeCountry(
  text: string,
  at: { start: number; end: number },
  placed: readonly Draft[],
  drafts: readonly Draft[],
  sentences: readonly SentenceSpan[],
): string | null {
  // An international body in the person's role ("EU foreign policy spokesman X",
  // "X, the EU's foreign policy chief,") makes them its official, not the dateline's.
  const international = drafts.some(
    (d) =>
      d.kind === 'organization' &&
      !d.country &&
      ((d.end <= at.start &&
        /^(?:['’]s)?(?:\s+[\p{Ll}-]+){0,5}\s+$/u.test(text.slice(d.end, at.start))) ||
        (d.start >= at.end && /^,\s+(?:the\s+)?$/.test(text.slice(at.end, d.start)))),
  );
  if (international) return null;
  // "spokesman X said in New Delhi": an official speaks at home.
  const spokeIn = drafts.find(
    (d) =>
      d.kind === 'country' &&
      d.start >= at.end &&
      d.start - at.end < 60 &&
      /^\s+(?:said|says|told (?:[\p{L}-]+\s+){1,3}|spoke)\s+in\s+$/u.test(
        text.slice(at.end, d.start),
      ),
  );
  if (spokeIn) return spokeIn.country;
  const dateline = placed.filter((d) => d.end <= at.start).at(-1);
  // "met visiting President X": a visitor is the one official who is not from here.
  if (
    !dateline ||
    /\bvisiting\s+(?:[\p{L}.-]+\s+){0,4}$/iu.test(text.slice(at.start - 60, at.start))
  )
    return null;
  const s = sentences.find((x) => x.start <= at.start && at.start < x.end);
  // A country named before the person could be theirs; one after qualifies someone else.
  const other = drafts.some(
    (d) =>
      d.country &&
      d.country !== dateline.country &&
      !placed.includes(d) &&
      s !== undefined &&
      within(d, s) &&
      d.end <= at.start &&
      !insideQuote(text, s.start, d.start),
  );
  return other ? null : dateline.country;
}

/** The id of `country`'s institution `head`, recording a new actor when none is known. */
export function institutionId(
  g: GazetteerIndex,
  newActors: Map<string, ActorRecord>,
  country: string,
  head: string,
  written: string,
): string {
  const slug = institutionSlug(head);
  const id = g.institutions.get(`${country}|${slug}`) ?? `${country}-${slug}`;
  if (!g.actors.has(id) && !newActors.has(id)) {
    newActors.set(id, {
      id,
      kind: 'organization',
      name: `${g.actors.get(country)?.name ?? country}'s ${head}`,
      aliases: [written],
      country,
      role: null,
      origin: 'nlp',
    });
  }
  return id;
}
