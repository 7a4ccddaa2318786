/**
 * Zod's issues about a dataset, in words a person can act on: where in the
 * JSON (`events[3].date.start`), what was expected and what was found.
 */
import type { z } from 'zod';

/** `events[3].date.start`: the path as a person would write it into the JSON. */
function pathWords(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the dataset';
  return path
    .map((k, i) =>
      typeof k === 'number'
        ? `[${k}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(k))
          ? `${i ? '.' : ''}${String(k)}`
          : `[${JSON.stringify(String(k))}]`,
    )
    .join('');
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

/** The value that was there instead, briefly: `"2019-2-27"`, `5`, `a list`. */
function foundWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, k) =>
      typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[k] : undefined,
    input,
  );

const plural = (n: number | bigint, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What an issue expected, in words; null where its own message says it all. */
function expectedWords(issue: z.core.$ZodIssue): string | null {
  switch (issue.code) {
    case 'invalid_type':
      return KINDS[issue.expected] ?? issue.expected;
    case 'invalid_value': {
      const shown = issue.values.slice(0, 6).map((v) => JSON.stringify(v));
      const more = issue.values.length > 6 ? `, … (${issue.values.length} in all)` : '';
      return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}${more}`;
    }
    case 'too_small':
      if (issue.origin === 'array') return `at least ${plural(issue.minimum, 'item')}`;
      if (issue.origin === 'string') return `at least ${plural(issue.minimum, 'character')}`;
      return `${issue.minimum} or more`;
    case 'too_big':
      if (issue.origin === 'array') return `at most ${plural(issue.maximum, 'item')}`;
      if (issue.origin === 'string') return `at most ${plural(issue.maximum, 'character')}`;
      return `${issue.maximum} or less`;
    default:
      return null;
  }
}

/**
 * One issue in plain words, without zod's "Invalid input:" prefixes, and with
 * the value that was there when the input is known.
 */
function issueWords(issue: z.core.$ZodIssue, input: unknown, known: boolean): string {
  const value = known ? valueAt(input, issue.path) : undefined;
  const expected = expectedWords(issue);
  // Our own messages (refinements, regexes, the rules) are already plain words.
  if (expected === null)
    return /^expected /.test(issue.message) && value !== undefined && typeof value !== 'object'
      ? `${issue.message}, found ${foundWords(value)}`
      : issue.message;
  if (!known || issue.code === 'too_small' || issue.code === 'too_big')
    return `expected ${expected}`;
  return value === undefined
    ? `missing (expected ${expected})`
    : `expected ${expected}, found ${foundWords(value)}`;
}

/**
 * A human-readable list of the first problems in a failed parse (ten unless
 * told), each led by its JSON path in plain words ("events[3].date.start:
 * expected a calendar date like 2019-02-27, found "2019-2-27""), then how many
 * more there are. Given the parsed `input`, it also says what was found.
 */
export function describeIssues(error: z.ZodError, max = 10, input?: unknown): string[] {
  const known = input !== undefined;
  const lines = error.issues
    .slice(0, max)
    .map((i) => `${pathWords(i.path)}: ${issueWords(i, input, known)}`);
  if (error.issues.length > max) lines.push(`… and ${error.issues.length - max} more`);
  return lines;
}
