/**
 * The words that report an action between actors, each coded with a PLOVER
 * type: verbs in all their inflections ("urge", "urges", "urged", "urging"),
 * verb + particle phrases ("called on", "cut off"), nouns ("summit", "sanctions")
 * and adjectives of readiness ("ready to", "unwilling to"). Aimed at the
 * vocabulary of wire-service political reporting, not at any one article.
 */
import type { PloverType } from '../../shared/plover';
import { escapeRegExp } from '../text';

export type TriggerKind = 'verb' | 'noun' | 'adj';

export interface LexEntry {
  type: PloverType;
  kind: TriggerKind;
  /** Present tense for titles: [singular, plural] ("urges", "urge"). */
  say: [string, string];
  /** Word before a target in a title ("with" for "meets with"), or '' for none. */
  prep: string;
  /** When set, the clause must also contain one of these words (a "launch" of a missile). */
  requires?: RegExp;
  /** Words right after the trigger that make it another sense ("hails from", "signs of"). */
  notNext?: RegExp;
  /** Words right before the trigger that make it a noun or a name ("stock exchange"). */
  notPrev?: RegExp;
}

export interface Trigger {
  start: number;
  end: number;
  text: string;
  entry: LexEntry;
}

/** People a government frees: what makes "release" and "free" a concession. */
const CAPTIVES =
  /\b(prisoners?|detainees?|hostages?|captives?|activists?|dissidents?|journalists?|sailors?|crew|fishermen|missionar(?:y|ies)|citizens?|nationals?|abductees?)\b/i;
/** What a business meets or kills, rather than a diplomat or a soldier. */
const TARGETS_NOT_PEOPLE =
  /^\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|off\s+)?(?:requirements?|demand|expectations?|targets?|goals?|criteria|deadlines?|needs?|standards?|obligations?|deal|bill|plan|proposal|program|programme|project|idea|contract|agreement|measure|or\b)/i;
const WEAPON = /\b(missiles?|rockets?|weapons?|warheads?|projectiles?|ICBMs?|nuclear|satellite)\b/i;

/** The inflections of a regular verb, with the irregular past when given. */
/** A regular verb's forms: base, third person ("-ies" after a consonant), past, "-ing". */
export function inflect(lemma: string, past?: string): { third: string; forms: string[] } {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const third = /(s|sh|ch|x|z)$/.test(lemma)
    ? `${lemma}es`
    : /[^aeiou]y$/.test(lemma)
      ? `${lemma.slice(0, -1)}ies`
      : `${lemma}s`;
  const regularPast = /[^aeiou]y$/.test(lemma)
    ? `${lemma.slice(0, -1)}ied`
    : lemma.endsWith('e')
      ? `${lemma}d`
      : `${lemma}ed`;
  const ing = lemma.endsWith('ee') ? `${lemma}ing` : `${stem}ing`;
  return { third, forms: [lemma, third, past ?? regularPast, ing] };
}

interface VerbOptions {
  past?: string;
  /** Words that must follow the verb ("on" of "call on"). */
  particle?: string;
  prep?: string;
  requires?: RegExp;
  /** Extra spellings ("criticise"). */
  also?: string[];
  notNext?: RegExp;
  notPrev?: RegExp;
}

const FORMS = new Map<string, LexEntry>();

function verb(lemma: string, type: PloverType, o: VerbOptions = {}): void {
  const { third, forms } = inflect(lemma, o.past);
  const tail = o.particle ? ` ${o.particle}` : '';
  const entry: LexEntry = {
    type,
    kind: 'verb',
    say: [`${third}${tail}`, `${lemma}${tail}`],
    prep: o.prep ?? '',
    ...(o.requires ? { requires: o.requires } : {}),
    ...(o.notNext ? { notNext: o.notNext } : {}),
    ...(o.notPrev ? { notPrev: o.notPrev } : {}),
  };
  for (const f of [...forms, ...(o.also ?? [])]) {
    const key = `${f}${tail}`;
    if (!(PLURAL_NOUNS.has(key) && FORMS.has(key))) FORMS.set(key, entry);
  }
}

