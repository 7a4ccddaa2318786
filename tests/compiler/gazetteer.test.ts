import { describe, expect, it } from 'vitest';
import actorsJson from '../../data/curation/actors.json';
import { GazetteerSchema } from '../../src/compiler/curation';
import {
  buildGazetteer,
  institutionSlug,
  slugify,
  surnameOf,
  type GazetteerIndex,
  type TrieNode,
} from '../../src/compiler/stages/gazetteer';

const g = buildGazetteer(GazetteerSchema.parse(actorsJson));

/** The entry an exact key reaches in the trie (apostrophes normalised). */
function lookup(index: GazetteerIndex, key: string) {
  let node: TrieNode | undefined = index.root;
  for (const ch of key.replace(/’/g, "'")) node = node?.next.get(ch);
  return node?.entry;
}

describe('buildGazetteer', () => {
  it('holds every world country plus the curated people and organizations', () => {
    const countries = [...g.actors.values()].filter((a) => a.kind === 'country');
    expect(countries.length).toBeGreaterThanOrEqual(245);
    expect(g.actors.get('kim-jong-un')?.kind).toBe('person');
    expect(g.actors.get('kcna')?.kind).toBe('organization');
    // Curated wins: its name and origin for the countries it lists.
    expect(g.actors.get('us')?.name).toBe('United States');
    expect(g.actors.get('fr')?.name).toBe('France');
  });

  it.each([
    ['France', 'fr', 'name'],
    ['French Republic', 'fr', 'alias'],
    ['USA', 'us', 'alias'],
    ['DPRK', 'kp', 'alias'],
    ['North Koreans', 'kp', 'demonym'],
    ['Germans', 'de', 'demonym'],
    ['Israelis', 'il', 'demonym'],
    ['Pyongyang', 'kp', 'metonym'],
    ['Berlin', 'de', 'metonym'],
    ['the White House', 'us', 'metonym'],
    ['The North', 'kp', 'alias'],
    ['Britain', 'gb', 'alias'],
    ['Turkey', 'tr', 'alias'],
    ['Papua New Guinea', 'pg', 'name'],
    ['American', 'us', 'demonym'],
    ['Dominican', 'do', 'demonym'],
  ])('%s → %s (%s)', (key, id, form) => {
    const e = lookup(g, key);
    expect(e).toMatchObject({ type: 'actor', actorId: id, form });
  });

  it.each(['KP', 'FR', 'Korea', 'Victoria', 'Kingston', 'Island', '조선', 'Nihon'])(
    'does not index %s as an actor',
    (key) => {
      expect(lookup(g, key)?.type === 'actor').toBe(false);
    },
  );

  it('flags names that are also people or places elsewhere', () => {
    expect(lookup(g, 'Georgia')).toMatchObject({ needsCue: true, guarded: true });
    expect(lookup(g, 'Jordan')).toMatchObject({ needsCue: true });
    expect(lookup(g, 'Washington')).toMatchObject({ guarded: true });
    expect(lookup(g, 'New Jersey')).toEqual({ type: 'block' });
    expect(lookup(g, 'South China Sea')).toEqual({ type: 'block' });
  });

  it('indexes surnames of known people, shared ones with every bearer', () => {
    expect(g.surnames.get('Kim')).toEqual(expect.arrayContaining(['kim-jong-un', 'sung-kim']));
    expect(g.surnames.get('Ri')).toEqual(['ri-yong-ho']);
    expect(g.surnameDefaults.get('Pompeo')).toBe('mike-pompeo');
    expect(g.surnameDefaults.has('Kim')).toBe(false);
    expect(lookup(g, 'Kim')).toEqual({ type: 'surname', surname: 'Kim' });
  });

  it('maps institutions of curated organizations by country and head', () => {
    expect(g.institutions.get('us|state-department')).toBe('us-state-department');
    expect(g.institutions.get('kp|foreign-ministry')).toBe('kp-foreign-ministry');
    expect(g.institutions.get('us|defense-department')).toBe('pentagon');
    expect(g.institutions.get('kp|state-media')).toBe('kcna');
  });

  it('knows places for datelines', () => {
    expect(g.places.get('Seoul')).toBe('kr');
    expect(g.places.get('Ankara')).toBe('tr');
    expect(g.places.get('Washington')).toBe('us');
    expect(g.places.get('New Delhi')).toBe('in');
  });
});

describe('surnameOf', () => {
  it.each([
    ['Kim Jong Un', 'kp', 'Kim'],
    ['Ri Yong-ho', 'kp', 'Ri'],
    ['Moon Jae-in', 'kr', 'Moon'],
    ['Xi Jinping', 'cn', 'Xi'],
    ['Sung Kim', 'us', 'Kim'],
    ['Mike Pompeo', 'us', 'Pompeo'],
    ['Taro Kono', 'jp', 'Kono'],
    ['Kim Yo Jong', null, 'Kim'],
    ['Choe Son Hui', null, 'Choe'],
    ['Sung Kim', null, 'Kim'],
    ['Greta Van Susteren', null, 'Van Susteren'],
    ['Putin', 'ru', null],
  ])('%s (%s) → %s', (name, country, surname) => {
    expect(surnameOf(name, country)).toBe(surname);
  });
});

describe('slugs', () => {
  it.each([
    ['Kim Jong-un', 'kim-jong-un'],
    ['Kim Jong Un', 'kim-jong-un'],
    ['Recep Tayyip Erdoğan', 'recep-tayyip-erdogan'],
    ["N'Djamena", 'ndjamena'],
  ])('slugify(%s) = %s', (s, slug) => expect(slugify(s)).toBe(slug));

  it.each([
    ['Foreign Ministry', 'foreign-ministry'],
    ['Ministry of Foreign Affairs', 'foreign-ministry'],
    ['Defence Ministry', 'defense-ministry'],
    ['Ministry of Defense', 'defense-ministry'],
    ['armed forces', 'military'],
    ['embassy', 'embassy'],
  ])('institutionSlug(%s) = %s', (s, slug) => expect(institutionSlug(s)).toBe(slug));
});
