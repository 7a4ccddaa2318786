/**
 * The cast of a synthetic dataset: 40 real countries (ISO ids and names from
 * world-countries) ranked by how busy they are, a few invented people in each,
 * and invented publishers. People and publishers are made up on purpose, so
 * that nobody mistakes benchmark data for reporting about a real person.
 */
import countries from 'world-countries';
import type { Actor } from '../shared/schema';
import type { Random } from './random';

/**
 * Countries in order of activity: rank r gets weight 1/r^ZIPF_EXPONENT, so a
 * handful of busy countries dominate as they do in real news.
 */
// prettier-ignore
export const COUNTRY_IDS = [
  'us', 'cn', 'ru', 'ir', 'kp', 'il', 'ua', 'gb', 'fr', 'de',
  'in', 'jp', 'kr', 'tr', 'sa', 'pk', 'sy', 'iq', 'af', 'eg',
  've', 'br', 'mx', 'za', 'ng', 'et', 'id', 'ph', 'vn', 'au',
  'ca', 'it', 'pl', 'by', 'rs', 'cu', 'ly', 'ye', 'qa', 'ae',
] as const;

export const ZIPF_EXPONENT = 1.1;

/** Names that take "the" in running text ("accused the United States"). */
const WITH_ARTICLE = new Set(['us', 'gb', 'ph', 'ae']);
// Where world-countries' forms read oddly in a news sentence.
const DEMONYM_OVERRIDES: Record<string, string> = { sa: 'Saudi' };
const CAPITAL_OVERRIDES: Record<string, string> = { us: 'Washington' };

/** A country as the sentence builder needs it. */
export interface Country {
  id: string;
  /** Headline form: "United States". */
  name: string;
  /** Running-text form: "the United States". */
  inText: string;
  demonym: string;
  /** The capital, used as a metonym for the government ("Tehran said"). */
  capital: string;
}

/** A person as the sentence builder needs it. */
export interface Person {
  id: string;
  country: string;
  fullName: string;
  surname: string;
  /** "Foreign Minister", capitalised as a title before a name. */
  title: string;
}

export function loadCountries(): Country[] {
  const byId = new Map(countries.map((c) => [c.cca2.toLowerCase(), c]));
  return COUNTRY_IDS.map((id) => {
    const c = byId.get(id);
    if (!c) throw new Error(`world-countries has no country "${id}"`);
    const name = c.name.common;
    return {
      id,
      name,
      inText: WITH_ARTICLE.has(id) ? `the ${name}` : name,
      demonym: DEMONYM_OVERRIDES[id] ?? c.demonyms.eng?.m ?? name,
      capital: CAPITAL_OVERRIDES[id] ?? c.capital[0] ?? name,
    };
  });
}

const TITLES = ['President', 'Foreign Minister', 'Defence Minister'];
// prettier-ignore
const SYLLABLES = [
  'ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'va', 'del', 'an', 'bri', 'cor', 'el', 'fin', 'gar',
  'ha', 'is', 'jo', 'ley', 'mar', 'nor', 'ol', 'pe', 'quin', 'ros', 'sil', 'tam', 'ul', 'ven',
  'wyn', 'zel', 'dar', 'io', 'ne', 'tu', 'bex', 'lan',
];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A made-up name of a few syllables, never the same one twice running ("Haha"). */
function word(rng: Random, parts: number): string {
  const syllables: string[] = [];
  while (syllables.length < parts) {
    const next = rng.pick(SYLLABLES);
    if (next !== syllables[syllables.length - 1]) syllables.push(next);
  }
  return capitalise(syllables.join(''));
}

/** Three invented office-holders per country, with names unique in the dataset. */
export function makePersons(rng: Random, cast: readonly Country[]): Person[] {
  const taken = new Set<string>();
  const persons: Person[] = [];
  for (const country of cast) {
    for (const title of TITLES) {
      let given: string;
      let surname: string;
      do {
        given = word(rng, 2);
        surname = word(rng, rng.int(2, 3));
      } while (taken.has(`${given} ${surname}`));
      taken.add(`${given} ${surname}`);
      const fullName = `${given} ${surname}`;
      persons.push({
        id: `${country.id}-${fullName.toLowerCase().replace(/ /g, '-')}`,
        country: country.id,
        fullName,
        surname,
        title,
      });
    }
  }
  return persons;
}

/** A country's people, in the order they were made. */
export function peopleByCountry(
  persons: readonly Person[],
): (country: string) => readonly Person[] {
  const map = new Map<string, Person[]>();
  for (const p of persons) {
    const list = map.get(p.country);
    if (list) list.push(p);
    else map.set(p.country, [p]);
  }
  return (country) => map.get(country) ?? [];
}

/** The actor records: countries by id, then people by id, as the compiler orders them. */
export function toActors(cast: readonly Country[], persons: readonly Person[]): Actor[] {
  const byName = new Map(cast.map((c) => [c.id, c]));
  const countryActors: Actor[] = [...cast]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((c) => ({
      id: c.id,
      kind: 'country',
      name: c.name,
      aliases: [c.demonym, c.capital],
      country: c.id,
      role: null,
    }));
  const personActors: Actor[] = [...persons]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((p) => ({
      id: p.id,
      kind: 'person',
      name: p.fullName,
      aliases: [p.surname],
      country: p.country,
      role: `${p.title} of ${byName.get(p.country)!.inText}`,
    }));
  return [...countryActors, ...personActors];
}

/** Invented outlets and wire services (`.example` is a reserved domain). */
export const PUBLISHERS = [
  'The Meridian Post',
  'Harbour City Herald',
  'Northgate Times',
  'The Global Dispatch',
  'Continental Review',
  'Lakeside Tribune',
  'Atlas Daily',
  'The Evening Ledger',
];
export const WIRES = ['Compass Wire', 'Orbit News Service', 'Anchor Press Agency'];

export const publisherSlug = (publisher: string): string =>
  publisher
    .toLowerCase()
    .replace(/^the /, '')
    .replace(/[^a-z]+/g, '-');
