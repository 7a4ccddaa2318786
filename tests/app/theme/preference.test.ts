// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyTheme, readTheme, saveTheme, THEME_KEY } from '../../../src/app/theme/preference';

/** A Storage-shaped map (the parts the module uses). */
function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
  };
}

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('theme preference', () => {
  it.each([
    [undefined, 'system'],
    ['light', 'light'],
    ['dark', 'dark'],
    ['DARK', 'system'],
    ['<script>', 'system'],
  ])('reads %j as %s', (saved, expected) => {
    const store = memoryStore(saved === undefined ? {} : { [THEME_KEY]: saved });
    expect(readTheme(store)).toBe(expected);
  });

  it('remembers light and dark, and forgets the choice for system', () => {
    const store = memoryStore();
    saveTheme(store, 'dark');
    expect(store.data.get(THEME_KEY)).toBe('dark');
    expect(readTheme(store)).toBe('dark');
    saveTheme(store, 'system');
    expect(store.data.has(THEME_KEY)).toBe(false);
  });

  it('works without storage, or with storage that refuses', () => {
    expect(readTheme(null)).toBe('system');
    expect(readTheme(refusing)).toBe('system');
    expect(() => saveTheme(refusing, 'dark')).not.toThrow();
  });

  it('sets data-theme for light and dark and removes it for system', () => {
    const root = document.createElement('html');
    applyTheme(root, 'dark');
    expect(root.getAttribute('data-theme')).toBe('dark');
    applyTheme(root, 'light');
    expect(root.getAttribute('data-theme')).toBe('light');
    applyTheme(root, 'system');
    expect(root.hasAttribute('data-theme')).toBe(false);
  });
});
