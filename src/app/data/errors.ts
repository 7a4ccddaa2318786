/**
 * Typed errors from data loading. The error view shows `title`, `detail` and
 * the `problems` list; nothing else is ever thrown at the user.
 */
/** refused: a `?dataset=` URL Parley will not open (another site, not http). */
export type DatasetErrorCode = 'network' | 'http' | 'json' | 'schema' | 'refused';

export class DatasetError extends Error {
  readonly code: DatasetErrorCode;
  readonly url: string;
  readonly problems: string[];

  constructor(code: DatasetErrorCode, url: string, message: string, problems: string[] = []) {
    super(message);
    this.name = 'DatasetError';
    this.code = code;
    this.url = url;
    this.problems = problems;
  }
}
