import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import actorsJson from '../../data/curation/actors.json';
import { GazetteerSchema } from '../../src/compiler/curation';
import { buildGazetteer } from '../../src/compiler/stages/gazetteer';
import { findActors } from '../../src/compiler/stages/find-actors';
import { findPeople } from '../../src/compiler/stages/find-people';
import { splitSentences } from '../../src/compiler/stages/split-sentences';

const g = buildGazetteer(GazetteerSchema.parse(actorsJson));
const people = (text: string) =>
  findActors(text, splitSentences(text), g).newActors.filter((a) => a.kind === 'person');

describe('findPeople (through findActors): new people and their country', () => {
  it.each([
    ['North Korean leader Ri Pyong Chol inspected the site.', 'Ri Pyong Chol', 'kp'],
    ["South Korea's President Yoon Suk Yeol said no.", 'Yoon Suk Yeol', 'kr'],
    ['Joseph Yun, the U.S. envoy, arrived on Monday.', 'Joseph Yun', 'us'],
    ['Japanese Foreign Minister Yoshimasa Hayashi spoke.', 'Yoshimasa Hayashi', 'jp'],
    ['Russian President Dmitry Medvedev replied.', 'Dmitry Medvedev', 'ru'],
    ["Hua Chunying of China's Foreign Ministry said so.", 'Hua Chunying', 'cn'],
    ['He met his South Korean counterpart, Chung Eui-yong, in Seoul.', 'Chung Eui-yong', 'kr'],
    [
      'Chinese Foreign Ministry spokesman Zhao Lijian said the talks would go on.',
      'Zhao Lijian',
      'cn',
    ],
    ['The US special envoy for North Korea Joseph Yun resigned.', 'Joseph Yun', 'us'],
    [
      'Pak Myong Ho, director general of the Department of US Affairs of North Korea’s Foreign Ministry, said no.',
      'Pak Myong Ho',
      'kp',
    ],
    ['Choe Son Hui, the first vice foreign minister, issued a statement.', 'Choe Son Hui', null],
    ['Scholz and French President Emmanuel Macron agreed.', 'Emmanuel Macron', 'fr'],
    ['Analysts such as Victor Cha said the summit was a failure.', 'Victor Cha', null],
  ])('%s → %s (%s)', (text, name, country) => {
    const p = people(text).find((a) => a.name === name);
    expect(p).toMatchObject({
      origin: 'nlp',
      country,
      id: name.toLowerCase().replace(/\s+/g, '-'),
    });
  });

  it.each([
    ['Secretary of State Antony Blinken said', 'Antony Blinken'],
    ['Gen. Mark Milley said', 'Mark Milley'],
    ['Mr. Victor Cha said', 'Victor Cha'],
    ['Prime Minister Fumio Kishida said', 'Fumio Kishida'],
    ['NATO Secretary-General Jens Stoltenberg said', 'Jens Stoltenberg'],
    ['Northrop Grumman CEO Ron Sugar said the bid was fair.', 'Ron Sugar'],
    ['Alabama Governor Bob Riley said it was a great day.', 'Bob Riley'],
    ['Microsoft CEO Bill Gates said so.', 'Bill Gates'],
    ['Chief Executive Officer Tom Enders said so.', 'Tom Enders'],
    ['Mr Justice Anthony Mann ruled for the company.', 'Anthony Mann'],
    // "the" before a title does not hide the person the title names.
    ['The deal was signed by the Prime Minister Abiy Ahmed.', 'Abiy Ahmed'],
  ])('strips titles: %s → %s', (text, name) => {
    expect(people(text).map((p) => p.name)).toEqual([name]);
  });

  it.each([
    'A US envoy made a new appeal following a spike in tensions.',
    'Speaking To Reporters, officials declined.',
    'The Workers’ Party of Korea met in Pyongyang.',
    'Denuclearization Talks between Washington and Pyongyang stalled.',
    'The Korean Central News Agency reported it on Monday.',
    'Kim',
    'Meanwhile Nothing Happened.',
    // Companies, products and places that read like names.
    'AirTran Airways said the order was final.',
    'The first Airbus A380 flew on Monday, the airline said.',
    'Flights from Los Angeles to New York resume, said Dreman Value Management.',
    'Chrysler President and Chief Operating Officer said nothing.',
    'Shares of Lehman Brothers fell, according to Avalon Partners.',
    'The plane lands in North America, said Boeing Commercial Airplanes.',
    // Shortened to the first word, never the last: a company.
    'Lockheed Martin won the bid. Analysts said Lockheed was cheaper.',
    // After "the" and no title: a river, a building, a region, not a person.
    'Talks stalled over the dam on the Blue Nile, a project begun by the government in 2011.',
    'Troops crossed the Rio Grande, a river the leaders of both countries share.',
    'The Golden Horn, a harbour praised by the governor, froze.',
  ])('finds no person in %j', (text) => {
    expect(people(text)).toEqual([]);
  });

  it.each([
    ['Alan Mulally spoke. Mulally said so.', 'Alan Mulally'],
    ['Steve Jobs spoke. Later Steve said Jobs was tired.', 'Steve Jobs'],
    ['Kim Yo Jong spoke. Kim said more.', 'Kim Yo Jong'],
    ['Steve Wozniak met Steve Jobs. Jobs said so.', 'Steve Wozniak'],
  ])('a person shortened to the surname stays a person: %j', (text, name) => {
    expect(people(text).map((p) => p.name)).toContain(name);
  });

  it('keeps the fullest form as the name and the others as aliases', () => {
    const text =
      'Kim Yo-jong spoke. Later Kim Yo Jong, the sister of the leader, said more. Vice Department Director Kim Yo Jong warned.';
    const [p] = people(text);
    expect(p?.id).toBe('kim-yo-jong');
    expect(p?.aliases).toContain('Kim');
  });

  it('prefers the full token span to a partial name', () => {
    const text = 'His sister, Kim Yo-jong, said that Kim Jong-un was right.';
    const { mentions } = findActors(text, splitSentences(text), g);
    expect(mentions.map((m) => m.text)).toEqual(['Kim Yo-jong', 'Kim Jong-un']);
  });

  it('later bare surnames of a new person resolve to them', () => {
    const text = 'Japanese Prime Minister Fumio Kishida spoke. Kishida said talks would continue.';
    const { mentions } = findActors(text, splitSentences(text), g);
    expect(mentions.at(-1)).toMatchObject({
      text: 'Kishida',
      actorId: 'fumio-kishida',
      form: 'surname',
      country: 'jp',
    });
  });
});

