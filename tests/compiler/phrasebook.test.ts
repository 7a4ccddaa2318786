/**
 * The phrasebook: made-up wire sentences in the style of Yonhap, Reuters, AP,
 * AFP, Xinhua and Kyodo, one row per construction of diplomatic news, each run
 * through the whole extraction (extractArticle) with the key facts asserted:
 * the event's type, its source and target countries, its date (or publication
 * when the text gives none for the act itself), the speaker and the speaker's
 * country, the new people and their countries, the dateline's country.
 * Published on Wednesday 2023-03-08 unless a row says otherwise.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GazetteerSchema } from '../../src/compiler/curation';
import { actorsWith, extractArticle } from '../../src/compiler/extract-article';
import { buildGazetteer } from '../../src/compiler/stages/gazetteer';

const gazetteer = buildGazetteer(
  GazetteerSchema.parse(JSON.parse(readFileSync('data/curation/actors.json', 'utf8'))),
);
const PUBLISHED = '2023-03-08';

interface Row {
  name: string;
  text: string;
  published?: string;
  /** The event its trigger (lower case) codes; countries sorted; date `start` or `start..end` or 'publication'. */
  event?: { trigger: string; type: string; sources: string[]; targets: string[]; date: string };
  /** A trigger that must code no event ("declined to comment"). */
  noEvent?: string;
  /** The first quotation's speaker. */
  quote?: { speakerId: string | null; speakerCountry: string | null };
  people?: { id: string; country: string | null; role?: string }[];
  /** The dateline's country. */
  dateline?: string;
}

