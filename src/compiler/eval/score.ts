/** Counts and the precision, recall and F1 they give. */
export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; an empty side scores 0, not NaN. */
export function prf(truePositives: number, predicted: number, gold: number): Score {
  const precision = predicted ? truePositives / predicted : 0;
  const recall = gold ? truePositives / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { truePositives, predicted, gold, precision, recall, f1 };
}