function word(
  forms: string[],
  type: PloverType,
  kind: TriggerKind,
  say: [string, string],
  prep = '',
  requires?: RegExp,
): void {
  const entry: LexEntry = { type, kind, say, prep, ...(requires ? { requires } : {}) };
  // A verb registered first keeps its base form ("visit" stays a verb), but a
  // plural that news writes far more often as a noun ("sanctions") is a noun.
  for (const f of forms) if (!FORMS.has(f) || PLURAL_NOUNS.has(f)) FORMS.set(f, entry);
}

const PLURAL_NOUNS = new Set(['talks', 'visits', 'sanctions', 'demands', 'tests', 'launches']);

/** Adjectives of (un)readiness: each form titles as itself ("is open to"). */
function adjective(forms: string[], type: PloverType): void {
  for (const f of forms) word([f], type, 'adj', [`is ${f}`, `are ${f}`]);
}

// CONSULT: meetings, visits, talks, summits.
verb('meet', 'CONSULT', {
  past: 'met',
  prep: 'with',
  also: ['meets with', 'met with'],
  notNext: TARGETS_NOT_PEOPLE,
});
verb('visit', 'CONSULT');
verb('discuss', 'CONSULT', { prep: 'with' });
verb('host', 'CONSULT');
verb('negotiate', 'CONSULT', { prep: 'with' });
verb('hold', 'CONSULT', { past: 'held', particle: 'talks', prep: 'with' });
verb('confer', 'CONSULT', { past: 'conferred', prep: 'with', also: ['conferring'] });
verb('speak', 'CONSULT', { past: 'spoke', particle: 'with', also: ['spoken'] });
verb('talk', 'CONSULT', { particle: 'with' });
// "spoke by phone with", "talked over the phone": a call is a consultation.
for (const by of ['by phone', 'by telephone', 'on the phone', 'over the phone', 'by video link']) {
  verb('speak', 'CONSULT', { past: 'spoke', particle: by, prep: 'with' });
  verb('talk', 'CONSULT', { particle: by, prep: 'with' });
}
FORMS.delete('talks with');
FORMS.delete('talk with');
word(['summit', 'summits'], 'CONSULT', 'noun', ['holds a summit', 'hold a summit'], 'with');
word(['talks', 'negotiations'], 'CONSULT', 'noun', ['holds talks', 'hold talks'], 'with');
word(['meeting', 'meetings', 'visit', 'visits'], 'CONSULT', 'noun', ['meets', 'meet'], 'with');
word(
  [
    'phone call',
    'phone calls',
    'telephone call',
    'telephone calls',
    'phone conversation',
    'telephone conversation',
    'phone talks',
    'telephone talks',
    'video call',
    'video conference',
    'videoconference',
  ],
  'CONSULT',
  'noun',
  ['holds a call', 'hold a call'],
  'with',
);
// REQUEST: calls on someone to act.
verb('urge', 'REQUEST');
verb('call', 'REQUEST', { particle: 'on' });
verb('call', 'REQUEST', { particle: 'for' });
verb('ask', 'REQUEST');
// "demand for cars", "consumer demand": the market's, not a government's.
verb('demand', 'REQUEST', {
  notPrev:
    /\b(?:customer|consumer|market|global|domestic|strong|weak|in|meet|oil|energy|fuel|travel|export|import|passenger|housing)\s+$/i,
});
verb('appeal', 'REQUEST', { prep: 'to' });
verb('request', 'REQUEST');
verb('implore', 'REQUEST');
verb('press', 'REQUEST', { particle: 'for' });
word(['appeal', 'appeals', 'plea', 'request'], 'REQUEST', 'noun', ['appeals', 'appeal'], 'to');
word(['demands'], 'REQUEST', 'noun', ['demands', 'demand']);
// ACCUSE: criticism, blame, allegations.
verb('blame', 'ACCUSE');
verb('criticize', 'ACCUSE', { also: ['criticise', 'criticised', 'criticises', 'criticising'] });
verb('denounce', 'ACCUSE');
verb('condemn', 'ACCUSE');
verb('accuse', 'ACCUSE');
verb('slam', 'ACCUSE', { past: 'slammed', also: ['slamming'] });
verb('lambast', 'ACCUSE');
verb('decry', 'ACCUSE');
verb('rebuke', 'ACCUSE');
verb('blast', 'ACCUSE', { requires: /\b(as|for|over)\b/i });
word(['criticism', 'condemnation', 'accusations', 'accusation'], 'ACCUSE', 'noun', [
  'criticizes',
  'criticize',
]);
// "expressed concern over", "voiced strong concerns": the mildest disapproval.
word(
  ['concern', 'concerns', 'deep concern', 'grave concern', 'serious concern', 'strong concern'],
  'ACCUSE',
  'noun',
  ['expresses concern', 'express concern'],
  'over',
);
// A government protests through diplomats: "summoned the ambassador", "lodged a protest".
verb('summon', 'ACCUSE', { requires: /\b(ambassador|envoy|diplomats?|charg[eé]|attach[eé])\b/i });
verb('protest', 'ACCUSE');
word(['protest', 'formal protest', 'solemn protest', 'strong protest'], 'ACCUSE', 'noun', [
  'lodges a protest',
  'lodge a protest',
]);
// The noun only when lodged, filed or made: "there will be a protest of the award" is none.
FORMS.set('protest', {
  ...FORMS.get('protest')!,
  notPrev:
    /^(?![\s\S]*\b(?:lodg|fil|regist|mak|made|issu|sen|deliver|rais|voic)\w*\s+(?:\w+\s+){0,2}$)[\s\S]*\b(?:a|an|the|its|their|his|her)\s+(?:\w+\s+)?$/i,
});
// REJECT: refusals and unwillingness. "declined to comment" refuses a reporter, not a party.
const NO_COMMENT =
  /^\s+(?:to\s+)?(?:comment|elaborate|confirm|disclose|specify|reveal|say|be\s+(?:named|identified|quoted)|give\s+(?:details|further)|provide\s+(?:details|further))\b/i;
