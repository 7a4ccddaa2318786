/**
 * The actor gazetteer as a matcher: every country of `world-countries` (names,
 * useful alternative spellings, English demonyms, capitals as metonyms) merged
 * with the curated actors (which win on conflicts), compiled once per compile
 * into a character trie so that an article is scanned in one pass.
 *
 * Names are matched case-sensitively: "Chad" the country and "chad" never
 * meet, and a capital's surname reading is handled by the guards below.
 */
import countries from 'world-countries';
import type { Gazetteer } from '../curation';
import type { ActorMention, ActorRecord } from '../extraction';

/** What a matched surface form means. */
export type GazetteerEntry =
  | {
      type: 'actor';
      actorId: string;
      form: ActorMention['form'];
      /** Needs the guard against a person's name around it ("George Washington"). */
      guarded: boolean;
      /** Accepted only when the article also names the actor unambiguously (Georgia). */
      needsCue: boolean;
    }
  /** A bare surname ("Kim"); resolved per article to the nearest full name. */
  | { type: 'surname'; surname: string }
  /** A longer name that merely contains an actor's name ("New Jersey", "Indian Ocean"). */
  | { type: 'block' };

export interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: GazetteerEntry;
}

export interface GazetteerIndex {
  actors: ReadonlyMap<string, ActorRecord>;
  /** Character trie over every surface form (apostrophes and spaces normalised). */
  root: TrieNode;
  /** Surname → the known people who bear it (gazetteer order). */
  surnames: ReadonlyMap<string, readonly string[]>;
  /** Surnames that the curators listed as an alias of exactly one person ("Pompeo"). */
  surnameDefaults: ReadonlyMap<string, string>;
  /** Exact place/country names (title case) → country id, for all-caps datelines. */
  places: ReadonlyMap<string, string>;
  /** `${country}|${head slug}` → organization id ("us|state-department"). */
  institutions: ReadonlyMap<string, string>;
  /** Country id → its forms that may start an institution ("Japan", "Japanese", "US"). */
  countryForms: ReadonlyMap<string, readonly string[]>;
  /** Words whose presence confirms an ambiguous country (Georgia: "Tbilisi"). */
  cues: ReadonlyMap<string, readonly string[]>;
}

/*
 * Choices for names that are also common words or people in English news:
 * - Capitals that are first names or many places (Victoria, Kingston, Sofia,
 *   Male, Georgetown …) are not metonyms at all.
 * - "Georgia", "Jordan", "Chad" need a cue (their capital, demonym or region)
 *   somewhere in the article, and never count after a first name ("Michael
 *   Jordan") or before another name ("Jordan Peterson").
 * - Metonyms ("Washington") are likewise guarded: not in "George Washington",
 *   "Washington Post", "Beijing Olympics".
 * - Bare "Korea" is not matched: it is ambiguous between the two Koreas and
 *   mostly occurs in "Korean Peninsula", "Korean War" and so on.
 * - Longer names that contain a country are blocked ("Papua New Guinea" is its
 *   own country; "New Jersey", "South China Sea", "Indian Ocean" are no actor).
 */
