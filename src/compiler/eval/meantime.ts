/**
 * Score a date tagger against MEANTIME (English, TimeML TIMEX3 with character
 * offsets; read from ../shared/eval/meantime-timex.json by a caller, never
 * stored in the project). Pure: the caller reads the file and passes its JSON.
 *
 * Gold is every DATE timex. A prediction is a true positive when its span
 * overlaps a gold DATE span not yet matched and its value is equal (one-to-one,
 * in text order); every other prediction is a false positive, including those
 * that overlap DURATION, SET or TIME annotations.
 */
import { z } from 'zod';
import type { TimeExpression } from '../extraction';
import { prf } from './score';

const TimexSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  type: z.enum(['DATE', 'DURATION', 'SET', 'TIME']),
  value: z.string(),
});

const DocumentSchema = z.object({
  id: z.string(),
  published: z.string(),
  text: z.string(),
  timexes: z.array(TimexSchema),
});

const CorpusSchema = z.object({ documents: z.array(DocumentSchema) });

export interface DateMiss {
  doc: string;
  text: string;
  /** The gold value (absent for a false positive). */
  gold?: string;
  /** The predicted value (absent for a miss). */
  predicted?: string;
}

export interface DateScore {
  documents: number;
  gold: number;
  predicted: number;
  truePositives: number;
  precision: number;
  recall: number;
  f1: number;
  misses: DateMiss[];
}

/**
 * Publication dates as ISO. The corpus writes most as YYYY-MM-DD and a few as
 * DD-MM-YYYY ("03-02-2009": the article's own dateline reads "February 3, 2009").
 */
export function normalisePublished(published: string): string {
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(published);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : published;
}

/**
 * MEANTIME annotates the title, the creation-date line and the first sentences
 * of each article only (its guidelines stop at the fifth sentence; in this
 * file, one line per sentence, no annotation is past the sixth line). Scoring
 * predictions beyond that would count correct dates as false positives.
 */
const ANNOTATED_LINES = 6;

/** Where the annotated part of a MEANTIME text ends. */
export function annotatedEnd(text: string): number {
  let at = -1;
  for (let i = 0; i < ANNOTATED_LINES; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

/** Score `tagger` on the MEANTIME corpus JSON (validated here; throws on a wrong shape). */
export function scoreMeantime(
  data: unknown,
  tagger: (text: string, published: string) => TimeExpression[],
): DateScore {
  const corpus = CorpusSchema.parse(data);
  let gold = 0;
  let predicted = 0;
  let truePositives = 0;
  const misses: DateMiss[] = [];
  for (const doc of corpus.documents) {
    const limit = annotatedEnd(doc.text);
    const dates = doc.timexes.filter((t) => t.type === 'DATE');
    const predictions = tagger(doc.text, normalisePublished(doc.published)).filter(
      (p) => p.start < limit,
    );
    gold += dates.length;
    predicted += predictions.length;
    const matched = new Set<number>();
    for (const p of predictions) {
      const i = dates.findIndex(
        (g, j) => !matched.has(j) && p.start < g.end && g.start < p.end && g.value === p.value,
      );
      if (i >= 0) {
        matched.add(i);
        truePositives++;
        continue;
      }
      const overlapping = doc.timexes.find((g) => p.start < g.end && g.start < p.end);
      misses.push({
        doc: doc.id,
        text: p.text,
        predicted: p.value,
        ...(overlapping ? { gold: `${overlapping.type} ${overlapping.value}` } : {}),
      });
    }
    dates.forEach((g, j) => {
      if (matched.has(j)) return;
      if (predictions.some((p) => p.start < g.end && g.start < p.end)) return; // reported above
      misses.push({ doc: doc.id, text: g.text, gold: g.value });
    });
  }
  const { precision, recall, f1 } = prf(truePositives, predicted, gold);
  return {
    documents: corpus.documents.length,
    gold,
    predicted,
    truePositives,
    precision,
    recall,
    f1,
    misses,
  };
}
