/**
 * The words of synthetic news: for each PLOVER type, headline and sentence
 * templates with and without a target, and what officials say about it.
 * Placeholders: {A} who acted, {B} toward whom, {X} one of the template's
 * objects, {s}/{es} the verb ending for a singular subject in a headline.
 * "its" in a sentence refers to {A} and in an object to {B}, so that it can
 * become "their" when there are several of them.
 */
import type { PloverType, QuadClass } from '../shared/plover';

export interface Template {
  /** Present tense, headline style: "{A} accuse{s} {B} of {X}". */
  title: string;
  /** Past tense, for the article: "{A} accused {B} of {X}". */
  sentence: string;
  objects: readonly string[];
  /** Whether {A} / {B} may be a person rather than a country (it must read well). */
  people: { a: boolean; b: boolean };
}

const t = (title: string, sentence: string, objects: string[], people = 'AB'): Template => ({
  title,
  sentence,
  objects,
  people: { a: people.includes('A'), b: people.includes('B') },
});

/** Templates by type: `targeted` ones use {B}, `alone` ones have no target. */
// prettier-ignore
export const TEMPLATES: Readonly<
  Record<PloverType, { targeted: readonly Template[]; alone: readonly Template[] }>
> = {
  AGREE: {
    targeted: [
      t('{A} agree{s} with {B} to {X}', '{A} agreed with {B} to {X}', [
        'resume direct flights', 'extend the ceasefire', 'set up a joint border commission',
        'cut tariffs on farm goods', 'exchange prisoners', 'reopen their consulates',
      ]),
      t('{A} promise{s} {B} to {X}', '{A} promised {B} to {X}', [
        'ratify the fisheries accord', 'speed up visa approvals', 'share flood warnings',
      ]),
    ],
    alone: [
      t('{A} agree{s} to {X}', '{A} agreed to {X}', [
        'join the climate accord', 'cap uranium enrichment', 'hold early elections',
      ]),
    ],
  },
  CONSULT: {
    targeted: [
      t('{A} hold{s} talks with {B} on {X}', '{A} held talks with {B} on {X}', [
        'trade', 'border security', 'energy supplies', 'the nuclear programme', 'refugees',
        'counterterrorism', 'fishing rights', 'water sharing',
      ]),
      t('{A} host{s} {B} for {X}', '{A} hosted {B} for {X}', [
        'a state visit', 'a two-day summit', 'security consultations', 'a round of trade talks',
      ]),
    ],
    alone: [
      t('{A} host{s} {X}', '{A} hosted {X}', [
        'a regional security conference', 'a donors conference', 'a summit on migration',
      ]),
    ],
  },
  SUPPORT: {
    targeted: [
      t('{A} back{s} {B} on {X}', '{A} backed {B} on {X}', [
        'its bid to join the World Trade Organization', 'its peace plan',
        'its candidate for the UN post',
      ], 'A'),
      t('{A} praise{s} {B} for {X}', '{A} praised {B} for {X}', [
        'its handling of the refugee crisis', 'releasing political prisoners',
        'its role in the peace talks',
      ], 'A'),
    ],
    alone: [
      t('{A} endorse{s} {X}', '{A} endorsed {X}', [
        'the UN peace plan', 'the new nuclear safety rules', 'the regional trade pact',
      ]),
    ],
  },
  CONCEDE: {
    targeted: [
      t('{A} drop{s} objection to {B} {X}', '{A} dropped its objection to {B} {X}', [
        'joining the alliance', 'hosting the summit', 'taking a seat on the council',
      ], ''),
      t('{A} apologise{s} to {B} for {X}', '{A} apologised to {B} for {X}', [
        'the border incident', 'remarks by an ambassador', 'the detention of fishermen',
      ]),
    ],
    alone: [
      t('{A} ease{s} {X}', '{A} eased {X}', [
        'restrictions on foreign journalists', 'currency controls', 'curbs on opposition parties',
      ], ''),
    ],
  },
  COOPERATE: {
    targeted: [
      t('{A} join{s} {B} in {X}', '{A} joined {B} in {X}', [
        'joint naval exercises', 'a search-and-rescue mission', 'a vaccine research programme',
        'patrols against piracy',
      ], ''),
      t('{A} sign{s} {X} with {B}', '{A} signed {X} with {B}', [
        'an energy deal', 'an extradition treaty', 'a defence cooperation pact',
        'a deal to build a gas pipeline',
      ]),
    ],
    alone: [
      t('{A} join{s} {X}', '{A} joined {X}', [
        'an international search mission', 'a UN peacekeeping operation',
      ], ''),
    ],
  },
  AID: {
    targeted: [
      t('{A} send{s} {X} to {B}', '{A} sent {X} to {B}', [
        'emergency food aid', 'medical supplies', 'a field hospital',
        'rescue teams after the earthquake', 'winter fuel',
      ], ''),
      t('{A} pledge{s} {X} to {B}', '{A} pledged {X} to {B}', [
        '$50 million in reconstruction aid', '$200 million in loans', 'grain shipments',
      ], 'A'),
    ],
    alone: [
      t('{A} pledge{s} {X}', '{A} pledged {X}', [
        'emergency aid for flood victims', 'funds for refugee camps',
      ], 'A'),
    ],
  },
  RETREAT: {
    targeted: [
      t('{A} withdraw{s} {X} from {B}', '{A} withdrew {X} from {B}', [
        'troops', 'warships', 'military advisers',
      ], ''),
      t('{A} hand{s} over {X} to {B}', '{A} handed over {X} to {B}', [
        'captured soldiers', 'disputed border posts', 'the seized tanker',
      ], ''),
    ],
    alone: [
      t('{A} dismantle{s} {X}', '{A} dismantled {X}', [
        'a missile site', 'checkpoints along the border', 'a nuclear test site',
      ], ''),
    ],
  },
  REQUEST: {
    targeted: [
      t('{A} urge{s} {B} to {X}', '{A} urged {B} to {X}', [
        'return to the negotiating table', 'release detained journalists',
        'allow aid convoys in', 'admit weapons inspectors', 'show restraint',
      ]),
      t('{A} ask{s} {B} for {X}', '{A} asked {B} for {X}', [
        'help with border security', 'emergency loans', 'the extradition of a suspect',
      ]),
    ],
    alone: [
      t('{A} call{s} for {X}', '{A} called for {X}', [
        'an emergency session of the UN Security Council', 'an international inquiry',
        'a global ceasefire',
      ]),
    ],
  },
  ACCUSE: {
    targeted: [
      t('{A} accuse{s} {B} of {X}', '{A} accused {B} of {X}', [
        'violating the ceasefire', 'meddling in elections', 'cyberattacks on banks',
        'harbouring militants', 'human rights abuses', 'spying', 'breaking the trade agreement',
      ]),
      t('{A} criticise{s} {B} over {X}', '{A} criticised {B} over {X}', [
        'the treatment of minorities', 'the arrest of opposition leaders',
        'a military build-up', 'delays in the talks',
      ]),
    ],
    alone: [
      t('{A} blame{s} foreign agents for {X}', '{A} blamed foreign agents for {X}', [
        'the riots', 'the pipeline explosion', 'the power cuts',
      ]),
    ],
  },
  REJECT: {
    targeted: [
      t('{A} reject{s} {X} from {B}', '{A} rejected {X} from {B}', [
        'a proposal for joint patrols', 'demands for compensation', 'a request for extradition',
        'an offer of talks',
      ]),
    ],
    alone: [
      t('{A} reject{s} {X}', '{A} rejected {X}', [
        'the UN resolution', 'the court ruling', 'calls for a referendum',
      ]),
    ],
  },
  THREATEN: {
    targeted: [
      t('{A} threaten{s} {B} with {X}', '{A} threatened {B} with {X}', [
        'sanctions', 'retaliation', 'a trade embargo', 'military action',
      ]),
      t('{A} warn{s} {B} against {X}', '{A} warned {B} against {X}', [
        'crossing the border', 'deploying missiles', 'testing nuclear weapons',
        'meddling in the region',
      ]),
    ],
    alone: [
      t('{A} threaten{s} to {X}', '{A} threatened to {X}', [
        'quit the treaty', 'restart uranium enrichment', 'close the border',
      ]),
    ],
  },
  PROTEST: {
    targeted: [
      t('Protesters in {A} rally against {B} over {X}',
        'protesters in {A} rallied against {B} over {X}', [
        'the border killings', 'the trade dispute', 'the treatment of migrants', 'the new dam',
      ], 'B'),
    ],
    alone: [
      t('Thousands protest in {A} against {X}',
        'thousands of people protested in {A} against {X}', [
        'rising fuel prices', 'the election result', 'corruption', 'the new security law',
      ], ''),
    ],
  },
  SANCTION: {
    targeted: [
      t('{A} impose{s} sanctions on {B} over {X}', '{A} imposed sanctions on {B} over {X}', [
        'the nuclear programme', 'human rights abuses', 'election fraud', 'missile tests',
      ]),
      t('{A} suspend{s} {X} with {B}', '{A} suspended {X} with {B}', [
        'trade talks', 'diplomatic relations', 'military cooperation', 'direct flights',
      ], ''),
    ],
    alone: [
      t('{A} expel{s} {X}', '{A} expelled {X}', [
        'foreign diplomats', 'foreign correspondents',
      ], ''),
    ],
  },
  MOBILIZE: {
    targeted: [
      t('{A} deploy{s} {X} near {B}', '{A} deployed {X} near {B}', [
        'warships', 'fighter jets', 'missile batteries', 'tanks',
      ], ''),
      t('{A} put{s} {X} on alert over {B}', '{A} put {X} on alert over {B}', [
        'air defences', 'troops', 'the navy',
      ], ''),
    ],
    alone: [
      t('{A} test-fire{s} {X}', '{A} test-fired {X}', [
        'a ballistic missile', 'a cruise missile', 'a hypersonic missile', 'a new rocket engine',
      ], ''),
    ],
  },
  COERCE: {
    targeted: [
      t('{A} detain{s} {X} from {B}', '{A} detained {X} from {B}', [
        'journalists', 'fishermen', 'aid workers', 'students',
      ], ''),
      t('{A} close{s} border with {B} to {X}', '{A} closed its border with {B} to {X}', [
        'trucks', 'migrants', 'all trade',
      ], ''),
    ],
    alone: [
      t('{A} detain{s} {X}', '{A} detained {X}', [
        'opposition activists', 'protest leaders', 'foreign journalists',
      ], ''),
    ],
  },
  ASSAULT: {
    targeted: [
      t('{A} launch{es} {X} on {B}', '{A} launched {X} on {B}', [
        'air strikes', 'artillery strikes', 'drone strikes', 'a cyberattack',
      ], ''),
      t('{A} shell{s} {X} in {B}', '{A} shelled {X} in {B}', [
        'border villages', 'military posts',
      ], ''),
    ],
    alone: [
      t('{A} bomb{s} {X}', '{A} bombed {X}', [
        'rebel positions', 'militant camps', 'insurgent strongholds',
      ], ''),
    ],
  },
};