const SKIP_CAPITALS = new Set(
  "Victoria;Kingston;Sofia;Malé;Male;Moroni;Georgetown;Castries;Roseau;Praia;Saint John’s;Saint John's;Valletta;Avarua;The Valley;City of Victoria;Hamilton;Douglas;Stanley;Plymouth;Jamestown;Washington D.C.".split(
    ';',
  ),
);
const SKIP_ALT = new Set(
  'Island;Mann;Mannin;Dominique;Emirates;Prathet;Viti;Guiana;Timor;Congo;Saudi;Thai;Nippon;Nihon;Holland'.split(
    ';',
  ),
);
const EXTRA: Record<string, { aliases?: string[]; demonyms?: string[]; metonyms?: string[] }> = {
  gb: {
    aliases: ['Britain', 'U.K.', 'UK', 'the United Kingdom'],
    demonyms: ['Briton', 'Britons'],
    metonyms: ['Downing Street', 'Whitehall'],
  },
  tr: { aliases: ['Turkey'], demonyms: ['Turk', 'Turks'] },
  us: { aliases: ['U.S.A.', 'USA'], metonyms: ['Washington, D.C.', 'Washington DC'] },
  sa: { aliases: ['Saudi Arabia'], demonyms: ['Saudi', 'Saudis'], metonyms: [] },
  th: { demonyms: ['Thai', 'Thais'] },
  nl: { aliases: ['the Netherlands'], demonyms: ['Dutch'] },
  cz: { aliases: ['Czech Republic'], demonyms: ['Czechs'] },
  ua: { metonyms: ['Kiev'] },
  ir: { metonyms: ['Teheran'] },
  in: { metonyms: ['Delhi'] },
  il: { metonyms: ['Tel Aviv'] },
  mm: { aliases: ['Burma'] },
  cd: { aliases: ['Congo'] },
  va: { metonyms: ['the Vatican', 'Holy See'] },
  // Adjectives wire copy uses that world-countries lacks ("Philippine President").
  ph: { demonyms: ['Philippine'] },
  kz: { demonyms: ['Kazakh', 'Kazakhs'] },
  uz: { demonyms: ['Uzbek', 'Uzbeks'] },
  ar: { demonyms: ['Argentinian', 'Argentinians'] },
  lk: { demonyms: ['Sri Lankan', 'Sri Lankans'] },
  za: { demonyms: ['South African', 'South Africans'] },
  // Seats of government that speak for their country.
  fr: { metonyms: ['the Elysee', 'Elysee Palace', 'the Élysée', 'Élysée Palace'] },
  cn: { metonyms: ['Zhongnanhai'] },
};
/** Country ids whose plain name needs a cue (see above), with the cues. */
const CUES: Record<string, string[]> = {
  ge: ['Tbilisi', 'Georgian', 'Caucasus', 'Abkhazia', 'Ossetia', 'Soviet'],
  jo: ['Amman', 'Jordanian', 'Hashemite', 'King Abdullah'],
  td: ['Chadian', 'Sahel', 'N’Djamena', "N'Djamena"],
};
/** When two countries share a demonym, the one news means. */
const DEMONYM_OWNER: Record<string, string> = Object.fromEntries(
  'Dominican:do Congolese:cd Indian:in French:fr Dutch:nl Norwegian:no American:us British:gb Chinese:cn'
    .split(' ')
    .map((kv) => kv.split(':')),
);
const BLOCKED =
  'New Jersey;Jersey City;New Mexico;New Guinea;Mexico City;South China Sea;East China Sea;South China Morning Post;China Daily;Indian Ocean;Sea of Japan;Latin America;Latin American;South America;North America;Central America;Voice of America;Bank of America;Georgia Tech;Washington Post;Washington Times;Washington State;George Washington;Korean Peninsula;Turkey Point;Persian Gulf;Arabian Sea;Korean War'.split(
    ';',
  );
