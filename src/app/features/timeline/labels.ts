/**
 * Label placement: an event's title beside its mark only where there is room.
 * Within a row a label runs from just right of its mark to just before the
 * next mark (or the plot's edge); since the next label starts after that mark,
 * labels in a row can never overlap, and rows never share pixels vertically.
 * An event drawn in several lanes is labelled once: in the first lane where its
 * whole title fits, else where the most of it fits.
 */

export interface LabelCandidate {
  /** The event the label names: at most one label per event. */
  event: number;
  /** Preference among one event's candidates: lower wins a tie. */
  rank: number;
  /** Identifies the row on screen; candidates only constrain others in their row. */
  row: number;
  /** Left pixel edge of the mark (what the previous label must stop before). */
  left: number;
  /** Where this mark's label would start. */
  labelX: number;
  text: string;
  /** Estimated pixels per character (wider for bold). */
  charWidth: number;
}

export interface LabelOptions {
  /** Labels stop at the plot's right edge. */
  maxX: number;
  /** Space kept between a label and the next mark. */
  gap: number;
  /** Fewer characters than this (short of the whole title) is not worth showing. */
  minChars: number;
}

/** "A long title" cut to `chars` characters with an ellipsis, or whole when it fits. */
export function truncate(text: string, chars: number): string {
  if (text.length <= chars) return text;
  return `${text.slice(0, Math.max(0, chars - 1)).trimEnd()}…`;
}

/** The room in pixels to the right of each candidate. */
export function labelRoom(cands: readonly LabelCandidate[], opts: LabelOptions): Float64Array {
  const order = cands
    .map((_, i) => i)
    .sort((a, b) => cands[a]!.row - cands[b]!.row || cands[a]!.left - cands[b]!.left || a - b);
  const room = new Float64Array(cands.length);
  order.forEach((i, j) => {
    const next = order[j + 1];
    const sameRow = next !== undefined && cands[next]!.row === cands[i]!.row;
    const stop = Math.min(sameRow ? cands[next]!.left - opts.gap : Infinity, opts.maxX);
    room[i] = stop - cands[i]!.labelX;
  });
  return room;
}

/** The label text of each candidate, or null where none is drawn. */
export function placeLabels(
  cands: readonly LabelCandidate[],
  opts: LabelOptions,
): (string | null)[] {
  const room = labelRoom(cands, opts);
  const chars = (i: number) => Math.floor(room[i]! / cands[i]!.charWidth);
  const best = new Map<number, number>();
  cands.forEach((c, i) => {
    const prev = best.get(c.event);
    if (prev === undefined) return void best.set(c.event, i);
    const p = cands[prev]!;
    const fits = chars(i) >= c.text.length;
    const prevFits = chars(prev) >= p.text.length;
    const better =
      fits !== prevFits
        ? fits
        : fits
          ? c.rank < p.rank
          : room[i]! > room[prev]! || (room[i] === room[prev] && c.rank < p.rank);
    if (better) best.set(c.event, i);
  });
  const out = new Array<string | null>(cands.length).fill(null);
  for (const i of best.values()) {
    const n = chars(i);
    const text = cands[i]!.text;
    if (n >= Math.min(opts.minChars, text.length)) out[i] = truncate(text, n);
  }
  return out;
}
