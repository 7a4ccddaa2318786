/**
 * Axis ticks and their words. The scale picks the ticks; this module decides
 * their unit and writes labels that go from years down to days as you zoom,
 * naming the year (or month) wherever it changes so every tick reads alone.
 */
import type { ScaleTime } from 'd3-scale';
import { utcDay } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { DAY_MS } from './scales';

export type TickUnit = 'year' | 'month' | 'week' | 'day';

export interface AxisTick {
  /** UTC milliseconds of the tick. */
  time: number;
  label: string;
  /** A year (or, at day level, a month) boundary: drawn as a stronger gridline. */
  major: boolean;
}

/** Roughly one tick per this many pixels. */
export const TICK_SPACING = 90;

/** The unit of a tick sequence, from the gap between its first two ticks. */
export function tickUnit(times: readonly number[]): TickUnit {
  if (times.length < 2) return 'day';
  const days = (times[1]! - times[0]!) / DAY_MS;
  if (days >= 365) return 'year';
  if (days >= 28) return 'month';
  if (days >= 7) return 'week';
  return 'day';
}

const year = utcFormat('%Y');
const monthYear = utcFormat('%b %Y');
const month = utcFormat('%b');
const dayMonth = utcFormat('%-d %b');
const dayMonthYear = utcFormat('%-d %b %Y');

/** Labels for ticks of one unit: "2019"; "Apr 2019", "May"; "18 Apr 2019", "19 Apr". */
export function formatTicks(times: readonly number[], unit: TickUnit): AxisTick[] {
  return times.map((time, i) => {
    const d = new Date(time);
    const prev = i > 0 ? new Date(times[i - 1]!) : null;
    const newYear = prev === null || prev.getUTCFullYear() !== d.getUTCFullYear();
    switch (unit) {
      case 'year':
        return { time, label: year(d), major: true };
      case 'month':
        return { time, label: newYear ? monthYear(d) : month(d), major: d.getUTCMonth() === 0 };
      default: {
        const newMonth = prev === null || prev.getUTCMonth() !== d.getUTCMonth();
        return {
          time,
          label: newYear ? dayMonthYear(d) : dayMonth(d),
          major: newMonth && i > 0,
        };
      }
    }
  });
}

// Axis labels are 11px: a generous width per character, plus a little air.
const TICK_CHAR_WIDTH = 6.6;
const TICK_PADDING = 12;

/** Whether every label fits before the next tick (labels sit right of their tick). */
export function ticksFit(ticks: readonly AxisTick[], x: (t: number) => number): boolean {
  for (let i = 0; i + 1 < ticks.length; i++) {
    const room = x(ticks[i + 1]!.time) - x(ticks[i]!.time);
    if (room < ticks[i]!.label.length * TICK_CHAR_WIDTH + TICK_PADDING) return false;
  }
  return true;
}

/**
 * Ticks for a visible scale and plot width: never finer than a day, and
 * thinned until no label runs into the next one.
 */
export function axisTicks(scale: ScaleTime<number, number>, width: number): AxisTick[] {
  const x = (t: number) => scale(new Date(t));
  let count = Math.max(2, Math.floor(width / TICK_SPACING));
  for (;;) {
    let times = scale.ticks(count).map((d) => d.getTime());
    if (times.length >= 2 && times[1]! - times[0]! < DAY_MS) {
      times = scale.ticks(utcDay.every(1)!).map((d) => d.getTime());
    }
    const ticks = formatTicks(times, tickUnit(times));
    if (count <= 2 || ticksFit(ticks, x)) return ticks;
    count = Math.floor(count * 0.7);
  }
}

/** Unlabelled gridlines between the ticks, about every 40 px, never finer than a day. */
export function minorTicks(scale: ScaleTime<number, number>, width: number): number[] {
  const times = scale.ticks(Math.max(2, Math.floor(width / 40))).map((d) => d.getTime());
  return times.length >= 2 && times[1]! - times[0]! < DAY_MS
    ? scale.ticks(utcDay.every(1)!).map((d) => d.getTime())
    : times;
}
