import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTriggers, lookupForm } from '../../src/compiler/stages/event-lexicon';
import { PLOVER_TYPES } from '../../src/shared/plover';

// [sentence, trigger as written, PLOVER type]: one or more per lexicon family.
const families: [string, string, string][] = [
  ['Pompeo met Kono in Tokyo.', 'met', 'CONSULT'],
  ['The two leaders held talks on Monday.', 'held talks', 'CONSULT'],
  ['Xi hosted Kim in Beijing.', 'hosted', 'CONSULT'],
  ['A summit between the two leaders.', 'summit', 'CONSULT'],
  ['The North urged the US to act.', 'urged', 'REQUEST'],
  ['Seoul called on Pyongyang to talk.', 'called on', 'REQUEST'],
  ['Tokyo demanded an apology.', 'demanded', 'REQUEST'],
  ['The envoy appealed to the North.', 'appealed', 'REQUEST'],
  ['Kim blamed the US for sanctions.', 'blamed', 'ACCUSE'],
  ['China criticised the drills.', 'criticised', 'ACCUSE'],
  ['Pyongyang slammed Seoul.', 'slammed', 'ACCUSE'],
  ['Moscow denounced the move.', 'denounced', 'ACCUSE'],
  ['The North rejected the offer.', 'rejected', 'REJECT'],
  ['Seoul turned down the request.', 'turned down', 'REJECT'],
  ['The minister ruled out talks.', 'ruled out', 'REJECT'],
  ['Kim warned Washington.', 'warned', 'THREATEN'],
  ['Iran threatened retaliation.', 'threatened', 'THREATEN'],
  ['The North test-fired a missile.', 'test-fired', 'MOBILIZE'],
  ['It launched a ballistic missile.', 'launched', 'MOBILIZE'],
  ['The allies began joint drills.', 'drills', 'MOBILIZE'],
  ['Pyongyang has cut off all lines with Seoul.', 'cut off', 'SANCTION'],
  ['The US imposed sanctions on the firm.', 'imposed sanctions', 'SANCTION'],
  ['Seoul suspended the exchanges.', 'suspended', 'SANCTION'],
  ['The US stands ready to talk.', 'ready to', 'AGREE'],
  ['Kim pledged to dismantle the site.', 'pledged', 'AGREE'],
  ['Both sides agreed to meet.', 'agreed', 'AGREE'],
  ['Trump congratulated Kim.', 'congratulated', 'SUPPORT'],
  ['The two leaders signed the accord.', 'signed', 'SUPPORT'],
  ['The North freed three detainees.', 'freed', 'RETREAT'],
  ['Iran released two sailors.', 'released', 'RETREAT'],
  ['The North will close down its missile facilities.', 'close down', 'RETREAT'],
  ['They exchanged prisoners.', 'exchanged', 'COOPERATE'],
  ['They rejected the gangster-like demand for concessions.', 'demand', 'REQUEST'],
  ['The leaders hailed the deal.', 'hailed', 'SUPPORT'],
  ['They returned the remains of soldiers.', 'returned', 'RETREAT'],
  ['Activists rallied outside the embassy.', 'rallied', 'PROTEST'],
  ['The North blew up the office.', 'blew up', 'ASSAULT'],
  ['Troops shelled the island.', 'shelled', 'ASSAULT'],
  ['Seoul sent humanitarian aid to the North.', 'humanitarian aid', 'AID'],
  ['The two navies cooperated closely.', 'cooperated', 'COOPERATE'],
  ['Police arrested the activists.', 'arrested', 'COERCE'],
  // A vow of retaliation threatens; a vow to cooperate promises.
  ['Tehran vowed to respond to the strikes.', 'vowed to respond', 'THREATEN'],
  ['The ministry vows stern response to the launch.', 'vows stern response', 'THREATEN'],
  ['The militia vowed revenge for the raid.', 'vowed revenge', 'THREATEN'],
  ['The two leaders vowed to deepen ties.', 'vowed', 'AGREE'],
  // Sanctions under other words than "sanctions".
  ['Washington reimposed oil sanctions on the country.', 'reimposed', 'SANCTION'],
  ['The ministry imposed new tariffs on steel from the bloc.', 'imposed', 'SANCTION'],
  ['Beijing banned imports of seafood from its neighbour.', 'banned', 'SANCTION'],
  ['The government announced a blanket ban on the imports.', 'blanket ban', 'SANCTION'],
];

describe('event lexicon', () => {
  it.each(families)('%s → %s is %s', (sentence, form, type) => {
    const found = findTriggers(sentence);
    expect(found.map((t) => [t.text, t.entry.type])).toContainEqual([form, type]);
  });

  it.each([
    ['The company launched a new phone.', 'launched'], // no weapon in the clause
    ['He tested the waters.', 'tested'],
    ['They returned home.', 'returned'],
    // Business and market senses of diplomatic verbs.
    ['The senator hails from Kansas.', 'hails'],
    ['The markets show signs of recovery.', 'signs'],
    ['Apple released a new phone on Monday.', 'released'],
    ['The ministry released a statement.', 'released'],
    ['The apps are free for users.', 'free'],
    ['Shares fell on the stock exchange.', 'exchange'],
    ['The foreign exchange market was calm.', 'exchange'],
    ['Exchange rates moved sharply.', 'Exchange'],
    ['Consumer demand for cars fell.', 'demand'],
    ['The plane will meet the requirements of the air force.', 'meet'],
    ['Congress killed the deal in October.', 'killed'],
    ['The carmaker will shut down three plants.', 'shut down'],
    ['The regulator imposed a fine on the bank.', 'imposed'], // no measure against a state
    ['The city banned smoking in parks.', 'banned'],
  ])('%s has no %s trigger', (sentence, form) => {
    expect(findTriggers(sentence).map((t) => t.text)).not.toContain(form);
  });

  it('prefers the longest form and reports offsets into the whole text', () => {
    const text = 'Intro. They held talks and then met.';
    const found = findTriggers(text, 7);
    expect(found.map((t) => t.text)).toEqual(['held talks', 'met']);
    for (const t of found) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('codes inflections alike and titles them in the present tense', () => {
    for (const f of ['urge', 'urges', 'urged', 'urging'])
      expect(lookupForm(f)?.type).toBe('REQUEST');
    expect(lookupForm('criticised')?.say).toEqual(['criticizes', 'criticize']);
    expect(lookupForm('cut off')?.say).toEqual(['cuts off', 'cut off']);
    expect(lookupForm('sanctions')?.kind).toBe('noun');
  });

  it('only codes PLOVER types', () => {
    for (const [s] of families)
      for (const t of findTriggers(s)) expect(PLOVER_TYPES).toContain(t.entry.type);
  });

  it('never throws and its offsets slice to their text on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const t of findTriggers(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
      }),
    );
  });
});
