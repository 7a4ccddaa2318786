import { describe, expect, it } from 'vitest';
import { findSpeechVerbs } from '../../src/compiler/stages/speech-verbs';

const found = (text: string) =>
  findSpeechVerbs(text, 0, text.length).map((v) => text.slice(v.start, v.end));

describe('findSpeechVerbs', () => {
  it.each([
    ['The minister testified that the talks had failed.', 'testified'],
    ['A spokesman clarified that no date was set.', 'clarified'],
    ['The ministry denied that troops had crossed.', 'denied'],
    ['He replies that nothing has changed.', 'replies'],
    ['She is insisting that the deal holds.', 'insisting'],
    ['The envoy reiterated his call.', 'reiterated'],
    ['Officials say the plan is dead.', 'say'],
  ])('finds the verb of saying in %j', (text, verb) => {
    expect(found(text)).toContain(verb);
  });

  it('does not take "the United States" or American "demands" for speech', () => {
    expect(found('The United States rejected American demands.')).toEqual([]);
  });

  it.each([
    ['Troops fired on Pakistani posts overnight.', []],
    ['Chinese reports said the talks failed.', ['said']],
    ['British comments angered the ministry.', []],
    ['Reuters reports that the deal is off.', ['reports']],
  ])('a noun after a nationality adjective is no verb: %j', (text, verbs) => {
    expect(found(text)).toEqual(verbs);
  });
});
