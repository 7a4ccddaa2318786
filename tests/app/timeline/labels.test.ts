import { describe, expect, it } from 'vitest';
import {
  labelRoom,
  placeLabels,
  truncate,
  type LabelCandidate,
} from '../../../src/app/features/timeline/labels';

const OPTS = { maxX: 1000, gap: 6, minChars: 4 };
// A candidate whose mark spans [left, left + 10] and whose label starts at left + 14.
const cand = (
  event: number,
  row: number,
  left: number,
  text: string,
  rank = 0,
): LabelCandidate => ({
  event,
  rank,
  row,
  left,
  labelX: left + 14,
  text,
  charWidth: 10,
});

/** Every placed label as [start, end] pixels, per row. */
function spans(cands: LabelCandidate[], labels: (string | null)[]) {
  return cands
    .map((c, i) => ({
      row: c.row,
      left: c.left,
      x0: c.labelX,
      x1: c.labelX + (labels[i]?.length ?? 0) * c.charWidth,
      label: labels[i],
    }))
    .filter((s) => s.label !== null);
}

describe('truncate', () => {
  it.each([
    ['Summit', 10, 'Summit'],
    ['Summit', 6, 'Summit'],
    ['Summit in Hanoi', 8, 'Summit…'],
    ['Summit in Hanoi', 10, 'Summit in…'],
  ])('%s in %i chars → %s', (text, n, out) => {
    expect(truncate(text, n)).toBe(out);
    expect(truncate(text, n).length).toBeLessThanOrEqual(n);
  });
});

describe('placeLabels', () => {
  it('gives a label the room up to the next mark in its row, less the gap', () => {
    const cands = [cand(0, 0, 0, 'abcdefghijklmnop'), cand(1, 0, 120, 'x')];
    expect([...labelRoom(cands, OPTS)]).toEqual([120 - 6 - 14, 1000 - 134]);
    // 100 px at 10 px a character: 10 characters.
    expect(placeLabels(cands, OPTS)).toEqual(['abcdefghi…', 'x']);
  });

  it('ignores marks in other rows', () => {
    const cands = [cand(0, 0, 0, 'a long enough title'), cand(1, 1, 30, 'other row')];
    expect(placeLabels(cands, OPTS)).toEqual(['a long enough title', 'other row']);
  });

  it('drops a label with less room than minChars, and stops at the plot edge', () => {
    const cands = [cand(0, 0, 0, 'crowded title'), cand(1, 0, 40, 'edge of the plot')];
    const labels = placeLabels(cands, { ...OPTS, maxX: 40 + 14 + 60 });
    expect(labels).toEqual([null, 'edge…']);
  });

  it('labels an event once, in the first lane where the whole title fits', () => {
    const cands = [
      cand(0, 0, 0, 'shared event', 0),
      cand(9, 0, 50, 'blocker', 0),
      cand(0, 5, 0, 'shared event', 1),
      cand(0, 9, 0, 'shared event', 2),
    ];
    const labels = placeLabels(cands, OPTS);
    expect(labels).toEqual([null, 'blocker', 'shared event', null]);
  });

  it('else where most of the title fits', () => {
    const cands = [
      cand(0, 0, 0, 'a very long shared title', 0),
      cand(8, 0, 100, 'b', 0),
      cand(0, 1, 0, 'a very long shared title', 1),
      cand(9, 1, 150, 'c', 0),
    ];
    const labels = placeLabels(cands, OPTS);
    expect(labels[0]).toBeNull();
    expect(labels[2]).toBe('a very long…');
  });

  it('never overlaps labels or runs past the next mark (a crowded row)', () => {
    const cands: LabelCandidate[] = [];
    // A deterministic, irregular row of 40 marks.
    for (let i = 0, x = 0; i < 40; i++, x += 7 + ((i * 37) % 90))
      cands.push(cand(i, i % 3, x, `Event title number ${i}`));
    const placed = spans(cands, placeLabels(cands, OPTS));
    expect(placed.length).toBeGreaterThan(5);
    for (const a of placed) {
      const next = cands
        .filter((c) => c.row === a.row && c.left > a.left)
        .sort((p, q) => p.left - q.left)[0];
      if (next) expect(a.x1).toBeLessThanOrEqual(next.left - OPTS.gap);
      expect(a.x1).toBeLessThanOrEqual(OPTS.maxX);
      for (const b of placed)
        if (a !== b && a.row === b.row) expect(a.x1 <= b.x0 || b.x1 <= a.x0).toBe(true);
    }
  });
});