verb('refuse', 'REJECT', { notNext: NO_COMMENT });
verb('reject', 'REJECT');
verb('oppose', 'REJECT', { notPrev: /\b(?:the|an?|of|in|to)\s+$/i });
verb('turn', 'REJECT', { particle: 'down' });
verb('rule', 'REJECT', { particle: 'out' });
verb('decline', 'REJECT', { particle: 'to', notNext: NO_COMMENT });
verb('deny', 'REJECT');
verb('rebuff', 'REJECT');
// "dismissed the report as groundless": a claim is refused, not an actor blamed.
verb('dismiss', 'REJECT');
verb('veto', 'REJECT', { past: 'vetoed', also: ['vetoes'] });
verb('boycott', 'REJECT');
adjective(['unwilling to', 'unwilling', 'not willing to', 'not ready to'], 'REJECT');
word(['unwillingness', 'reluctance'], 'REJECT', 'noun', ['is unwilling', 'are unwilling']);
word(['refusal', 'rejection'], 'REJECT', 'noun', ['refuses', 'refuse']);
// THREATEN: warnings and threats.
verb('warn', 'THREATEN');
verb('threaten', 'THREATEN');
word(['ultimatum', 'warning', 'warnings'], 'THREATEN', 'noun', ['warns', 'warn']);
// MOBILIZE: military posturing and weapons tests.
verb('test-fire', 'MOBILIZE', { also: ['test fire', 'test-fired', 'test fired'] });
verb('fire', 'MOBILIZE', { requires: WEAPON });
verb('launch', 'MOBILIZE', { requires: WEAPON });
verb('test', 'MOBILIZE', { requires: WEAPON });
verb('deploy', 'MOBILIZE');
verb('mobilize', 'MOBILIZE', { also: ['mobilise', 'mobilised'] });
word(
  [
    'test-firing',
    'tests',
    'missile test',
    'missile tests',
    'weapons test',
    'nuclear test',
    'launches',
  ],
  'MOBILIZE',
  'noun',
  ['tests weapons', 'test weapons'],
  '',
  WEAPON,
);
word(['sanctions'], 'SANCTION', 'noun', ['imposes sanctions', 'impose sanctions'], 'on');
word(['drills', 'military exercises', 'war games'], 'MOBILIZE', 'noun', [
  'holds drills',
  'hold drills',
]);
// SANCTION: reducing relations.
verb('cut', 'SANCTION', { past: 'cut', particle: 'off', also: ['cutting'] });
verb('sever', 'SANCTION');
verb('suspend', 'SANCTION');
verb('sanction', 'SANCTION');
verb('expel', 'SANCTION', { past: 'expelled', also: ['expelling'] });
verb('break', 'SANCTION', { past: 'broke', particle: 'off', also: ['broken'] });
verb('impose', 'SANCTION', { particle: 'sanctions', prep: 'on' });
// "reimposed oil sanctions", "imposed a blanket ban on imports": the measure may come later in the clause.
const MEASURES = /\b(sanctions|tariffs|embargo|ban|restrictions|curbs|export controls)\b/i;
verb('impose', 'SANCTION', { prep: 'on', requires: MEASURES });
verb('reimpose', 'SANCTION', {
  prep: 'on',
  requires: MEASURES,
  also: ['re-impose', 're-imposes', 're-imposed', 're-imposing'],
});
verb('ban', 'SANCTION', {
  past: 'banned',
  also: ['banning'],
  requires: /\b(imports?|exports?|entry|flights?|shipments?)\b/i,
  // "keep its existing ban in place" reports no new act.
  notPrev: /\b(?:its|their|the|a|an|existing|current)\s+$/i,
});
word(
  ['import ban', 'export ban', 'blanket ban', 'embargo', 'trade embargo', 'arms embargo'],
  'SANCTION',
  'noun',
  ['imposes a ban', 'impose a ban'],
  'on',
);
verb('freeze', 'SANCTION', {
  past: 'froze',
  also: ['frozen'],
  requires: /\b(assets|accounts|funds|reserves|holdings|property|properties)\b/i,
});
// AGREE: promises and readiness.
verb('agree', 'AGREE', { past: 'agreed', also: ['agreeing'] });
verb('pledge', 'AGREE');
verb('promise', 'AGREE');
verb('commit', 'AGREE', { past: 'committed', also: ['committing'] });
verb('vow', 'AGREE');
// "vows to respond", "vowed revenge": a vow of retaliation is a threat, not a promise.
for (const what of [
  'to respond',
  'to retaliate',
  'to avenge',
  'revenge',
  'retaliation',
  'a response',
  'stern response',
  'a stern response',
  'a strong response',
  'a proportionate response',
])
  verb('vow', 'THREATEN', { particle: what });
