/**
 * One catalogue of compiler messages. Every problem has a code, a level, the
 * file (and line, where there is one) it is about, what is wrong and what to
 * do. Stages report into a bag instead of throwing, so one run lists them all.
 */

export type Level = 'error' | 'warning';

export interface Diagnostic {
  code: string;
  level: Level;
  file: string;
  line: number | null;
  message: string;
  hint: string;
}

/** Every code the compiler reports, with what it means. */
export const CODES = {
  PARLEY001: 'manifest is not valid',
  PARLEY002: 'source file listed in the manifest is missing',
  PARLEY003: 'curation file is not valid',
  PARLEY004: 'evidence phrase not found verbatim in the article',
  PARLEY005: 'evidence phrase is ambiguous (found more than once)',
  PARLEY006: 'date words not found in the article',
  PARLEY007: 'date words could not be resolved',
  PARLEY008: 'unknown actor id',
  PARLEY009: 'unknown source id',
  PARLEY010: 'quotation has no speaker',
  PARLEY011: 'curated quote matches no quotation in the article',
  PARLEY012: 'speaker words not found near the quote',
  // PARLEY013 (unknown event id) is retired, not reused: corrections name events by their words.
  PARLEY014: 'duplicate id',
  PARLEY015: 'compiled dataset fails the schema',
  PARLEY016: 'event has no country',
  PARLEY017: 'evidence lies in page furniture',
  PARLEY018: 'article is empty',
  PARLEY019: 'article is not valid UTF-8',
  PARLEY020: 'correction points at no event',
  PARLEY021: 'correction points at several events',
  PARLEY022: 'split does not fit the event',
} as const;
export type Code = keyof typeof CODES;

/** The bag stages report into; the command line prints it and exits non-zero on errors. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  report(
    code: Code,
    level: Level,
    file: string,
    line: number | null,
    message: string,
    hint: string,
  ): void {
    this.items.push({ code, level, file, line, message, hint });
  }
  error(code: Code, file: string, line: number | null, message: string, hint: string): void {
    this.report(code, 'error', file, line, message, hint);
  }
  warn(code: Code, file: string, line: number | null, message: string, hint: string): void {
    this.report(code, 'warning', file, line, message, hint);
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.level === 'error');
  }
}

/** "data/curation/corrections.json:42: error PARLEY004: … \n  → hint" */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === null ? d.file : `${d.file}:${d.line}`;
  return `${where}: ${d.level} ${d.code}: ${d.message}\n  → ${d.hint}`;
}
