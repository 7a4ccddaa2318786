/**
 * Words for one synthetic event: its headline, its sentence, and the quotes
 * around it, written into an article while keeping track of offsets, so that
 * every span the dataset records is by construction the exact slice it claims.
 */
import type { QuadClass } from '../shared/plover';
import type { Random } from './random';
import { FRAGMENTS, STATEMENTS, type Template } from './phrases';
import type { Country, Person } from './world';

/** An event's actor: a country, or one of its people. */
export type Who = { country: Country; person: Person | null };

/** An article's text as it grows: every push returns the offset it landed at. */
export class TextBuilder {
  private parts: string[] = [];
  length = 0;

  push(s: string): number {
    const at = this.length;
    this.parts.push(s);
    this.length += s.length;
    return at;
  }

  toString(): string {
    return this.parts.join('');
  }
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return names.length < 2
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const headlineName = ({ country, person }: Who) =>
  person ? `${country.demonym} ${person.title} ${person.surname}` : country.inText;
const textName = ({ country, person }: Who) =>
  person ? `${country.demonym} ${person.title} ${person.fullName}` : country.inText;

function fill(pattern: string, a: string, b: string, x: string, singular: boolean): string {
  return pattern
    .replace('{A}', a)
    .replace('{B}', b)
    .replace('{X}', x)
    .replace('{s}', singular ? 's' : '')
    .replace('{es}', singular ? 'es' : '');
}

/** "United States accuses Iran of spying", "Protesters in the United States rally …". */
export function headline(t: Template, object: string, sources: Who[], targets: Who[]): string {
  const a = joinNames(sources.map(headlineName));
  const b = joinNames(targets.map(headlineName));
  const words = fill(agree(t.title, sources), a, b, agree(object, targets), sources.length === 1);
  // Headlines drop a leading article, and only that one.
  return capitalise(words.replace(/^the /, ''));
}

/** "the United States accused Iran of spying" (no date, no full stop, not capitalised). */
export function clause(t: Template, object: string, sources: Who[], targets: Who[]): string {
  const a = joinNames(sources.map(textName));
  const b = joinNames(targets.map(textName));
  return fill(agree(t.sentence, sources), a, b, agree(object, targets), sources.length === 1);
}

/**
 * "its" in a template refers to the actors, in an object to the targets (the
 * templates are written so); two or more of them make it "their".
 */
const agree = (words: string, who: readonly Who[]) =>
  who.length > 1 ? words.replace(/\bits\b/g, 'their') : words;

/** A sentence from a clause: capitalised, with an optional date phrase before the stop. */
export const sentence = (body: string, datePhrase: string | null): string =>
  `${capitalise(body)}${datePhrase ? ` ${datePhrase}` : ''}.`;

/** A quote as written into the text, with offsets relative to the whole article. */
export interface WrittenQuote {
  start: number;
  end: number;
  text: string;
  fragment: boolean;
  speakerId: string;
  mention: { text: string; start: number; end: number };
}

/** How the speaker is named, and who that is. */
function speakerOf(rng: Random, side: Who, peopleOf: (country: string) => readonly Person[]) {
  const person = side.person ?? (rng.chance(0.55) ? rng.pick(peopleOf(side.country.id)) : null);
  if (person)
    return {
      id: person.id,
      name: rng.chance(0.5)
        ? `${side.country.demonym} ${person.title} ${person.fullName}`
        : person.fullName,
    };
  return {
    id: side.country.id,
    name: rng.chance(0.5)
      ? side.country.capital
      : `A government spokesperson in ${side.country.capital}`,
  };
}

/**
 * Write one quote sentence (`"…," X said.`, `X said: "…."` or the fragment form
 * `X called it "…".`) at the end of the text and return its spans.
 */
export function writeQuote(
  rng: Random,
  text: TextBuilder,
  quad: QuadClass,
  side: Who,
  peopleOf: (country: string) => readonly Person[],
  /** What the event's other quote said: an answer does not repeat it word for word. */
  previous: string | null = null,
): WrittenQuote {
  const choose = (pool: readonly string[]) => {
    let said: string;
    do said = rng.pick(pool);
    while (said === previous);
    return said;
  };
  const speaker = speakerOf(rng, side, peopleOf);
  const form = rng.float();
  let start: number;
  let mentionStart: number;
  let said: string;
  if (form < 0.2) {
    said = choose(FRAGMENTS[quad]);
    mentionStart = text.push(speaker.name);
    text.push(' called it "');
    start = text.push(said);
    text.push('".');
  } else if (form < 0.6) {
    said = choose(STATEMENTS[quad]);
    mentionStart = text.push(speaker.name);
    text.push(' said: "');
    start = text.push(said);
    text.push('."');
  } else {
    said = choose(STATEMENTS[quad]);
    text.push('"');
    start = text.push(said);
    text.push('," ');
    // Mid-sentence, "A government spokesperson" loses its capital.
    speaker.name = speaker.name.replace(/^A /, 'a ');
    mentionStart = text.push(speaker.name);
    text.push(' said.');
  }
  return {
    start,
    end: start + said.length,
    text: said,
    fragment: form < 0.2,
    speakerId: speaker.id,
    mention: { text: speaker.name, start: mentionStart, end: mentionStart + speaker.name.length },
  };
}