verb('invite', 'AGREE');
verb('offer', 'AGREE', { particle: 'to' });
adjective(['ready to', 'ready for', 'willing to', 'open to', 'prepared to', 'hopeful'], 'AGREE');
word(['efforts', 'all-out efforts'], 'AGREE', 'noun', ['pledges efforts', 'pledge efforts']);
word(['willingness', 'readiness'], 'AGREE', 'noun', ['is willing', 'are willing']);
word(['openness'], 'AGREE', 'noun', ['is open', 'are open']);
word(['pledge', 'promise', 'commitment'], 'AGREE', 'noun', ['pledges', 'pledge']);
// SUPPORT: praise, endorsement, signing.
verb('congratulate', 'SUPPORT');
verb('praise', 'SUPPORT');
verb('welcome', 'SUPPORT');
verb('sign', 'SUPPORT', { notNext: /^\s+of\b/i });
verb('endorse', 'SUPPORT');
verb('commend', 'SUPPORT');
verb('applaud', 'SUPPORT');
verb('hail', 'SUPPORT', { notNext: /^\s+from\b/i });
verb('thank', 'SUPPORT');
verb('back', 'SUPPORT', { requires: /\b(plan|proposal|bid|deal|resolution|efforts?)\b/i });
// RETREAT: concessions with material effect.
verb('dismantle', 'RETREAT');
// A company releases products and statements; a government releases prisoners.
verb('release', 'RETREAT', { requires: CAPTIVES });
verb('withdraw', 'RETREAT', { past: 'withdrew', also: ['withdrawn'] });
verb('free', 'RETREAT', { past: 'freed', also: ['freeing'], requires: CAPTIVES });
verb('return', 'RETREAT', { requires: /\b(remains|prisoners?|detainees?|hostages?)\b/i });
// A government shuts a site or an office; a company shuts plants and is no news of this kind.
const SITES =
  /\b(embass(?:y|ies)|consulates?|border|test site|reactors?|liaison office|missile sites?|(?:nuclear|missile|military|test|launch) (?:sites?|facilit(?:y|ies))|facilit(?:y|ies)|bases?)\b/i;
