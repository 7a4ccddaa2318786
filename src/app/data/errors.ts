/**
 * Typed errors from data loading, and the one catalogue of what they say. The
 * error view shows `message` (what is wrong, naming the file), the `problems`
 * list and `advice` (what to do); nothing else is ever thrown at the user.
 */
import { SCHEMA_VERSION } from '../../shared/schema';

/**
 * refused: a `?dataset=` URL Parley will not open (another site, not http).
 * version: a dataset in another version of the format than this Parley reads.
 */
export type DatasetErrorCode = 'network' | 'http' | 'json' | 'version' | 'schema' | 'refused';

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly url: string;
  readonly problems: string[];
  /** What the reader can do about it; `backticks` mark a command. Empty when unknown. */
  readonly advice: string;

  constructor(
    code: DatasetErrorCode,
    url: string,
    message: string,
    problems: string[] = [],
    advice = '',
  ) {
    super(message);
    this.name = 'DatasetError';
    this.code = code;
    this.url = url;
    this.problems = problems;
    this.advice = advice;
  }
}

const COMPILE = '`npm run compile`';

/** The server answered, but not with the file: 404 and 5xx say different things. */
export function httpError(url: string, status: number, statusText = ''): DatasetError {
  const answer = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  if (status === 404 || status === 410)
    return new DatasetError(
      'http',
      url,
      `The dataset was not found at ${url} (${answer}).`,
      [],
      `Check the link; if the dataset is yours, compile it with ${COMPILE} and put the file at that address, then retry.`,
    );
  if (status >= 500)
    return new DatasetError(
      'http',
      url,
      `The server could not send the dataset at ${url} (${answer}).`,
      [],
      'This is often temporary: retry in a moment. If it keeps failing, the server’s log says why.',
    );
  return new DatasetError(
    'http',
    url,
    `The server refused the dataset at ${url} (${answer}).`,
    [],
    'Check the link and that the file may be shared from that server, then retry.',
  );
}

/** No answer at all: offline, server down, connection reset. */
export function networkError(url: string, cause: unknown): DatasetError {
  const why = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
  return new DatasetError(
    'network',
    url,
    `The dataset at ${url} could not be fetched${why}.`,
    [],
    'Check the connection and that the server is running, then retry.',
  );
}

/** The text arrived but is not JSON, most often a truncated download or write. */
export function jsonError(url: string): DatasetError {
  return new DatasetError(
    'json',
    url,
    `The dataset at ${url} is not valid JSON (is the file truncated?).`,
    [],
    `Compile it again with ${COMPILE} (or download it again), then retry.`,
  );
}

/** "version 2", "version "1"", for a schemaVersion that may be anything. */
const describeVersion = (found: unknown): string =>
  `version ${typeof found === 'number' ? found : JSON.stringify(found)}`;

/**
 * A dataset in another version of the format (or none): one sentence naming
 * both versions, instead of every field the other version changed.
 */
export function versionError(url: string, found: unknown): DatasetError {
  const reads = `this Parley reads version ${SCHEMA_VERSION}`;
  const message =
    found === undefined
      ? `The dataset at ${url} does not say which version of the Parley format it is in (it has no schemaVersion); ${reads}.`
      : `The dataset at ${url} is in ${describeVersion(found)} of the Parley format; ${reads}.`;
  const newer = typeof found === 'number' && found > SCHEMA_VERSION;
  const advice = newer
    ? `Open it with a newer Parley, or compile its articles again with this Parley’s compiler (${COMPILE}).`
    : `Compile its articles again with this Parley’s compiler (${COMPILE}), then retry.`;
  return new DatasetError('version', url, message, [], advice);
}

/** The right version, but records or references that break the schema's rules. */
export function schemaError(url: string, problems: string[]): DatasetError {
  return new DatasetError(
    'schema',
    url,
    `The dataset at ${url} does not match the Parley schema.`,
    problems,
    `Compile it again with ${COMPILE}; if it was edited by hand, fix the problems listed, then retry.`,
  );
}

/**
 * A `?dataset=` link Parley will not follow (another site, not http): `reason`
 * says which rule it breaks. Cut short, since the link can hold anything.
 */
export function refusedError(url: string, reason: string): DatasetError {
  const shown = url.length > 120 ? `${url.slice(0, 120)}…` : url;
  return new DatasetError(
    'refused',
    url,
    `This link asks for a dataset Parley will not open: ${shown}. ${reason}`,
    [],
    'Open the bundled dataset instead, or ask for a link to a dataset on this site.',
  );
}
