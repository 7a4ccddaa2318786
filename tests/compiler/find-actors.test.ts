import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import actorsJson from '../../data/curation/actors.json';
import { GazetteerSchema } from '../../src/compiler/curation';
import { buildGazetteer } from '../../src/compiler/stages/gazetteer';
import { findActors } from '../../src/compiler/stages/find-actors';
import { findDatelines, qualifiesRole } from '../../src/compiler/stages/actor-roles';
import { splitSentences } from '../../src/compiler/stages/split-sentences';

const g = buildGazetteer(GazetteerSchema.parse(actorsJson));
const run = (text: string) => findActors(text, splitSentences(text), g);
/** [text, actorId, role] of every mention, in order. */
const seen = (text: string) => run(text).mentions.map((m) => [m.text, m.actorId, m.role]);
const find = (text: string, words: string, nth = 0) => {
  const at = text
    .split(words, nth + 1)
    .slice(0, nth + 1)
    .join(words).length;
  return run(text).mentions.find((m) => m.start === at);
};

describe('findActors: countries', () => {
  it.each([
    ['Pyongyang said it would respond.', 'Pyongyang', 'kp'],
    ['The White House declined to comment.', 'The White House', 'us'],
    ['Germany and France agreed.', 'France', 'fr'],
    ['USA and DPRK officials met.', 'DPRK', 'kp'],
    ['The Papua New Guinea team arrived.', 'Papua New Guinea', 'pg'],
    ['Officials in Beijing said nothing.', 'Beijing', 'cn'],
    ['North Koreans were told to prepare.', 'North Koreans', 'kp'],
    ['U.S.-North Korea talks stalled.', 'North Korea', 'kp'],
    ['Turkey and Britain signed it.', 'Britain', 'gb'],
    ['Jordan’s king met officials in Amman.', 'Jordan', 'jo'],
  ])('%s → %s is %s', (text, words, id) => {
    expect(find(text, words)?.actorId).toBe(id);
    expect(find(text, words)?.text).toBe(words);
  });

  it.each([
    ['George Washington University hosted the talk.', 'Washington'],
    ['The Washington Post reported it.', 'Washington'],
    ['Michael Jordan visited the school.', 'Jordan'],
    ['Voters in Georgia, the U.S. state, went to the polls.', 'Georgia'],
    ['Chad Smith played drums.', 'Chad'],
    ['Ships sailed in the South China Sea.', 'China'],
    ['Officials from New Jersey came.', 'Jersey'],
    ['The Korean Peninsula and Korea remain divided.', 'Korea'],
  ])('%s: no country for "%s"', (text, words) => {
    expect(
      run(text).mentions.some(
        (m) => m.kind === 'country' && text.slice(m.start, m.end).includes(words),
      ),
    ).toBe(false);
  });

  it('accepts Georgia when the article gives a cue', () => {
    expect(find('Russia and Georgia met in Tbilisi.', 'Georgia')?.actorId).toBe('ge');
  });
});

describe('findActors: institutions with a country', () => {
  it.each([
    ["Japan's Foreign Ministry said no.", "Japan's Foreign Ministry", 'jp-foreign-ministry', 'jp'],
    [
      'the South Korean Defense Ministry said',
      'South Korean Defense Ministry',
      'kr-defense-ministry',
      'kr',
    ],
    ["North Korea's military fired", "North Korea's military", 'kp-military', 'kp'],
    ["China's embassy in Seoul said", "China's embassy", 'cn-embassy', 'cn'],
    ['the Chinese government said', 'Chinese government', 'cn-government', 'cn'],
    [
      "Russia's Ministry of Foreign Affairs said",
      "Russia's Ministry of Foreign Affairs",
      'ru-foreign-ministry',
      'ru',
    ],
    [
      "North Korea's Foreign Ministry said",
      "North Korea's Foreign Ministry",
      'kp-foreign-ministry',
      'kp',
    ],
    ['the U.S. State Department said', 'U.S. State Department', 'us-state-department', 'us'],
  ])('%s', (text, words, id, country) => {
    const { mentions, newActors } = run(text);
    const m = mentions.find((x) => x.text === words);
    expect(m).toMatchObject({ actorId: id, kind: 'organization', country });
    // One organization mention, not a country plus an office.
    expect(mentions.filter((x) => x.start < m!.end && m!.start < x.end)).toHaveLength(1);
    const known = g.actors.has(id);
    expect(newActors.some((a) => a.id === id && a.origin === 'nlp' && a.country === country)).toBe(
      !known,
    );
  });
});