describe('findPeople: offices and the countries they give', () => {
  it.each([
    ['"No," said German economy minister Hans Vogel.', 'Hans Vogel', 'de', 'economy minister'],
    ['Italian finance minister Marco Rossi resigned.', 'Marco Rossi', 'it', 'finance minister'],
    [
      'Guests included the Prime Minister of Singapore, Mr. Lee Kuan Tan, and others.',
      'Lee Kuan Tan',
      'sg',
      'Prime Minister',
    ],
    [
      'The deal was signed by Stephen Harper, Prime Minister of Canada.',
      'Stephen Harper',
      'ca',
      'Prime Minister of Canada',
    ],
    [
      'It is best, said the general secretary of the British union Unite, Tony Marsh.',
      'Tony Marsh',
      'gb',
      'secretary',
    ],
    ['Mexican ambassador Luis Ortega declined.', 'Luis Ortega', 'mx', 'ambassador'],
    ['Its chief executive, Tom Enders, spoke.', 'Tom Enders', null, null],
  ])('%s → %s (%s, %s)', (text, name, country, role) => {
    expect(people(text).find((a) => a.name === name)).toMatchObject({ country, role });
  });

  it.each([
    ['Romania sold the plant Automobile Dacia, a Romanian official said Friday.'],
    ['Civilian Deputy Undersecretary for Acquisition Darleen Druyun wrote.'],
  ])('no role from a clause that is not an apposition: %s', (text) => {
    for (const p of people(text)) expect(p.role ?? '').not.toMatch(/said/);
  });

  it('cuts a common word before a first name', () => {
    const text = 'Assistant Secretary of the Air Force for Acquisition Mary Sambur said no.';
    expect(people(text).map((p) => p.name)).toEqual(['Mary Sambur']);
  });
});

describe('findPeople: direct', () => {
  it('skips runs that the gazetteer already covers', () => {
    const text = 'Envoy Sung Kim said so.';
    const all = findPeople(text, splitSentences(text), () => false, []);
    const none = findPeople(text, splitSentences(text), (s, e) => s < 15 && e > 7, []);
    expect(all.map((p) => p.text)).toEqual(['Sung Kim']);
    expect(none).toEqual([]);
  });

  it('never throws and offsets slice to their text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const p of findPeople(text, splitSentences(text), () => false, [])) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
