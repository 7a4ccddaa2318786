/**
 * People the gazetteer does not know. Running compromise over a whole article
 * costs ~60 ms, so we look only at runs of capitalised words that no gazetteer
 * name covers, accept the ones whose context says "person" (a title before
 * them, "said" after, a known first name, a Korean or Chinese family name) and
 * ask compromise only about the undecided rest, on the run and a few words
 * after it. A person needs at least two name words: a lone capitalised word is
 * left to surname resolution.
 */
import nlp from 'compromise';
import type { ActorMention } from '../extraction';
import type { SentenceSpan } from './split-sentences';
import { EAST_ASIAN_SURNAMES } from './gazetteer';
import { ROLE_NOUNS, ROLE_WORDS } from './actor-roles';

/** A run of words that names a person, with the country its context gives. */
export interface PersonCandidate {
  start: number;
  end: number;
  text: string;
  country: string | null;
  /** The office the context gives ("Prime Minister", "economy minister"), or null. */
  role: string | null;
}

/** A gazetteer mention as people's context needs it (`form` when known). */
type Mention = Pick<ActorMention, 'start' | 'end' | 'kind' | 'country'> & {
  form?: ActorMention['form'];
};

interface Word {
  start: number;
  end: number;
  text: string;
  possessive: boolean;
}

const TITLES = new Set(
  (
    'The President Vice Prime Minister Foreign Defense Defence Secretary State General Gen. Mr. Mrs. Ms. Dr. Sen. Rep. ' +
    'Gov. Lt. Col. Maj. Adm. Capt. Sgt. Chairman Chairwoman Chief Deputy Acting Ambassador Envoy Special Representative ' +
    'Spokesman Spokeswoman King Queen Prince Princess Crown Premier Chancellor Director Commander Supreme Leader Marshal ' +
    'Senator Governor Mayor Pope Sheikh Emir Speaker Judge Justice Professor Prof. Rev. Sir Lord Lady Dame First Former ' +
    'Unification Trade Finance National Security Adviser Advisor Assistant Undersecretary Senior Top Lawmaker Rep General ' +
    'Mr Mrs Ms Dr Commissioner Executive Operating Financial Officer Cabinet'
  ).split(' '),
);
/** A title word, also hyphenated ("Secretary-General", "Vice-President"). */
const isTitle = (w: string) =>
  TITLES.has(w) || (w.includes('-') && w.split('-').every((p) => TITLES.has(p)));
const NOT_NAMES = new Set(
  (
    'Ministry Department Agency News Party Council University Times Post Television Group Bank Committee Office House ' +
    'Summit War Peninsula Sea Ocean Airport Island Islands Republic Kingdom Union Nations Force Forces Army Navy Command ' +
    'Institute Center Centre Foundation Association Corp. Inc. Co. Company Ltd Organization Organisation Assembly Congress ' +
    'Senate Court Commission Bureau Service Network Press Daily Journal Review Channel Radio Club League Games Olympics ' +
    'Cup Treaty Agreement Accord Declaration Act Bill Statement Program Programme Plan Initiative Zone Strait Gulf River ' +
    'Mountain Mountains Street Avenue Square Province States City County District Region Hotel Palace Hall Building ' +
    'Tower Bridge Church Temple Museum Park Stadium Day Week Year Affairs Security Defense Foreign Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October ' +
    'November December Korean Korea Koreas Workers Central Democratic People Federal National International Global ' +
    'Reuters Yonhap Xinhua AFP AP Bloomberg CNN BBC Twitter Facebook Google Inc Chairman Prize Award Photo Image ' +
    'Getty Images Analysis Opinion Editorial Update Breaking Related Read More Advertisement Share ' +
    // Heads of company, product and place names that news runs together like
    // a person's ("AirTran Airways", "Dreman Value Management", "Long Beach").
    'Airlines Airways Airplanes Aircraft Aerospace Air Motors Motor Corporation Corp Ltd Ltd. Limited Brothers ' +
    'Partners Management Services Investments Investment Capital Holdings Industries Securities Systems ' +
    'Technologies Wireless Telecom Communications Media Entertainment Insurance Fund Trust Trading Exchange ' +
    'Markets Average Index Reports Studies Research Advisory Factory Plant Flight Store Stores Player Computer ' +
    'Computers Corps Officer Organisations Organizations Board Authority Laboratories Pharmaceuticals Foods ' +
    'Energy Oil Petroleum Railway Railways Beach Valley Heights Springs Lake Bay Coast Station Port Harbor ' +
    'Harbour America Americas Africa Europe Asia Mac MacBook iPhone iPad iPod Windows'
  ).split(' '),
);
/** First words of place names ("New York", "Los Angeles", "North Rhine-Westphalia"). */
const PLACE_LEADS = new Set(
  'New Los Las San Santa St. Saint Fort Port Mount Lake North South East West Upper Lower Greater Long'.split(
    ' ',
  ),
);
/** Titles that news writes inside a run of names ("Microsoft CEO Bill Gates"). */
const INNER_TITLES = new Set('CEO CFO COO CTO MP MEP Head Mr Mrs Ms Dr'.split(' '));
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'del',
  'di',
  'du',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
]);
const SAYS =
  /^,?\s+(?:said|says|told|added|noted|wrote|stated|asked|warned|tweeted|insisted|replied|argued|explained)\b/;
