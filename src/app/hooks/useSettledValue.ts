import { useEffect, useState } from 'react';

/**
 * A value that follows `value` once it has stopped changing for `ms`. The
 * graph follows the timeline's window this way: re-aggregating and redrawing
 * hundreds of country pairs on every step of a zoom gesture would take frames
 * from the timeline, and nobody reads the graph mid-gesture.
 */
export function useSettledValue<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
