/**
 * Provenance, the one rule both the schema (for texts inside the dataset) and
 * the reader (for texts fetched from their own files) apply: a quote, and the
 * words naming its speaker, are exactly the slice of the text they point at.
 */
import type { Quote } from './schema';

export interface SliceProblem {
  /** Where in the dataset's JSON, as zod paths go: ['quotes', 3, 'text']. */
  path: (string | number)[];
  message: string;
}

/** How quote `q` (at index `i` of the dataset's quotes) fails to be its slice of `text`. */
export function quoteSliceProblems(q: Quote, i: number, text: string): SliceProblem[] {
  const problems: SliceProblem[] = [];
  if (text.slice(q.start, q.end) !== q.text)
    problems.push({
      path: ['quotes', i, 'text'],
      message: `quote "${q.id}" is not the slice ${q.start}–${q.end} of its source`,
    });
  const sm = q.speakerMention;
  if (sm && text.slice(sm.start, sm.end) !== sm.text)
    problems.push({
      path: ['quotes', i, 'speakerMention'],
      message: `the speaker mention of quote "${q.id}" is not the slice ${sm.start}–${sm.end}`,
    });
  return problems;
}