const ROWS: Row[] = [
  {
    name: 'yonhap: held talks on Monday',
    text: 'SEOUL (Yonhap) — South Korea and Japan held talks in Tokyo on Monday about trade.',
    event: {
      trigger: 'held talks',
      type: 'CONSULT',
      sources: ['jp', 'kr'],
      targets: [],
      date: '2023-03-06',
    },
    dateline: 'kr',
  },
  {
    name: 'demonym title + two-word East Asian name',
    text: 'SEOUL (Yonhap) — “We had a frank exchange of views,” South Korean Foreign Minister Park Jin told reporters.',
    quote: { speakerId: 'park-jin', speakerCountry: 'kr' },
    people: [{ id: 'park-jin', country: 'kr', role: 'Foreign Minister' }],
  },
  {
    name: 'deadline dates the demand, not the urging',
    text: 'Japan urged South Korea to settle the dispute over wartime labor by the end of the year.',
    event: {
      trigger: 'urged',
      type: 'REQUEST',
      sources: ['jp'],
      targets: ['kr'],
      date: 'publication',
    },
  },
  {
    name: 'date inside the complement',
    text: 'China urged the United States to hold talks next week on tariffs.',
    event: {
      trigger: 'urged',
      type: 'REQUEST',
      sources: ['cn'],
      targets: ['us'],
      date: 'publication',
    },
  },
  {
    name: 'until deadline',
    text: 'Ukraine called on Russia to halt attacks until the end of the talks.',
    event: {
      trigger: 'called on',
      type: 'REQUEST',
      sources: ['ua'],
      targets: ['ru'],
      date: 'publication',
    },
  },
  {
    name: 'met counterpart, both new people',
    text: 'Chinese Foreign Minister Qin Gang met his Russian counterpart Sergei Lavrov in Beijing on Tuesday.',
    event: {
      trigger: 'met',
      type: 'CONSULT',
      sources: ['cn'],
      targets: ['ru'],
      date: '2023-03-07',
    },
    people: [
      { id: 'qin-gang', country: 'cn' },
      { id: 'sergei-lavrov', country: 'ru' },
    ],
  },
  {
    name: 'visited last week',
    text: 'German Chancellor Olaf Scholz visited India last week on his first trip to the country since taking office.',
    event: {
      trigger: 'visited',
      type: 'CONSULT',
      sources: ['de'],
      targets: ['in'],
      date: '2023-02-27..2023-03-05',
    },
    people: [{ id: 'olaf-scholz', country: 'de', role: 'Chancellor' }],
  },
  {
    name: 'hosted counterpart',
    text: 'Indonesian President Joko Widodo hosted Malaysian Prime Minister Anwar Ibrahim in Jakarta on Thursday.',
    event: {
      trigger: 'hosted',
      type: 'CONSULT',
      sources: ['id'],
      targets: ['my'],
      date: '2023-03-02',
    },
    people: [
      { id: 'joko-widodo', country: 'id' },
      { id: 'anwar-ibrahim', country: 'my' },
    ],
  },
  {
    name: 'held a phone call with',
    text: 'U.S. Secretary of State Antony Blinken held a phone call with Turkish Foreign Minister Mevlut Cavusoglu on Tuesday, the State Department said.',
    event: {
      trigger: 'phone call',
      type: 'CONSULT',
      sources: ['us'],
      targets: ['tr'],
      date: '2023-03-07',
    },
    people: [
      { id: 'antony-blinken', country: 'us', role: 'Secretary of State' },
      { id: 'mevlut-cavusoglu', country: 'tr' },
    ],
  },
  {
    name: 'spoke by phone with',
    text: 'Japanese Prime Minister Fumio Kishida spoke by phone with Indian Prime Minister Narendra Modi on Monday.',
    event: {
      trigger: 'spoke by phone',
      type: 'CONSULT',
      sources: ['jp'],
      targets: ['in'],
      date: '2023-03-06',
    },
    people: [
      { id: 'fumio-kishida', country: 'jp' },
      { id: 'narendra-modi', country: 'in' },
    ],
  },
  {
    name: 'summit planned next month',
    text: 'South Korea and the United States will hold a summit in Washington next month, officials said.',
    event: {
      trigger: 'summit',
      type: 'CONSULT',
      sources: ['kr', 'us'],
      targets: [],
      date: '2023-04-01..2023-04-30',
    },
  },
  {
    name: 'called on to act',
    text: 'Egypt called on Israel on Sunday to halt settlement construction in the West Bank.',
    event: {
      trigger: 'called on',
      type: 'REQUEST',
      sources: ['eg'],
      targets: ['il'],
      date: '2023-03-05',
    },
  },
  {
    name: 'called for',
    text: 'Brazil called for an immediate ceasefire between Russia and Ukraine on Friday.',
    event: {
      trigger: 'called for',
      type: 'REQUEST',
      sources: ['br'],
      targets: ['ru', 'ua'],
      date: '2023-03-03',
    },
  },
  {
    name: 'demanded that',
    text: 'Iran demanded that Britain release the seized tanker immediately.',
    event: {
      trigger: 'demanded',
      type: 'REQUEST',
      sources: ['ir'],
      targets: ['gb'],
      date: 'publication',
    },
  },
  {
    name: 'condemned strikes',
    text: "France condemned Russia's missile strikes on Ukrainian cities on Thursday.",
    event: {
      trigger: 'condemned',
      type: 'ACCUSE',
      sources: ['fr'],
      targets: ['ru'],
      date: '2023-03-02',
    },
  },
  {
    name: 'criticized for',
    text: 'India criticized Pakistan for supporting cross-border terrorism.',
    event: {
      trigger: 'criticized',
      type: 'ACCUSE',
      sources: ['in'],
      targets: ['pk'],
      date: 'publication',
    },
  },
  {
    name: 'accused of (metonyms)',
    text: "Beijing on Tuesday accused Washington of interfering in China's internal affairs.",
    event: {
      trigger: 'accused',
      type: 'ACCUSE',
      sources: ['cn'],
      targets: ['us'],
      date: '2023-03-07',
    },
  },
  {
    name: 'slammed drills between',
    text: 'North Korea slammed the joint drills between South Korea and the United States as a rehearsal for invasion.',
    event: {
      trigger: 'slammed',
      type: 'ACCUSE',
      sources: ['kp'],
      targets: ['kr', 'us'],
      date: 'publication',
    },
  },
  {
    name: 'expressed concern',
    text: "Japan expressed concern on Monday over China's growing military activity near Taiwan.",
    event: {
      trigger: 'concern',
      type: 'ACCUSE',
      sources: ['jp'],
      targets: ['cn'],
      date: '2023-03-06',
    },
  },
  {
    name: 'warned against',
    text: 'Russia warned Finland against joining NATO, saying it would take retaliatory steps.',
    event: {
      trigger: 'warned',
      type: 'THREATEN',
      sources: ['ru'],
      targets: ['fi'],
      date: 'publication',
    },
  },
  {
    name: 'threatened to block',
    text: "Turkey threatened on Wednesday to block Sweden's bid to join NATO.",
    event: {
      trigger: 'threatened',
      type: 'THREATEN',
      sources: ['tr'],
      targets: ['se'],
      date: '2023-03-08',
    },
  },
  {
    name: 'rejected claims',
    text: "Seoul rejected Tokyo's claims to the islets on Wednesday.",
    event: {
      trigger: 'rejected',
      type: 'REJECT',
      sources: ['kr'],
      targets: ['jp'],
      date: '2023-03-08',
    },
  },
  {
    name: 'refused to allow',
    text: 'Pakistan refused to allow Indian aircraft to use its airspace.',
    event: {
      trigger: 'refused',
      type: 'REJECT',
      sources: ['pk'],
      targets: ['in'],
      date: 'publication',
    },
  },
  {
    name: 'dismissed report',
    text: 'China dismissed the U.S. report as groundless on Friday.',
    event: {
      trigger: 'dismissed',
      type: 'REJECT',
      sources: ['cn'],
      targets: ['us'],
      date: '2023-03-03',
    },
  },
  {
    name: 'summoned the ambassador',
    text: "South Korea summoned the Japanese ambassador on Tuesday to protest Tokyo's claim to the islets.",
    event: {
      trigger: 'summoned',
      type: 'ACCUSE',
      sources: ['kr'],
      targets: ['jp'],
      date: '2023-03-07',
    },
  },
  {
    name: 'lodged a protest',
    text: 'China lodged a solemn protest with Japan over the release of treated water.',
    event: {
      trigger: 'solemn protest',
      type: 'ACCUSE',
      sources: ['cn'],
      targets: ['jp'],
      date: 'publication',
    },
  },
  {
    name: 'expelled diplomats',
    text: 'Poland expelled 45 Russian diplomats on Thursday.',
    event: {
      trigger: 'expelled',
      type: 'SANCTION',
      sources: ['pl'],
      targets: ['ru'],
      date: '2023-03-02',
    },
  },
  {
    name: 'imposed sanctions',
    text: 'Britain imposed sanctions on Iranian officials on Monday over the crackdown.',
    event: {
      trigger: 'imposed sanctions',
      type: 'SANCTION',
      sources: ['gb'],
      targets: ['ir'],
      date: '2023-03-06',
    },
  },
  {
    name: 'froze assets',
    text: 'Canada froze the assets of 14 Russian officials last month.',
    event: {
      trigger: 'froze',
      type: 'SANCTION',
      sources: ['ca'],
      targets: ['ru'],
      date: '2023-02-01..2023-02-28',
    },
  },
  {
    name: 'fired a ballistic missile',
    text: "North Korea fired a ballistic missile into the East Sea on Thursday, South Korea's military said.",
    event: { trigger: 'fired', type: 'MOBILIZE', sources: ['kp'], targets: [], date: '2023-03-02' },
  },
  {
    name: 'conducted a nuclear test in a year',
    text: 'North Korea conducted its sixth nuclear test in 2017.',
    event: {
      trigger: 'nuclear test',
      type: 'MOBILIZE',
      sources: ['kp'],
      targets: [],
      date: '2017-01-01..2017-12-31',
    },
  },
  {
    name: 'held joint military drills',
    text: 'South Korea and the United States held joint military drills near the border last week.',
    event: {
      trigger: 'drills',
      type: 'MOBILIZE',
      sources: ['kr', 'us'],
      targets: [],
      date: '2023-02-27..2023-03-05',
    },
  },
  {
    name: 'signed an agreement',
    text: 'Saudi Arabia and Iran signed an agreement on Friday to restore diplomatic ties.',
    event: {
      trigger: 'signed',
      type: 'SUPPORT',
      sources: ['ir', 'sa'],
      targets: [],
      date: '2023-03-03',
    },
  },
  {
    name: 'agreed to',
    text: 'Armenia and Azerbaijan agreed to resume peace talks, the mediators said.',
    event: {
      trigger: 'agreed',
      type: 'AGREE',
      sources: ['am', 'az'],
      targets: [],
      date: 'publication',
    },
  },
  {
    name: 'pledged aid',
    text: 'Japan pledged $5.5 billion in aid to Ukraine on Monday.',
    event: {
      trigger: 'pledged',
      type: 'AGREE',
      sources: ['jp'],
      targets: ['ua'],
      date: '2023-03-06',
    },
  },
  {
    name: 'vowed',
    text: 'The Philippines vowed to strengthen defense ties with the United States.',
    event: {
      trigger: 'vowed',
      type: 'AGREE',
      sources: ['ph'],
      targets: ['us'],
      date: 'publication',
    },
  },
  {
    name: 'sent aid',
    text: 'Turkey sent humanitarian aid to Syria on Sunday.',
    event: {
      trigger: 'humanitarian aid',
      type: 'AID',
      sources: ['tr'],
      targets: ['sy'],
      date: '2023-03-05',
    },
  },
  {
    name: 'provided humanitarian assistance',
    text: 'The United States provided $85 million in humanitarian assistance to Turkey and Syria earlier this month.',
    event: {
      trigger: 'humanitarian assistance',
      type: 'AID',
      sources: ['us'],
      targets: ['sy', 'tr'],
      date: '2023-03-01..2023-03-08',
    },
  },
  {
    name: 'released detainees',
    text: 'Iran released two French detainees on Friday.',
    event: {
      trigger: 'released',
      type: 'RETREAT',
      sources: ['ir'],
      targets: ['fr'],
      date: '2023-03-03',
    },
  },
  {
    name: 'withdrew troops',
    text: 'Russia withdrew its troops from Kazakhstan in January 2022.',
    event: {
      trigger: 'withdrew',
      type: 'RETREAT',
      sources: ['ru'],
      targets: ['kz'],
      date: '2022-01-01..2022-01-31',
    },
  },
  {
    name: 'passive with agent',
    text: "Myanmar's military government was criticized by Indonesia on Tuesday for the executions.",
    event: {
      trigger: 'criticized',
      type: 'ACCUSE',
      sources: ['id'],
      targets: ['mm'],
      date: '2023-03-07',
    },
  },
  {
    name: 'nominal: summit between',
    text: 'The summit between Indonesia and Malaysia took place in Jakarta on Thursday.',
    event: {
      trigger: 'summit',
      type: 'CONSULT',
      sources: ['id', 'my'],
      targets: [],
      date: '2023-03-02',
    },
  },
  {
    name: "nominal: X's visit to Y",
    text: "Spanish Prime Minister Pedro Sanchez's visit to China last month focused on trade.",
    event: {
      trigger: 'visit',
      type: 'CONSULT',
      sources: ['es'],
      targets: ['cn'],
      date: '2023-02-01..2023-02-28',
    },
    people: [{ id: 'pedro-sanchez', country: 'es' }],
  },
  {
    name: 'joint statement',
    text: "In a joint statement, Japan and Australia condemned North Korea's missile launches.",
    event: {
      trigger: 'condemned',
      type: 'ACCUSE',
      sources: ['au', 'jp'],
      targets: ['kp'],
      date: 'publication',
    },
  },
  {
    name: 'xinhua dateline and spokesperson',
    text: 'BEIJING, March 3 (Xinhua) -- “The U.S. side should stop its provocations,” Foreign Ministry spokesperson Wang Wenbin said at a regular press briefing on Friday.',
    quote: { speakerId: 'wang-wenbin', speakerCountry: 'cn' },
    people: [{ id: 'wang-wenbin', country: 'cn' }],
    dateline: 'cn',
  },
  {
    name: 'a spokesman for the Kremlin',
    text: 'MOSCOW, March 3 (Reuters) - “We view this as a hostile step,” a spokesman for the Kremlin said.',
    quote: { speakerId: null, speakerCountry: 'ru' },
    dateline: 'ru',
  },
  {
    name: 'the Kremlin said',
    text: 'MOSCOW (AP) — “Russia will respond to these expulsions,” the Kremlin said in a statement.',
    quote: { speakerId: 'ru', speakerCountry: 'ru' },
    dateline: 'ru',
  },
  {
    name: 'kyodo dateline, titled name after quote',
    text: 'TOKYO (Kyodo) -- “We will respond calmly,” Chief Cabinet Secretary Hirokazu Matsuno said Monday.',
    quote: { speakerId: 'hirokazu-matsuno', speakerCountry: 'jp' },
    people: [{ id: 'hirokazu-matsuno', country: 'jp', role: 'Chief Cabinet Secretary' }],
    dateline: 'jp',
  },
  {
    name: 'AP dateline, said + name + apposition',
    text: 'WASHINGTON (AP) — “We are deeply concerned,” said Ned Price, a State Department spokesman.',
    quote: { speakerId: 'ned-price', speakerCountry: 'us' },
    people: [{ id: 'ned-price', country: 'us' }],
    dateline: 'us',
  },
  {
    name: 'dated by absolute day',
    text: 'Vietnam and the Philippines signed a maritime agreement on March 3.',
    event: {
      trigger: 'signed',
      type: 'SUPPORT',
      sources: ['ph', 'vn'],
      targets: [],
      date: '2023-03-03',
    },
  },
  {
    name: 'dated by year',
    text: 'Iraq invaded Kuwait in 1990, triggering the Gulf War.',
    event: {
      trigger: 'invaded',
      type: 'ASSAULT',
      sources: ['iq'],
      targets: ['kw'],
      date: '1990-01-01..1990-12-31',
    },
  },
  {
    name: 'Kremlin spokesman named',
    text: 'Kremlin spokesman Dmitry Peskov told reporters on Monday that Moscow would not negotiate under pressure.',
    people: [{ id: 'dmitry-peskov', country: 'ru' }],
  },
  {
    name: 'the White House said',
    text: 'WASHINGTON (AP) — “We welcome this step,” the White House said on Tuesday.',
    quote: { speakerId: 'us', speakerCountry: 'us' },
    dateline: 'us',
  },
  {
    name: 'kyodo: unqualified prime minister',
    text: 'TOKYO (Kyodo) -- Prime Minister Fumio Kishida met visiting Philippine President Ferdinand Marcos Jr. on Thursday.',
    event: {
      trigger: 'met',
      type: 'CONSULT',
      sources: ['jp'],
      targets: ['ph'],
      date: '2023-03-02',
    },
    people: [{ id: 'fumio-kishida', country: 'jp' }],
    dateline: 'jp',
  },
  {
    name: 'surname speaker after full name',
    text: 'Chinese Foreign Minister Qin Gang met Russian Foreign Minister Sergei Lavrov on Tuesday.\n“Our relations are not directed against any third party,” Qin told reporters after the talks.',
    quote: { speakerId: 'qin-gang', speakerCountry: 'cn' },
  },
  {
    name: 'pronoun speaker',
    text: 'South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday for a two-day visit.\n“It is time to open a new chapter,” he said.',
    quote: { speakerId: 'yoon-suk-yeol', speakerCountry: 'kr' },
    people: [{ id: 'yoon-suk-yeol', country: 'kr', role: 'President' }],
  },
  {
    name: 'said + name, title of country',
    text: '“We will not accept any unilateral change of the status quo,” said Yoshimasa Hayashi, the foreign minister of Japan.',
    quote: { speakerId: 'yoshimasa-hayashi', speakerCountry: 'jp' },
    people: [{ id: 'yoshimasa-hayashi', country: 'jp' }],
  },
  {
    name: 'anonymous official',
    text: '“The door to dialogue remains open,” a senior U.S. official told reporters on condition of anonymity.',
    quote: { speakerId: null, speakerCountry: 'us' },
  },
  {
    name: 'international official has no country',
    text: 'U.N. Secretary-General Antonio Guterres called on both sides to show restraint.',
    people: [{ id: 'antonio-guterres', country: null }],
  },
  {
    name: 'bare weekday (no preposition)',
    text: 'North Korea test-fired two short-range ballistic missiles Sunday, the South Korean military said.',
    event: {
      trigger: 'test-fired',
      type: 'MOBILIZE',
      sources: ['kp'],
      targets: [],
      date: '2023-03-05',
    },
  },
  {
    name: 'launched an ICBM',
    text: 'North Korea launched an intercontinental ballistic missile toward the sea off Japan on Friday.',
    event: {
      trigger: 'launched',
      type: 'MOBILIZE',
      sources: ['kp'],
      targets: [],
      date: '2023-03-03',
    },
  },
  {
    name: 'future visit next week',
    text: 'Chinese President Xi Jinping will visit Russia next week, the Chinese Foreign Ministry said.',
    event: {
      trigger: 'visit',
      type: 'CONSULT',
      sources: ['cn'],
      targets: ['ru'],
      date: '2023-03-13..2023-03-19',
    },
    people: [{ id: 'xi-jinping', country: 'cn' }],
  },
  {
    name: 'will hold talks (future)',
    text: 'Japan and China will hold talks in Beijing next month on maritime issues.',
    event: {
      trigger: 'hold talks',
      type: 'CONSULT',
      sources: ['cn', 'jp'],
      targets: [],
      date: '2023-04-01..2023-04-30',
    },
  },
  {
    name: 'pledged to provide assistance',
    text: 'South Korea pledged on Tuesday to provide humanitarian assistance to Turkey.',
    event: {
      trigger: 'pledged',
      type: 'AGREE',
      sources: ['kr'],
      targets: ['tr'],
      date: '2023-03-07',
    },
  },
  {
    name: 'opposes',
    text: 'China firmly opposes the U.S. arms sales to Taiwan, the Foreign Ministry said on Monday.',
    event: {
      trigger: 'opposes',
      type: 'REJECT',
      sources: ['cn'],
      targets: ['tw', 'us'],
      date: '2023-03-06',
    },
  },
  {
    name: 'refused to comment is no event',
    text: 'Japan refused to comment on the report.',
    noEvent: 'refused',
  },
  {
    name: 'declined to comment is no event',
    text: 'The South Korean Foreign Ministry declined to comment on Monday.',
    noEvent: 'declined to',
  },
  {
    name: 'passive without agent is no event',
    text: 'Two Japanese nationals were detained in China last month.',
    noEvent: 'detained',
  },
  {
    name: 'negated criticism is no event',
    text: 'India did not criticize Russia at the meeting.',
    noEvent: 'criticize',
  },
  {
    name: 'threatened retaliation',
    text: 'North Korea threatened on Saturday to take “overwhelming” action against the United States.',
    event: {
      trigger: 'threatened',
      type: 'THREATEN',
      sources: ['kp'],
      targets: ['us'],
      date: '2023-03-04',
    },
  },
  {
    name: 'deadline: no later than',
    text: 'The European Union urged Serbia to implement the agreement no later than June.',
    event: { trigger: 'urged', type: 'REQUEST', sources: [], targets: ['rs'], date: 'publication' },
  },
  {
    name: "last week's summit between",
    text: "Last week's summit between Turkey and Greece ended without an agreement.",
    event: {
      trigger: 'summit',
      type: 'CONSULT',
      sources: ['gr', 'tr'],
      targets: [],
      date: '2023-02-27..2023-03-05',
    },
  },
  {
    name: 'met on the sidelines',
    text: 'Australian Prime Minister Anthony Albanese met Chinese President Xi Jinping on the sidelines of the G20 summit in Bali in November.',
    event: {
      trigger: 'met',
      type: 'CONSULT',
      sources: ['au'],
      targets: ['cn'],
      date: '2022-11-01..2022-11-30',
    },
    people: [
      { id: 'anthony-albanese', country: 'au' },
      { id: 'xi-jinping', country: 'cn' },
    ],
  },
  {
    name: 'state media reported (KCNA)',
    text: 'North Korea’s state media said on Wednesday that leader Kim Jong Un had supervised the launch of a new missile.',
    event: {
      trigger: 'launch',
      type: 'MOBILIZE',
      sources: ['kp'],
      targets: [],
      date: 'publication',
    },
  },
  {
    name: 'Reuters dateline, told Reuters',
    text: 'MOSCOW, March 3 (Reuters) - Russia expelled two Estonian diplomats on Friday, the foreign ministry said.',
    event: {
      trigger: 'expelled',
      type: 'SANCTION',
      sources: ['ru'],
      targets: ['ee'],
      date: '2023-03-03',
    },
    dateline: 'ru',
  },
  {
    name: 'institution lodged a protest with',
    text: "Japan's Foreign Ministry lodged a protest with China on Friday over the detention of a Japanese businessman.",
    event: {
      trigger: 'protest',
      type: 'ACCUSE',
      sources: ['jp'],
      targets: ['cn'],
      date: '2023-03-03',
    },
  },
  {
    name: 'ministry summoned a diplomat',
    text: "South Korea's foreign ministry summoned a senior Chinese diplomat on Monday.",
    event: {
      trigger: 'summoned',
      type: 'ACCUSE',
      sources: ['kr'],
      targets: ['cn'],
      date: '2023-03-06',
    },
  },
  {
    name: 'apposed spokesman name',
    text: '“The U.S. should stop sending wrong signals,” a spokesman for the Chinese Foreign Ministry, Wang Wenbin, said on Monday.',
    quote: { speakerId: 'wang-wenbin', speakerCountry: 'cn' },
    people: [{ id: 'wang-wenbin', country: 'cn' }],
  },
  {
    name: 'AFP dateline in title case',
    text: 'Paris (AFP) - France recalled its ambassador to Australia on Friday.',
    dateline: 'fr',
  },
  {
    name: 'metonyms agreed on',
    text: 'Seoul and Tokyo agreed on Thursday to restore a military intelligence-sharing pact.',
    event: {
      trigger: 'agreed',
      type: 'AGREE',
      sources: ['jp', 'kr'],
      targets: [],
      date: '2023-03-02',
    },
  },
  {
    name: 'passive with three agents',
    text: "Pyongyang's missile launch was condemned by Washington, Seoul and Tokyo on Thursday.",
    event: {
      trigger: 'condemned',
      type: 'ACCUSE',
      sources: ['jp', 'kr', 'us'],
      targets: ['kp'],
      date: '2023-03-02',
    },
  },
  {
    name: 'nominal invasion',
    text: "Russia's invasion of Ukraine began in February 2022.",
    event: {
      trigger: 'invasion',
      type: 'ASSAULT',
      sources: ['ru'],
      targets: ['ua'],
      date: '2022-02-01..2022-02-28',
    },
  },
  {
    name: 'foreign ministers of X, Y and Z met',
    text: 'The foreign ministers of Japan, China and South Korea met in Busan on Sunday.',
    event: {
      trigger: 'met',
      type: 'CONSULT',
      sources: ['cn', 'jp', 'kr'],
      targets: [],
      date: '2023-03-05',
    },
  },
  {
    name: 'participle after a quote attribution',
    text: 'Iran warned Israel on Tuesday against any attack on its nuclear facilities, urging the United Nations to act.',
    event: {
      trigger: 'warned',
      type: 'THREATEN',
      sources: ['ir'],
      targets: ['il'],
      date: '2023-03-07',
    },
  },
  {
    name: 'two leaders agreed (anaphora)',
    text: 'U.S. President Joe Biden and Chinese President Xi Jinping met in Bali on Monday. The two leaders agreed to resume climate talks.',
    event: {
      trigger: 'agreed',
      type: 'AGREE',
      sources: ['cn', 'us'],
      targets: [],
      date: 'publication',
    },
  },
  {
    name: 'said it had lodged a protest',
    text: 'Seoul said on Sunday that it had lodged a protest with Tokyo.',
    event: {
      trigger: 'protest',
      type: 'ACCUSE',
      sources: ['kr'],
      targets: ['jp'],
      date: 'publication',
    },
  },
  {
    name: 'nominal talks between with date',
    text: 'Talks between Serbia and Kosovo in Brussels on Monday ended without a deal.',
    event: {
      trigger: 'talks',
      type: 'CONSULT',
      sources: ['rs', 'xk'],
      targets: [],
      date: '2023-03-06',
    },
  },
  {
    name: 'participle restating a complaint is one event',
    text: 'China criticized Japan on Monday, rejecting its claims over the islands.',
    event: {
      trigger: 'criticized',
      type: 'ACCUSE',
      sources: ['cn'],
      targets: ['jp'],
      date: '2023-03-06',
    },
    noEvent: 'rejecting',
  },
  {
    name: 'people protesting are a PROTEST',
    text: 'Thousands of Iranians protested outside the parliament on Sunday.',
    event: {
      trigger: 'protested',
      type: 'PROTEST',
      sources: ['ir'],
      targets: [],
      date: '2023-03-05',
    },
  },
  {
    name: 'a protest that is not lodged is no event',
    text: 'Japan expects there will be a protest from China.',
    noEvent: 'protest',
  },
];