describe('findActors: people and surnames', () => {
  it('resolves a shared surname to the nearest preceding full name', () => {
    const text =
      'North Korean leader Kim Jong Un fired a missile. Kim said it was a test. ' +
      'US envoy Sung Kim met his counterpart. Kim said talks were possible. ' +
      'Later Kim Jong Un spoke again, and Kim smiled.';
    const kims = run(text).mentions.filter((m) => m.text === 'Kim' && m.form === 'surname');
    expect(kims.map((m) => m.actorId)).toEqual(['kim-jong-un', 'sung-kim', 'kim-jong-un']);
  });

  it('looks ahead when no full name precedes (a headline-like lead)', () => {
    expect(find('Kim warns again. Kim Jong Un said so.', 'Kim')?.actorId).toBe('kim-jong-un');
  });

  it('uses the role phrase when no full name is in the article', () => {
    expect(find('North Korean leader Kim spoke.', 'Kim')?.actorId).toBe('kim-jong-un');
    expect(find('The U.S. envoy Kim spoke.', 'Kim')?.actorId).toBe('sung-kim');
  });

  it('drops a shared surname it cannot resolve', () => {
    expect(run('Mr. Kim spoke.').mentions).toEqual([]);
  });

  it.each([
    ['Pompeo said', 'Pompeo', 'mike-pompeo'],
    ['Ri told them', 'Ri', 'ri-yong-ho'],
    ['President Moon said', 'President Moon', 'moon-jae-in'],
    ['Chairman Kim said', 'Chairman Kim', 'kim-jong-un'],
    ['Kim Jong-un said', 'Kim Jong-un', 'kim-jong-un'],
  ])('%s → %s', (text, words, id) => expect(find(text, words)?.actorId).toBe(id));

  it('resolves the surname of a new person to them, not to a known namesake', () => {
    const text =
      'Kim Jong Un met his sister Kim Yo Jong, the vice department director. Kim Yo Jong later warned Seoul, and Kim said more.';
    const { mentions, newActors } = run(text);
    expect(newActors.find((a) => a.id === 'kim-yo-jong')).toBeTruthy();
    expect(mentions.at(-1)).toMatchObject({ text: 'Kim', actorId: 'kim-yo-jong', form: 'surname' });
  });

  it('keeps a spelling variant of a known person under the known id', () => {
    const { mentions, newActors } = run('Leader Kim Jong-Un said so.');
    expect(mentions[0]).toMatchObject({ actorId: 'kim-jong-un', text: 'Kim Jong-Un' });
    expect(newActors).toEqual([]);
  });
});

describe('findActors: roles', () => {
  it.each([
    ['SEOUL (Yonhap) — South Korea said it would help.', 'SEOUL', 'kr', 'dateline'],
    ['ANKARA (AA) - Turkey said no.', 'ANKARA', 'tr', 'dateline'],
    ['WASHINGTON — The talks ended.', 'WASHINGTON', 'us', 'dateline'],
    ['SEOUL, April 19 (Yonhap) -- Officials met.', 'SEOUL', 'kr', 'dateline'],
    ['First line.\n\nBEIJING (Reuters) - China said yes.', 'BEIJING', 'cn', 'dateline'],
    ['KYIV, Ukraine (AP) — Russia said no.', 'Ukraine', 'ua', 'dateline'],
    // Kyodo writes its name bare, after the date.
    ['TOKYO, Aug. 25 Kyodo - Japan protested.', 'TOKYO', 'jp', 'dateline'],
    ['SEOUL, March 4 Yonhap -- Seoul said yes.', 'SEOUL', 'kr', 'dateline'],
    ['The talks in Hanoi failed.', 'Hanoi', 'vn', 'venue'],
    ['The summit in Singapore was historic.', 'Singapore', 'sg', 'venue'],
    ['The meeting was held in Vietnam.', 'Vietnam', 'vn', 'venue'],
    ['They met at the White House.', 'the White House', 'us', 'venue'],
    ['The Hanoi summit ended early.', 'Hanoi', 'vn', 'venue'],
    ['North Korean leader Kim Jong Un smiled.', 'North Korean', 'kp', 'modifier'],
    ['The U.S. envoy arrived.', 'U.S.', 'us', 'modifier'],
    ["Japan's foreign minister spoke.", 'Japan', 'jp', 'modifier'],
    ['US President Donald Trump spoke.', 'US', 'us', 'modifier'],
    ['Activists sent anti-Pyongyang leaflets.', 'Pyongyang', 'kp', 'modifier'],
    ['Pyongyang said talks were over.', 'Pyongyang', 'kp', 'participant'],
    ["Seoul rejected Pyongyang's demands.", 'Seoul', 'kr', 'participant'],
    ["They meddled in Pyongyang's affairs.", 'Pyongyang', 'kp', 'participant'],
    ['The US-North Korea summit ended.', 'North Korea', 'kp', 'participant'],
    ['The special envoy for North Korea Stephen Biegun spoke.', 'North Korea', 'kp', 'participant'],
  ])('%s → %s', (text, words, id, role) => {
    expect(find(text, words)).toMatchObject({ actorId: id, role, text: words });
  });

  it('finds datelines only at the start of a paragraph', () => {
    expect(findDatelines('Talks ended. SEOUL (Yonhap) — no.')).toEqual([]);
    expect(findDatelines('U.S.-North Korea talks hit a block.')).toEqual([]);
    expect(findDatelines('Seoul (Yonhap) — Talks ended.')[0]?.text).toBe('Seoul');
  });

  it.each([
    ["'s foreign minister", true],
    [' special envoy', true],
    [' officials said', true],
    ["'s denuclearization", false],
    [' and China', false],
  ])('qualifiesRole(%j) = %s', (after, yes) => expect(qualifiesRole(after)).toBe(yes));
});

