// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useSettledValue } from '../../../src/app/hooks/useSettledValue';

afterEach(() => vi.useRealTimers());

describe('useSettledValue', () => {
  it('follows a value only after it has rested, skipping the steps in between', () => {
    vi.useFakeTimers();
    const seen: number[] = [];
    const { result, rerender } = renderHook(({ v }) => useSettledValue(v, 200), {
      initialProps: { v: 1 },
    });
    seen.push(result.current);
    for (const v of [2, 3, 4]) {
      rerender({ v });
      act(() => void vi.advanceTimersByTime(100));
      seen.push(result.current);
    }
    expect(seen).toEqual([1, 1, 1, 1]);
    act(() => void vi.advanceTimersByTime(200));
    expect(result.current).toBe(4);
  });
});