const APPOSITIVE = /^,\s+(?:the|a|an|who|whose|his|her|its|\p{Ll}+ (?:of|for|to|at|on))\b/u;
const PREPOSITIONS =
  /(?:^|\s)(?:for|on|to|toward|towards|with|against|in|at|from|over|about|into|of)\s+$/;
/** Besides role words, a role phrase may name what the role is for ("envoy for North Korea"). */
const GAP_WORDS = new Set(['for', 'on', 'to']);
const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'Person',
  'LastName',
  'Honorific',
]);

let lexicon: Record<string, string | string[]> | undefined;
/** The tags compromise's lexicon gives a word (none when it does not know it). */
function lexiconTags(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tag = lexicon[word.toLowerCase()];
  return Array.isArray(tag) ? tag : tag ? [tag] : [];
}
/** A word compromise knows as a first name ("Mike", "Sarah"). */
function isFirstName(word: string): boolean {
  return lexiconTags(word).some(
    (t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'Person',
  );
}
/** A word compromise knows as something other than a name ("Meanwhile", "Speaking"). */
function isCommonWord(word: string): boolean {
  const tags = lexiconTags(word);
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t) || t === 'ProperNoun');
}

// compromise is the slow path; the same run with the same context gets the same answer.
const memo = new Map<string, boolean>();
function compromiseSaysPerson(run: string, after: string): boolean {
  const key = `${run}\u0000${after}`;
  let yes = memo.get(key);
  if (yes === undefined) {
    const found = nlp(`${run}${after}`).people().json({ offset: true }) as {
      offset: { start: number; length: number };
    }[];
    // The person compromise finds must be the whole run (give or take a final character).
    yes = found.some((p) => p.offset.start === 0 && p.offset.length >= run.length - 1);
    if (memo.size > 5000) memo.clear();
    memo.set(key, yes);
  }
  return yes;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let end = m.index + m[0].length;
    let w = m[0];
    let possessive = false;
    if (/['’]s$/.test(w)) {
      w = w.slice(0, -2);
      end -= 2;
      possessive = true;
    } else if (/['’-]$/.test(w)) {
      w = w.slice(0, -1);
      end -= 1;
    }
    // Initials and abbreviations keep their full stop ("Gen.", "J.").
    if (text[end] === '.' && w.length <= 3 && /^\p{Lu}/u.test(w)) {
      w += '.';
      end += 1;
    }
    if (w) out.push({ start: m.index, end, text: w, possessive });
  }
  return out;
}

const isCap = (w: Word) => /^\p{Lu}/u.test(w.text);

/**
 * Runs of capitalised words in a sentence that no gazetteer mention covers,
 * with leading titles removed; `titled` says a title or role word preceded.
 */
function runsIn(text: string, s: SentenceSpan, taken: (start: number, end: number) => boolean) {
  const words = wordsOf(text, s.start, s.end);
  const runs: { words: Word[]; titled: boolean; titles: Word[] }[] = [];
  let i = 0;
  while (i < words.length) {
    if (!isCap(words[i]!) || taken(words[i]!.start, words[i]!.end)) {
      i++;
      continue;
    }
    const run: Word[] = [words[i]!];
    let j = i + 1;
    while (j < words.length && !run.at(-1)!.possessive) {
      const w = words[j]!;
      const gap = text.slice(run.at(-1)!.end, w.start);
      if (taken(w.start, w.end)) break;
      if (isCap(w) && gap === ' ') run.push(w);
      else if (PARTICLES.has(w.text) && gap === ' ' && words[j + 1] && isCap(words[j + 1]!))
        run.push(w);
      else break;
      j++;
    }
    i = j;
    let k = 0;
    let titled = false;
    // "Alabama Governor Bob Riley", "Microsoft CEO Bill Gates": the name follows the last title.
    for (let t = run.length - 2; t >= 1; t--) {
      const w = run[t]!.text;
      if (isTitle(w) || INNER_TITLES.has(w)) {
        k = t + 1;
        titled = true;
        break;
      }
    }
    while (
      k < run.length &&
      (isTitle(run[k]!.text) ||
        (k === 0 && run[0]!.start === s.start && isCommonWord(run[0]!.text)))
    ) {
      titled ||= isTitle(run[k]!.text) && run[k]!.text !== 'The';
      k++;
    }
    const prev = words[words.indexOf(run[0]!) - 1];
    if (k === 0 && prev && ROLE_WORDS.has(prev.text.toLowerCase()) && prev.text !== 'the')
      titled = true;
    if (k > 0 && INNER_TITLES.has(run[k - 1]!.text)) titled = true;
    let name = run.slice(k);
    // "… for Acquisition Darleen Druyun", "the Navy James Rowe": a word before a first name is no part of it.
    while (
      name.length > 2 &&
      !isFirstName(name[0]!.text) &&
      !EAST_ASIAN_SURNAMES.has(name[0]!.text) &&
      isFirstName(name[1]!.text)
    ) {
      name = name.slice(1);
      k++;
    }
    let t0 = k;
    while (t0 > 0 && (isTitle(run[t0 - 1]!.text) || INNER_TITLES.has(run[t0 - 1]!.text))) t0--;
    const titles = run
      .slice(t0, k)
      .filter((w) => !HONORIFICS.has(w.text) && w.text !== 'The' && w.text !== 'Former');
    // "the Blue Nile", "The Rio Grande": a person is not named after "the" without a title.
    const afterThe = (k === 0 && prev?.text === 'the') || (k === 1 && run[0]!.text === 'The');
    if (
      name.length >= 2 &&
      name.length <= 5 &&
      !(afterThe && !titled) &&
      !PLACE_LEADS.has(name[0]!.text) &&
      !isTitle(name.at(-1)!.text) &&
      !name.some(
        (w, n) =>
          // "Bill" names a law at the end of a name, a man at its start; "Park" heads a
          // place at the end ("Central Park"), a Korean name at the start.
          (NOT_NAMES.has(w.text) &&
            !(n === 0 && (w.text === 'Bill' || EAST_ASIAN_SURNAMES.has(w.text)))) ||
          /^\p{Lu}{2,}$/u.test(w.text) ||
          // Names have no digits ("Airbus A380", "MP3 Player").
          /\d/.test(w.text),
      )
    )
      runs.push({ words: name, titled, titles });
  }
  return runs;
}

/**
 * The country a person's context gives: a role phrase before the name
 * ("North Korean leader X", "Japan's foreign minister X", "his South Korean
 * counterpart, X") or an appositive after it ("X, the U.S. envoy", "X of
 * China's Foreign Ministry"). `mentions` are the article's gazetteer and
 * institution mentions, sorted by start.
 */
function contextCountry(
  text: string,
  sentence: SentenceSpan,
  start: number,
  end: number,
  mentions: readonly Mention[],
): string | null {
  const before = mentions.filter((m) => m.end <= start && m.start >= sentence.start && m.country);
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i]!;
    const gap = text.slice(m.end, start).replace(/^['’]s/, '');
    const words = gap.split(/[\s,]+/).filter(Boolean);
    // "Qatar's Prime Minister and Foreign Minister X": two offices joined by "and".
    const ok = (w: string, i: number) =>
      ROLE_WORDS.has(w.toLowerCase()) ||
      GAP_WORDS.has(w) ||
      /^\p{Lu}/u.test(w) ||
      (w === 'and' && i > 0 && ROLE_NOUNS.has(words[i - 1]!.toLowerCase()));
    // "the Prime Minister of Singapore, Mr. Lee", "the head of the British union Unite, X".
    const office = titleOf(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    if (office && words.length <= 4 && /,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/.test(gap))
      return m.country;
    if (words.length > 8 || !words.every(ok)) break;
    // "the envoy for North Korea Stephen Biegun" is no North Korean, but "a call
    // with Turkish Foreign Minister X" is a Turk: a demonym qualifies whatever precedes it.
    if (
      m.form === 'demonym' ||
      !PREPOSITIONS.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))
    )
      return m.country;
  }
  const tail = text.slice(end, Math.min(sentence.end, end + 120));
  const of = /^\s+of\s+/.exec(tail);
  const appositive = /^,\s+/.exec(tail);
  if (!of && !appositive) return null;
  // The appositive runs to the next comma ("X, the U.S. envoy, said"); "of" to the clause end.
  const close = tail.slice(1).search(/[,;(]/);
  const stop = end + Math.min(close < 0 ? tail.length : close + 1, 90);
  const after = mentions.filter(
    (m) => m.start >= end && m.end <= stop && m.country && m.kind !== 'person',
  );
  if (of && after[0]?.start === end + of[0].length) return after[0].country;
  const possessiveOrOrg = (m: (typeof after)[number]) =>
    m.kind === 'organization' || /^['’]s\b/.test(text.slice(m.end, m.end + 3));
  for (const m of after) {
    const lead = text.slice(Math.max(end, m.start - 12), m.start);
    // "X, a professor at the University of Tehran": a school places its scholar.
    if (/\b(?:University|Institute|Academy|College) of\s+$/.test(text.slice(end, m.start)))
      return m.country;
    // "X, Prime Minister of Canada": the country of the office.
    if (appositive && titleOf(text.slice(Math.max(end, m.start - 40), m.start))) return m.country;
    if (!PREPOSITIONS.test(lead) || possessiveOrOrg(m)) {
      const office = titleOf(text.slice(Math.max(end, m.start - 40), m.start));
      if (/\bof\s+$/.test(lead) && !possessiveOrOrg(m) && !office) continue;
      return m.country;
    }
  }
  return null;
}

const HONORIFICS = new Set('Mr. Mrs. Ms. Dr. Mr Mrs Ms Dr Sir Lord Lady Dame'.split(' '));
const ARTICLES = new Set(['the', 'his', 'her', 'its', 'their', 'of', 'state', 'a', 'an']);

/**
 * The office the words around a name give: role words before it ("economy
 * minister X"), a title "of" a place before it ("the Prime Minister of
 * Singapore, Mr. X") or an apposition after it ("X, Prime Minister of Canada").
 */
function roleAround(text: string, s: SentenceSpan, start: number, end: number): string | null {
  const lead = text.slice(Math.max(s.start, start - 60), start);
  const before = /((?:[\p{Ll}-]+\s+){1,3})$/u.exec(lead);
  if (before) {
    const words = before[1]!.trim().split(/\s+/);
    while (words.length && !ROLE_WORDS.has(words[0]!)) words.shift();
    if (words.length && words.every((w) => ROLE_WORDS.has(w) && !ARTICLES.has(w)))
      if (ROLE_NOUNS.has(words.at(-1)!)) return words.join(' ');
  }
  const office =
    /((?:\p{Lu}[\p{L}-]*\s+){0,2}[\p{L}-]+)\s+of\s+[^,;.]{2,40},\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/u.exec(
      lead,
    );
  if (office && ROLE_NOUNS.has(office[1]!.split(/\s+/).at(-1)!.toLowerCase())) return office[1]!;
  const after = /^,\s+(?:the\s+|an?\s+)?([^,.;:\n"“”()]{2,60}?)\s*(?=[,.;:\n"“”()]|$)/.exec(
    text.slice(end, Math.min(s.end, end + 80)),
  );
  // "…, a Romanian official said Friday": a clause of its own, not an apposition.
  if (after && /\b(?:said|says|told|added|reported|announced)\b/.test(after[1]!)) return null;
  if (after && after[1]!.split(/\s+/).some((w) => ROLE_NOUNS.has(w.toLowerCase())))
    return after[1]!;
  return null;
}

/** The title words before a name, with the office they complete ("Secretary of State"). */
function titleOfRun(text: string, s: SentenceSpan, titles: readonly Word[]): string {
  const own = titles.map((w) => w.text).join(' ');
  const lead = /((?:\p{Lu}[\p{L}-]*\s+)+)of\s+$/u.exec(
    text.slice(Math.max(s.start, titles[0]!.start - 40), titles[0]!.start),
  );
  if (!lead) return own;
  const words = lead[1]!.trim().split(/\s+/);
  while (words.length && !isTitle(words[0]!)) words.shift();
  return words.length ? `${words.join(' ')} of ${own}` : own;
}

/** An office held "of" what follows: "Prime Minister of ", "the head of the ". */
function titleOf(lead: string): boolean {
  const m = /([\p{L}-]+)\s+of\s+(?:the\s+)?$/u.exec(lead);
  return !!m && (ROLE_NOUNS.has(m[1]!.toLowerCase()) || m[1]!.toLowerCase() === 'head');
}

/** Whole-word occurrences of `w` in `text` that `skip` does not reject. */
function countAlone(text: string, w: string, skip: (at: number) => boolean): number {
  let n = 0;
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = text[at - 1];
    const after = text[at + w.length];
    if (before && /[\p{L}\p{N}]/u.test(before)) continue;
    if (after && /[\p{L}\p{N}]/u.test(after)) continue;
    if (!skip(at)) n++;
  }
  return n;
}

/**
 * News shortens a person to the surname ("Mulally") but a company to its first
 * word ("Northrop", "Lockheed"): a name whose first word stands alone in the
 * article while its last word never does is a company's. Korean and Chinese
 * names, shortened to the family name that comes first, are exempt.
 */
function namedLikeCompany(text: string, words: readonly Word[]): boolean {
  const first = words[0]!.text;
  const last = words.at(-1)!.text;
  if (EAST_ASIAN_SURNAMES.has(first) || first.endsWith('.')) return false;
  // "Steve" of "Steve Jobs" is not alone when the name is Steve Wozniak.
  const firstAlone = countAlone(text, first, (at) =>
    /^\s\p{Lu}/u.test(text.slice(at + first.length, at + first.length + 2)),
  );
  if (firstAlone === 0) return false;
  const lastAlone = countAlone(text, last, (at) => {
    const head = text.slice(Math.max(0, at - 40), at);
    return /[\p{L}.'’-]\s$/u.test(head) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(head);
  });
  return lastAlone === 0;
}

/**
 * Runs of two to five capitalised words that name people, in the sentences
 * given; `taken` tells which characters a gazetteer mention already covers.
 */
export function findPeople(
  text: string,
  sentences: readonly SentenceSpan[],
  taken: (start: number, end: number) => boolean,
  mentions: readonly Mention[],
): PersonCandidate[] {
  const out: PersonCandidate[] = [];
  for (const s of sentences) {
    for (const { words, titled, titles } of runsIn(text, s, taken)) {
      const start = words[0]!.start;
      const end = words.at(-1)!.end;
      const run = text.slice(start, end);
      const after = text.slice(end, Math.min(s.end, end + 40));
      const first = words[0]!.text;
      const person =
        titled ||
        SAYS.test(after) ||
        APPOSITIVE.test(after) ||
        /\b(?:said|according to|by|told|from)\s+$/.test(
          text.slice(Math.max(s.start, start - 14), start),
        ) ||
        (isFirstName(first) && !isCommonWord(words[1]!.text)) ||
        (EAST_ASIAN_SURNAMES.has(first) &&
          words.length <= 3 &&
          words.slice(1).every((w) => w.text.length <= 9)) ||
        compromiseSaysPerson(run, after.split(/\s+/).slice(0, 4).join(' '));
      if (!person || (!titled && namedLikeCompany(text, words))) continue;
      out.push({
        start,
        end,
        text: run,
        country: contextCountry(text, s, start, end, mentions),
        role: titles.length ? titleOfRun(text, s, titles) : roleAround(text, s, start, end),
      });
    }
  }
  return out;
}