describe('findActors: output shape', () => {
  it('returns sorted, non-overlapping mentions whose offsets slice to their text', () => {
    const text =
      'SEOUL (Yonhap) — North Korea’s Foreign Ministry said on Friday that US envoy Sung Kim and Japan’s Foreign Ministry met in Tokyo.';
    const { mentions } = run(text);
    for (const [i, m] of mentions.entries()) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    }
    expect(seen(text)).toEqual([
      ['SEOUL', 'kr', 'dateline'],
      ['North Korea’s Foreign Ministry', 'kp-foreign-ministry', 'participant'],
      ['US', 'us', 'modifier'],
      ['Sung Kim', 'sung-kim', 'participant'],
      ['Japan’s Foreign Ministry', 'jp-foreign-ministry', 'participant'],
      ['Tokyo', 'jp', 'venue'],
    ]);
  });

  it('never throws and every offset slices to its text on arbitrary input', () => {
    const pieces = fc.constantFrom(
      'Kim',
      'Kim Jong Un',
      'Sung Kim',
      ' ',
      '. ',
      '\n',
      'SEOUL (Yonhap) — ',
      "Japan's",
      ' Foreign Ministry',
      'North Korean',
      ' leader ',
      'said',
      ', the U.S. envoy,',
      'in Hanoi',
      'Georgia',
      'Mr.',
      '’s',
      'Takehiro Funakoshi',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((a) => a.join('')),
        ),
        (text) => {
          const { mentions, newActors } = run(text);
          let last = -1;
          for (const m of mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
          }
          for (const a of newActors) expect(a.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('findActors: generic names resolved by context', () => {
  const institution = (text: string, words: string) => {
    const m = find(text, words);
    return m ? [m.actorId, m.country] : null;
  };
  it.each([
    [
      'China protested. A Foreign Ministry spokesman said Beijing was firm.',
      'Foreign Ministry',
      ['cn-foreign-ministry', 'cn'],
    ],
    [
      'Talks with Tokyo stalled. Japanese officials were angry, and the Foreign Ministry summoned the envoy.',
      'Foreign Ministry',
      ['jp-foreign-ministry', 'jp'],
    ],
    [
      'North Korea fired a missile at dawn. "The US is hostile," the foreign ministry said.',
      'foreign ministry',
      ['kp-foreign-ministry', 'kp'],
    ],
    // The clause's subject beats a country after a preposition.
    [
      'In a message to Washington, Kim Jong Un watched a test, according to state media.',
      'state media',
      ['kcna', 'kp'],
    ],
    [
      'Iran and Iraq met. In Tehran, Iran insisted, and Iranian state television said so.',
      'state television',
      ['ir-state-television', 'ir'],
    ],
    // The dateline is where the reporter is, not whose ministry it is.
    [
      'SEOUL (Yonhap) — Russia warned again. The Foreign Ministry said so.',
      'Foreign Ministry',
      ['ru-foreign-ministry', 'ru'],
    ],
    // No country in sight: left unresolved rather than guessed.
    ['The Foreign Ministry said nothing.', 'Foreign Ministry', null],
  ])('%s', (text, words, expected) => {
    expect(institution(text, words)).toEqual(expected);
  });

  it.each([
    // "the North" is North Korea only where North Korea is named.
    ['The war split the country, and the North won.', 'the North', null],
    ['North Korea tested a missile; the North said it was a success.', 'the North', 'kp'],
    ['Seoul sent aid; the South wants talks with Pyongyang.', 'the South', 'kr'],
    ['Voters in the South backed the senator.', 'the South', null],
    // "the Times" is The New York Times only where it is named in full.
    ['The Times of London reported it first.', 'The Times', null],
    ['The New York Times said so. Later the Times added more.', 'the Times', 'new-york-times'],
  ])('%s', (text, words, id) => {
    expect(find(text, words)?.actorId ?? null).toBe(id);
  });

  it.each([
    ['The deal is worth US$ 40 billion.', 'US'],
    ['The deal is worth US$40 billion.', 'US'],
    ['The Japanese yen rose against the euro.', 'Japanese'],
    ['It cost 10 million Australian dollars.', 'Australian'],
  ])('a country naming a currency is no actor: %s', (text, words) => {
    expect(find(text, words)).toBeUndefined();
  });

  it('a country before a currency elsewhere still counts', () => {
    expect(find('The US said the dollar was strong.', 'US')?.actorId).toBe('us');
  });
});

describe('findActors: titles used alone and company names', () => {
  it.each([
    [
      'The guests included the Prime Minister of Singapore, Mr. Lee Kuan Tan. In his speech, the Prime Minister applauded the airline.',
      'Prime Minister',
      1,
      'lee-kuan-tan',
    ],
    [
      'German economy minister Hans Vogel spoke first. Later the minister said more.',
      'minister',
      1,
      'hans-vogel',
    ],
  ])('a title alone refers back: %s', (text, words, nth, id) => {
    expect(find(text, words, nth)).toMatchObject({ actorId: id, form: 'description' });
  });

  it.each([
    ['The chairman of the board met. Later the chairman left.', 'chairman', 1],
    ['Prime Minister Lee Kuan Tan spoke. Then the President arrived.', 'President', 0],
  ])('a title nobody was named with stays unresolved: %s', (text, words, nth) => {
    expect(find(text, words, nth)).toBeUndefined();
  });

  it.each([
    ['Singapore Airlines took the first plane.', 'Singapore'],
    ['Korea Telecom reported a profit.', 'Korea'],
  ])('a country opening a company name is no actor: %s', (text, words) => {
    expect(find(text, words)).toBeUndefined();
  });

  it('keeps the country before a lower-case portfolio as a modifier', () => {
    expect(find('German economy minister Hans Vogel spoke.', 'German')).toMatchObject({
      actorId: 'de',
      role: 'modifier',
    });
  });
});

describe('findActors: unseen wire copy', () => {
  // [text, person, the country their context gives]
  it.each<[string, string, string | null]>([
    // A sentence ending in a capitalized word does not make the next name a longer name.
    ['Troops massed near Kosovo. White House spokesman Tom Reed urged calm.', 'Tom Reed', 'us'],
    // Two offices joined by "and" still qualify the name.
    [
      "Qatar's Prime Minister and Foreign Minister Sheikh Khalid Nasser called.",
      'Khalid Nasser',
      'qa',
    ],
    // An international body in the role: its official, not the dateline country's.
    [
      'BRUSSELS (AFP) – EU foreign policy spokesman Pieter Vos said in Brussels that talks failed.',
      'Pieter Vos',
      null,
    ],
    ["BRUSSELS (AFP) – Katrin Lund, the EU's foreign policy chief, arrived.", 'Katrin Lund', null],
    // "said in <capital>": an official at home, over the dateline.
    [
      'ISLAMABAD (AFP) – Ministry spokesman Vikram Rao said in New Delhi that it was false.',
      'Vikram Rao',
      'in',
    ],
    // An unqualified office in a dispatch from a capital is that country's.
    [
      'TOKYO, Aug. 25 Kyodo - Vice Foreign Minister Kenji Ono summoned the envoy.',
      'Kenji Ono',
      'jp',
    ],
    [
      'ISLAMABAD (AFP) – Foreign office spokeswoman Ayesha Khan said it was false.',
      'Ayesha Khan',
      'pk',
    ],
    // A school places its scholar; a subject of study does not.
    [
      'Views differ, said Maryam Haddad, a political scientist at the University of Tehran.',
      'Maryam Haddad',
      'ir',
    ],
    [
      'Views differ, said Maryam Haddad, a historian of Iran and its neighbours.',
      'Maryam Haddad',
      null,
    ],
  ])('%s → %s of %s', (text, name, country) => {
    const person = run(text).newActors.find((a) => a.name === name);
    expect(person).toBeDefined();
    expect(person!.country).toBe(country);
  });

  it('names a ministry of several portfolios with its country', () => {
    const text = "Egypt's Ministry of Water Resources and Irrigation said talks failed.";
    expect(seen(text)).toContainEqual([
      "Egypt's Ministry of Water Resources and Irrigation",
      'eg-water-resources-and-irrigation-ministry',
      'participant',
    ]);
  });

  it('keeps a title abbreviation before a name as part of it', () => {
    // "Gen. Washington" is a man, not the United States.
    expect(seen('They honoured Gen. Washington at the ceremony.').map((m) => m[1])).not.toContain(
      'us',
    );
  });
});