verb('close', 'RETREAT', { particle: 'down', requires: SITES });
verb('shut', 'RETREAT', { past: 'shut', particle: 'down', also: ['shutting'], requires: SITES });
verb('lift', 'RETREAT', { requires: /\b(sanctions|ban|embargo|restrictions)\b/i });
verb('disarm', 'RETREAT');
// PROTEST: civilian demonstrations (a government's "protest" is an ACCUSE, above).
verb('rally', 'PROTEST', { past: 'rallied' });
verb('demonstrate', 'PROTEST', { requires: /\b(against|outside|streets?)\b/i });
word(['protests', 'demonstrations', 'rallies'], 'PROTEST', 'noun', ['protests', 'protest']);
// ASSAULT: physical harm and destruction.
verb('blow', 'ASSAULT', { past: 'blew', particle: 'up', also: ['blown'] });
verb('attack', 'ASSAULT');
verb('shell', 'ASSAULT');
verb('bomb', 'ASSAULT');
verb('demolish', 'ASSAULT');
verb('destroy', 'ASSAULT');
verb('invade', 'ASSAULT');
verb('kill', 'ASSAULT', { notNext: TARGETS_NOT_PEOPLE });
word(['airstrike', 'airstrikes', 'attack', 'attacks'], 'ASSAULT', 'noun', ['attacks', 'attack']);
word(['invasion', 'incursion'], 'ASSAULT', 'noun', ['invades', 'invade']);
// AID and COOPERATE: material cooperation.
verb('donate', 'AID', { prep: 'to' });
word(
  ['humanitarian aid', 'humanitarian assistance', 'food aid', 'aid'],
  'AID',
  'noun',
  ['sends aid', 'send aid'],
  'to',
);
verb('cooperate', 'COOPERATE', { prep: 'with' });
verb('collaborate', 'COOPERATE', { prep: 'with' });
// "stock exchange", "foreign exchange", "exchange rates" are markets.
verb('exchange', 'COOPERATE', {
  prep: 'with',
  notNext: /^\s+(?:rates?|traded|index|listing)\b/i,
  notPrev: /\b(?:stock|foreign|currency|futures|commodit(?:y|ies)|the|an?|on|its|their)\s+$/i,
});
// COERCE: repression short of violence.
verb('arrest', 'COERCE');
verb('detain', 'COERCE');
verb('seize', 'COERCE');

/** Every form, longest first so that "held talks" wins over "talks". */
const ALTERNATION = [...FORMS.keys()]
  .sort((a, b) => b.length - a.length || a.localeCompare(b))
  .map((f) => escapeRegExp(f).replace(/[ -]/g, '[\\s-]+'))
  .join('|');
const PATTERN = new RegExp(`\\b(?:${ALTERNATION})\\b`, 'gi');

/** The lexicon entry for a form as written ("Urged" → urge), if any. */
export function lookupForm(form: string): LexEntry | undefined {
  const lower = form.toLowerCase();
  return (
    FORMS.get(lower.replace(/[\s-]+/g, (m) => (m.includes('-') ? '-' : ' '))) ??
    FORMS.get(lower.replace(/[\s-]+/g, ' '))
  );
}

/**
 * Every trigger in `text.slice(from, to)`, left to right, not overlapping. An
 * entry with `requires` counts only when its word appears in the same range.
 */
export function findTriggers(text: string, from = 0, to = text.length): Trigger[] {
  const slice = text.slice(from, to);
  const out: Trigger[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(slice); m; m = PATTERN.exec(slice)) {
    const entry = lookupForm(m[0]);
    if (!entry || (entry.requires && !entry.requires.test(slice))) continue;
    const at = from + m.index;
    const end = at + m[0].length;
    if (entry.notNext?.test(text.slice(end, end + 40))) continue;
    if (entry.notPrev?.test(text.slice(Math.max(0, at - 25), at))) continue;
    out.push({ start: at, end, text: m[0], entry });
  }
  return out;
}
