import { useId, useState } from 'react';
import {
  applyTheme,
  readTheme,
  saveTheme,
  themeStore,
  THEMES,
  type ThemeChoice,
} from './preference';

const LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** The theme chooser in the header: follow the system, or always light or dark. */
export function ThemeSelect() {
  const name = useId();
  const [choice, setChoice] = useState<ThemeChoice>(() => readTheme(themeStore()));
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    saveTheme(themeStore(), next);
    applyTheme(document.documentElement, next);
  };
  return (
    <fieldset className="theme-select">
      <legend>Theme</legend>
      {THEMES.map((t) => (
        <label key={t}>
          <input
            type="radio"
            name={name}
            value={t}
            checked={choice === t}
            onChange={() => choose(t)}
          />
          {LABELS[t]}
        </label>
      ))}
    </fieldset>
  );
}
