/**
 * Which event a quotation belongs to: the one its own sentence reports; else
 * the nearest event before it in its paragraph that involves the speaker's
 * country; else the nearest event of its article. Quotes of an article that
 * reports no event stay unlinked.
 */
import type { ExtractedQuote } from '../extraction';
import type { MergedEvent } from './merge-events';

/** What linking needs of an event (merged, or corrected by a person). */
export type LinkableEvent = Pick<MergedEvent, 'mentions' | 'countries' | 'confidence'>;

interface Place {
  event: number;
  start: number;
  end: number;
}

/** The paragraph (text between line breaks) around an offset, as [start, end). */
function paragraphOf(text: string, at: number): [number, number] {
  const start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  const next = text.indexOf('\n', at);
  return [start, next < 0 ? text.length : next];
}

/**
 * The index into `events` of the event each quote belongs to, or null.
 * `text` gives an article's cleaned text by source id (for its paragraphs).
 */
export function linkQuotes(
  quotes: ReadonlyArray<ExtractedQuote & { sourceId: string }>,
  events: ReadonlyArray<LinkableEvent>,
  text: (sourceId: string) => string,
): (number | null)[] {
  const bySource = new Map<string, Place[]>();
  events.forEach((e, event) => {
    for (const m of e.mentions) {
      const list = bySource.get(m.sourceId) ?? [];
      list.push({ event, start: m.start, end: m.end });
      bySource.set(m.sourceId, list);
    }
  });
  return quotes.map((q) => {
    const places = bySource.get(q.sourceId);
    if (!places?.length) return null;
    // The attribution ("…, he said") may sit in the sentence that reports the event.
    const from = Math.min(q.start, q.attribution?.start ?? q.start);
    const to = Math.max(q.end, q.attribution?.end ?? q.end);
    const same = places.filter((p) => p.start < to && p.end > from);
    if (same.length) return best(same, events, q.speakerCountry);
    const [ps, pe] = paragraphOf(text(q.sourceId), q.start);
    const before = places
      .filter((p) => p.end <= q.start && p.start >= ps && p.end <= pe)
      .filter((p) => q.speakerCountry && events[p.event]!.countries.includes(q.speakerCountry))
      .sort((a, b) => b.end - a.end);
    if (before[0]) return before[0].event;
    const gap = (p: Place) => (p.end <= q.start ? q.start - p.end : p.start - q.end);
    // Nearest in the article; a tie goes to the event before the quote.
    return [...places].sort((a, b) => gap(a) - gap(b) || a.start - b.start)[0]!.event;
  });
}

/** Among events of the same sentence, prefer the speaker's, then the more confident. */
function best(
  places: Place[],
  events: ReadonlyArray<LinkableEvent>,
  country: string | null,
): number {
  const score = (p: Place) => {
    const e = events[p.event]!;
    return (country && e.countries.includes(country) ? 1 : 0) + e.confidence / 10;
  };
  return [...places].sort((a, b) => score(b) - score(a) || a.start - b.start)[0]!.event;
}
