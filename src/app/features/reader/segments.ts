/**
 * Splitting an article into what the reader renders: paragraphs of segments,
 * each plain, highlighted (the span the user came to see), inside a quote
 * (linked back to its event), or both. Pure, so the tricky part (overlapping
 * spans, paragraph breaks inside a highlight) is tested without a DOM.
 */

export interface Segment {
  start: number;
  end: number;
  text: string;
  highlight: boolean;
  /** The quote this piece of text belongs to, if any. */
  quoteId: string | null;
  /** True on the last segment of a quote: where its link back is drawn. */
  quoteEnd: boolean;
}

export interface QuoteRange {
  id: string;
  start: number;
  end: number;
}

/** Paragraphs (split on blank lines) of segments cut at every span boundary. */
export function splitIntoSegments(
  text: string,
  highlight: { start: number; end: number } | null,
  quotes: readonly QuoteRange[],
): Segment[][] {
  const cuts = new Set<number>([0, text.length]);
  const clamp = (n: number) => Math.max(0, Math.min(text.length, n));
  const hl =
    highlight && highlight.start < highlight.end
      ? { start: clamp(highlight.start), end: clamp(highlight.end) }
      : null;
  if (hl) cuts.add(hl.start).add(hl.end);
  for (const q of quotes) cuts.add(clamp(q.start)).add(clamp(q.end));
  for (let i = text.indexOf('\n\n'); i >= 0; i = text.indexOf('\n\n', i + 2))
    cuts.add(i).add(i + 2);
  const points = [...cuts].sort((a, b) => a - b);

  const paragraphs: Segment[][] = [[]];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const piece = text.slice(start, end);
    if (piece === '\n\n') {
      paragraphs.push([]);
      continue;
    }
    const quote = quotes.find((q) => q.start <= start && end <= q.end) ?? null;
    paragraphs.at(-1)!.push({
      start,
      end,
      text: piece,
      highlight: hl !== null && hl.start <= start && end <= hl.end,
      quoteId: quote?.id ?? null,
      quoteEnd: quote !== null && quote.end === end,
    });
  }
  return paragraphs.filter((p) => p.length > 0);
}