/** What one row's text extracts to, in the terms the rows assert. */
function facts(row: Row) {
  const r = extractArticle(row.text, row.published ?? PUBLISHED, gazetteer);
  const known = actorsWith(gazetteer, r.actors.newActors);
  const countries = (ids: string[]) =>
    [...new Set(ids.map((id) => known.get(id)?.country).filter((c): c is string => !!c))].sort();
  const events = r.events.map((e) => ({
    trigger: e.trigger.text.toLowerCase(),
    type: e.type as string,
    sources: countries(e.sources),
    targets: countries(e.targets),
    date:
      e.date.basis === 'publication'
        ? 'publication'
        : e.date.start === e.date.end
          ? e.date.start
          : `${e.date.start}..${e.date.end}`,
  }));
  return { r, events };
}

describe('phrasebook: the common constructions of diplomatic wire copy', () => {
  it.each(ROWS)('$name', (row) => {
    const { r, events } = facts(row);
    if (row.event) expect(events).toContainEqual(row.event);
    if (row.noEvent) expect(events.map((e) => e.trigger)).not.toContain(row.noEvent);
    if (row.quote) {
      const q = r.quotes[0];
      expect({ speakerId: q?.speakerId, speakerCountry: q?.speakerCountry }).toEqual(row.quote);
    }
    for (const p of row.people ?? []) {
      const a = r.actors.newActors.find((x) => x.id === p.id);
      expect(
        a ? { id: a.id, country: a.country, ...(p.role ? { role: a.role } : {}) } : null,
      ).toEqual(p);
    }
    if (row.dateline)
      expect(r.actors.mentions.find((m) => m.role === 'dateline')?.country).toBe(row.dateline);
  });

  it('never makes the dateline a party to an event', () => {
    for (const row of ROWS.filter((x) => x.dateline)) {
      const { r } = facts(row);
      const dateline = r.actors.mentions.find((m) => m.role === 'dateline')!;
      for (const e of r.events)
        expect(e.trigger.start < dateline.start || e.trigger.start > dateline.end).toBe(true);
    }
  });

  it('never throws and keeps every offset on its text, on any mix of phrasebook sentences', () => {
    const sentences = ROWS.map((row) => row.text);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...sentences), { maxLength: 5 }),
        fc.constantFrom(' ', '\n', '\n\n'),
        (parts, sep) => {
          const text = parts.join(sep);
          const r = extractArticle(text, PUBLISHED, gazetteer);
          for (const s of [...r.actors.mentions, ...r.quotes, ...r.dates])
            expect(text.slice(s.start, s.end)).toBe(s.text);
          for (const e of r.events)
            expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
        },
      ),
      { numRuns: 60 },
    );
  });
});
