/**
 * The colour theme: the system's (the default), or light or dark as chosen,
 * remembered in localStorage. The choice is a `data-theme` attribute on the
 * root element, which the CSS variables and the timeline's canvas palette
 * follow. Storage can be missing or refuse access (private windows, locked
 * down browsers): then the choice simply is not remembered.
 */
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];

export const THEME_KEY = 'parley:theme';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The browser's localStorage, or null where it cannot be used. */
export function themeStore(): Store | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readTheme(store: Store | null): ThemeChoice {
  try {
    const saved = store?.getItem(THEME_KEY);
    return THEMES.find((t) => t === saved) ?? 'system';
  } catch {
    return 'system';
  }
}

export function saveTheme(store: Store | null, choice: ThemeChoice): void {
  try {
    if (choice === 'system') store?.removeItem(THEME_KEY);
    else store?.setItem(THEME_KEY, choice);
  } catch {
    // Not remembered; the page still shows the choice.
  }
}

/** Show a choice: a data-theme attribute for light or dark, none to follow the system. */
export function applyTheme(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}