/** International organizations news names constantly (not in world-countries). */
const INTERNATIONAL: { id: string; name: string; aliases: string[] }[] = [
  { id: 'un', name: 'United Nations', aliases: ['UN', 'U.N.', 'the United Nations'] },
  { id: 'eu', name: 'European Union', aliases: ['EU', 'E.U.', 'the European Union'] },
  { id: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'asean', name: 'ASEAN', aliases: ['Association of Southeast Asian Nations'] },
  { id: 'iaea', name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { id: 'imf', name: 'International Monetary Fund', aliases: ['IMF'] },
  { id: 'african-union', name: 'African Union', aliases: [] },
  { id: 'arab-league', name: 'Arab League', aliases: [] },
];

/** A curated country alias that names a region in other stories ("the North", "the South"). */
const GENERIC_COUNTRY_ALIAS = /^the (?:North|South|East|West)$/i;

const LATIN = /^[A-Za-z\u00C0-\u024F' .’-]+$/;

/**
 * Actor ids: a lower-case, hyphen-joined ASCII-ish slug ("Kim Jong-un" →
 * "kim-jong-un") in which apostrophes and full stops vanish ("U.S." → "us");
 * source and event ids use prepare-sources' `slug`, which keeps them as breaks.
 */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Normalise a character for matching: curly apostrophes and odd spaces. */
export function normChar(c: string): string {
  if (c === '’' || c === '‘') return "'";
  if (c === '\u00a0' || c === '\t' || c === ' ') return ' ';
  if (c === '‐' || c === '‑') return '-';
  return c;
}

const EAST_ASIAN = new Set(['kp', 'kr', 'cn', 'tw', 'hk', 'mo']);
/** Common Korean and Chinese family names (romanised as in news). */
export const EAST_ASIAN_SURNAMES = new Set(
  (
    'Kim Lee Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Im Han Oh Seo Shin Kwon Hwang Ahn An ' +
    'Song Yoo Yu Hong Jeon Ko Moon Mun Yang Son Bae Baek Paek Heo Nam Noh Ro Ri Rhee Yi Wang Li Zhang Liu Chen Huang Zhao ' +
    'Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Xi Hua Geng Qin Wen Deng Mao Jiang Fu Cui Shen Dong Xie Tang Feng Cao Peng ' +
    'Zeng Lu Su Ye Wei Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi Yao Tan Liao Zou Xiong Jin Hao Kong Bai Yan Ding Chu'
  ).split(' '),
);

/**
 * The surname a person is called by: the family name first for Korean and
 * Chinese names ("Kim Jong Un", "Ri Yong-ho"), the last word otherwise
 * ("Sung Kim", "Mike Pompeo"), with particles ("Van Susteren").
 */
export function surnameOf(name: string, country: string | null): string | null {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  const first = words[0]!;
  const last = words.at(-1)!;
  const familyFirst =
    EAST_ASIAN_SURNAMES.has(first) &&
    (country === null
      ? words.length >= 3 || last.includes('-') || !EAST_ASIAN_SURNAMES.has(last)
      : EAST_ASIAN.has(country));
  if (familyFirst) return first;
  let i = words.length - 1;
  while (
    i > 1 &&
    /^(?:van|von|de|der|den|da|del|di|du|la|le|bin|ibn|al|El|Van|Von|De)$/.test(words[i - 1]!)
  )
    i--;
  return (
    words
      .slice(i)
      .join(' ')
      .replace(/,?\s*(?:Jr\.?|Sr\.?|II|III)$/, '') || null
  );
}

function insert(root: TrieNode, key: string, entry: GazetteerEntry, override: boolean): void {
  let node = root;
  for (const ch of key) {
    const c = normChar(ch);
    let next = node.next.get(c);
    if (!next) node.next.set(c, (next = { next: new Map() }));
    node = next;
  }
  if (override || !node.entry) node.entry = entry;
}

function pluralDemonym(d: string): string | null {
  return /(?:ese|ish|ch|ss|s|x|z)$/.test(d) ? null : `${d}s`;
}

/** Build the matcher once per compile: world-countries merged with the curated actors. */
export function buildGazetteer(curated: Gazetteer): GazetteerIndex {
  const actors = new Map<string, ActorRecord>();
  const root: TrieNode = { next: new Map() };
  const places = new Map<string, string>();
  const countryForms = new Map<string, string[]>();
  const cues = new Map<string, string[]>(Object.entries(CUES));
  const surnames = new Map<string, string[]>();
  const surnameDefaults = new Map<string, string>();
  const institutions = new Map<string, string>();

  const add = (key: string, entry: GazetteerEntry, curatedKey: boolean) => {
    if (!key.trim()) return;
    insert(root, key, entry, curatedKey);
    // "the North" also opens a sentence as "The North".
    if (key.startsWith('the ')) insert(root, `The${key.slice(3)}`, entry, curatedKey);
  };
  const actor = (id: string, form: ActorMention['form'], guarded = false, needsCue = false) =>
    ({ type: 'actor', actorId: id, form, guarded, needsCue }) as const;
  const formsOf = (id: string) => {
    let list = countryForms.get(id);
    if (!list) countryForms.set(id, (list = []));
    return list;
  };

  // Curated countries first, so that their forms win.
  const curatedIds = new Set(curated.countries.map((c) => c.id));
  for (const c of curated.countries) {
    const extra = EXTRA[c.id] ?? {};
    const aliases = [...c.aliases, ...(extra.aliases ?? [])];
    actors.set(c.id, {
      id: c.id,
      kind: 'country',
      name: c.name,
      aliases: [...aliases, ...c.demonyms, ...c.metonyms],
      country: c.id,
      role: null,
      origin: 'gazetteer',
    });
    add(c.name, actor(c.id, 'name'), true);
    for (const a of aliases) {
      // "the North" is North Korea only in an article that names North Korea.
      const generic = GENERIC_COUNTRY_ALIAS.test(a);
      if (generic)
        cues.set(c.id, [
          c.name,
          ...c.demonyms,
          ...c.metonyms,
          ...aliases.filter((x) => !GENERIC_COUNTRY_ALIAS.test(x)),
        ]);
      add(a, actor(c.id, 'alias', false, generic), true);
    }
    for (const d of [...c.demonyms, ...(extra.demonyms ?? [])])
      add(d, actor(c.id, 'demonym'), true);
    for (const m of [...c.metonyms, ...(extra.metonyms ?? [])]) {
      add(m, actor(c.id, 'metonym', !m.startsWith('the ')), true);
      if (!m.startsWith('the ')) places.set(m, c.id);
    }
    places.set(c.name, c.id);
    formsOf(c.id).push(c.name, ...aliases, ...c.demonyms);
  }

  // UN members first so that a shared demonym goes to the state, not a territory.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  const demonymTaken = new Set<string>();
  for (const c of ordered) {
    const id = c.cca2.toLowerCase();
    const extra = EXTRA[id] ?? {};
    const known = curatedIds.has(id);
    const cue = cues.has(id);
    const names = [c.name.common, c.name.official, ...(extra.aliases ?? [])];
    const alts = c.altSpellings.filter(
      (a) =>
        LATIN.test(a) &&
        !SKIP_ALT.has(a) &&
        a.toUpperCase() !== c.cca2 &&
        (a.length > 2 || a === 'UK') &&
        !names.includes(a),
    );
    const demonyms = [
      ...new Set(
        [c.demonyms.eng?.m, c.demonyms.eng?.f, ...(extra.demonyms ?? [])]
          .filter((d): d is string => !!d)
          .flatMap((d) => d.split(/,\s*|\s+or\s+/)),
      ),
    ].filter((d) => LATIN.test(d) && (DEMONYM_OWNER[d] ?? id) === id && !demonymTaken.has(d));
    const capitals = c.independent
      ? [
          ...c.capital.filter((k) => LATIN.test(k) && !SKIP_CAPITALS.has(k)),
          ...(extra.metonyms ?? []),
        ]
      : [];
    if (!known) {
      actors.set(id, {
        id,
        kind: 'country',
        name: c.name.common,
        aliases: [...new Set([...names.slice(1), ...alts, ...demonyms, ...capitals])],
        country: id,
        role: null,
        origin: 'gazetteer',
      });
    }
    for (const n of names)
      if (LATIN.test(n)) add(n, actor(id, n === names[0] ? 'name' : 'alias', cue, cue), false);
    for (const a of alts) add(a, actor(id, 'alias'), false);
    for (const d of demonyms) {
      demonymTaken.add(d);
      add(d, actor(id, 'demonym'), false);
      const plural = pluralDemonym(d);
      if (plural) add(plural, actor(id, 'demonym'), false);
    }
    for (const k of capitals) {
      add(k, actor(id, 'metonym', true), false);
      if (!places.has(k)) places.set(k, id);
    }
    for (const n of names) if (!places.has(n) && !cue) places.set(n, id);
    formsOf(id).push(...names, ...alts.filter((a) => /^[A-Z]/.test(a)), ...demonyms);
  }
  for (const b of BLOCKED) add(b, { type: 'block' }, true);

  for (const o of INTERNATIONAL) {
    if (!actors.has(o.id)) {
      actors.set(o.id, {
        ...o,
        kind: 'organization',
        country: null,
        role: null,
        origin: 'gazetteer',
      });
      for (const k of [o.name, ...o.aliases])
        add(k, actor(o.id, k === o.name ? 'name' : 'alias'), false);
    }
  }

  for (const o of curated.organizations) {
    actors.set(o.id, { ...o, kind: 'organization', origin: 'gazetteer' });
    add(o.name, actor(o.id, 'name'), true);
    // "the Times" is The New York Times only where the article names it in full.
    const full = o.name.replace(/^the /i, '');
    for (const a of o.aliases) {
      const short = /^the (\S+)$/i.exec(a)?.[1];
      const generic = !!short && full !== short && full.endsWith(` ${short}`);
      if (generic) cues.set(o.id, [full]);
      add(a, actor(o.id, 'alias', false, generic), true);
    }
    if (o.country) {
      // "US State Department" and "State Department" both name us|state-department.
      const forms = countryForms.get(o.country) ?? [];
      for (const n of [o.name, ...o.aliases]) {
        let head = n.replace(/^the /i, '');
        for (const f of forms) {
          for (const p of [`${f}'s `, `${f}’s `, `${f} `])
            if (head.startsWith(p)) head = head.slice(p.length);
        }
        const key = `${o.country}|${institutionSlug(head)}`;
        if (!institutions.has(key)) institutions.set(key, o.id);
      }
    }
  }

  for (const p of curated.people) {
    actors.set(p.id, { ...p, kind: 'person', origin: 'gazetteer' });
    add(p.name, actor(p.id, 'name'), true);
    const own = new Set<string>();
    const s = surnameOf(p.name, p.country);
    if (s) own.add(s);
    for (const a of p.aliases) {
      // A one-word alias is a surname: resolved per article like any other.
      if (!a.includes(' ') && (a === s || a === p.name.split(' ')[0])) {
        own.add(a);
        surnameDefaults.set(a, surnameDefaults.has(a) ? '' : p.id);
      } else add(a, actor(p.id, 'alias'), true);
    }
    for (const sn of own) {
      const list = surnames.get(sn) ?? [];
      list.push(p.id);
      surnames.set(sn, list);
      insert(root, sn, { type: 'surname', surname: sn }, false);
    }
  }
  for (const [k, v] of surnameDefaults) if (!v) surnameDefaults.delete(k);

  return { actors, root, surnames, surnameDefaults, places, institutions, countryForms, cues };
}

/** Canonical slug of an institution head ("Ministry of Foreign Affairs" → "foreign-ministry"). */
export function institutionSlug(head: string): string {
  let h = head.toLowerCase().replace(/defence/g, 'defense');
  h = h.replace(/^ministry of (?:foreign affairs|foreign relations)$/, 'foreign ministry');
  h = h.replace(/^foreign affairs ministry$/, 'foreign ministry');
  h = h.replace(/^ministry of (?:the )?([a-z ]+)$/, '$1 ministry');
  h = h.replace(/^(?:armed forces|military)$/, 'military');
  h = h.replace(/^spy agency$/, 'intelligence agency');
  return slugify(h);
}
