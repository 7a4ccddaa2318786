/**
 * The graph's words: accessible names and the info line for countries and
 * pairs, so that what a screen reader hears matches what the eye reads.
 */
import { QUAD_CLASSES, QUAD_LABELS } from '../../../shared/plover';
import type { EdgeStat } from './aggregate';

/** "1 event", "4 events". */
export const countEvents = (n: number): string => `${n} ${n === 1 ? 'event' : 'events'}`;

/** A country's accessible name: "Japan, 4 events". */
export const nodeLabel = (name: string, count: number): string => `${name}, ${countEvents(count)}`;

/** A country in the info line: "Japan: 4 events". */
export const nodeInfo = (name: string, count: number): string => `${name}: ${countEvents(count)}`;

/** A pair's accessible name: "North Korea and United States, 14 events, 9 cooperation, 5 conflict". */
export const edgeLabel = (names: readonly [string, string], e: EdgeStat): string =>
  `${names[0]} and ${names[1]}, ${countEvents(e.count)}, ${e.cooperation} cooperation, ${e.conflict} conflict`;

/** A pair in the info line: "North Korea – United States: 14 events · 9 cooperation · 5 conflict". */
export const edgeInfo = (names: readonly [string, string], e: EdgeStat): string =>
  `${names[0]} – ${names[1]}: ${countEvents(e.count)} · ${e.cooperation} cooperation · ${e.conflict} conflict`;

/** The quad classes a pair has events in: "Verbal cooperation 2 · Material conflict 1". */
export const quadBreakdown = (e: EdgeStat): string =>
  QUAD_CLASSES.filter((q) => e.byQuad[q] > 0)
    .map((q) => `${QUAD_LABELS[q]} ${e.byQuad[q]}`)
    .join(' · ');
