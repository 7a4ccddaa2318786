/**
 * Typed errors from data loading. The error view shows `title`, `detail` and
 * the `problems` list; nothing else is ever thrown at the user.
 */
export type DatasetErrorCode = 'network' | 'http' | 'json' | 'schema';

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
