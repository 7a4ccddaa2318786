import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from '../../../src/app/features/timeline/throttle';

beforeEach(() => vi.useFakeTimers({ now: 0 }));
afterEach(() => vi.useRealTimers());

describe('throttle', () => {
  it('runs at once, then at most once per interval, with a trailing run', () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(10);
      t.call();
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(50);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('reports a 1-second gesture of 60 calls per second about 7 times', () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    for (let i = 0; i < 60; i++) {
      t.call();
      vi.advanceTimersByTime(1000 / 60);
    }
    expect(fn.mock.calls.length).toBeGreaterThanOrEqual(6);
    expect(fn.mock.calls.length).toBeLessThanOrEqual(8);
  });

  it('flushes at once and drops the scheduled run', () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    t.call();
    t.flush();
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('cancels a scheduled run', () => {
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t.call();
    t.call();
    t.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