/** Relative frequencies: verbal types are commoner, as in event data generally. */
// prettier-ignore
export const TYPE_WEIGHTS: Readonly<Record<PloverType, number>> = {
  AGREE: 7, CONSULT: 14, SUPPORT: 8, CONCEDE: 3,
  COOPERATE: 6, AID: 4, RETREAT: 2,
  REQUEST: 8, ACCUSE: 10, REJECT: 6, THREATEN: 5,
  PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 3, ASSAULT: 4,
};

/** Statements, by the quad class of the event they answer (no quotation marks). */
export const STATEMENTS: Readonly<Record<QuadClass, readonly string[]>> = {
  'verbal-cooperation': [
    'We look forward to deepening our partnership',
    'This is a good day for both our peoples',
    'Dialogue is the only way forward',
    'We have agreed to keep talking, and that matters',
    'Our doors remain open',
    'The talks were frank and constructive',
  ],
  'material-cooperation': [
    'We will stand by our friends when they need us most',
    'The first shipments will arrive within days',
    'This agreement will create thousands of jobs',
    'Our teams are already on the ground',
    'We have kept our side of the bargain',
  ],
  'verbal-conflict': [
    'These accusations are baseless',
    'This is a dangerous provocation and it will not go unanswered',
    'We will not negotiate under pressure',
    'The world is watching and it will not forget',
    'Our patience has limits',
    'They must return to the table without preconditions',
  ],
  'material-conflict': [
    'We will defend our territory by every means available',
    'This was an act of aggression',
    'The measures will stay in place until the violations stop',
    'Civilians are paying the price',
    'We reserve the right to respond',
  ],
};

/** Short quoted labels ("called the move 'reckless'"), by quad class. */
export const FRAGMENTS: Readonly<Record<QuadClass, readonly string[]>> = {
  'verbal-cooperation': ['a historic step', 'productive', 'a new chapter'],
  'material-cooperation': ['a lifeline', 'long overdue', 'a model for the region'],
  'verbal-conflict': ['reckless', 'baseless', 'gangster-like', 'unacceptable'],
  'material-conflict': ['an act of war', 'barbaric', 'a grave escalation'],
};

/** A second sentence about the event, sometimes; {C} is the acting country's capital. */
export const FOLLOW_UPS: readonly string[] = [
  'Officials in {C} gave no further details.',
  'The announcement was carried by state media in {C}.',
  'Analysts said the move had been expected for weeks.',
  'Diplomats said the decision followed months of quiet contacts.',
];
