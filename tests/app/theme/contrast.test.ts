/**
 * WCAG AA contrast of the theme's colours, in both themes, read from the light-dark() pairs of
 * src/app/styles.css. axe checks the DOM's text in e2e/a11y.spec.ts; this covers what it
 * cannot: text the timeline draws on its canvas (event labels, cluster counts), SVG text over
 * the canvas (lane names and counts, axis ticks) and states the e2e views do not show.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '../../../src/app/features/timeline/draw';
import { QUAD_STYLE } from '../../../src/app/theme/quad';
import { balanceColor } from '../../../src/app/features/graph/encoding';
import { QUAD_CLASSES } from '../../../src/shared/plover';
import {
  AA_LARGE_OR_GRAPHIC,
  AA_TEXT,
  composite,
  contrastRatio,
  parseHex,
  relativeLuminance,
  type Rgb,
} from './contrast';

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // Known pairs: #767676 is the lightest grey that passes AA on white, #777777 just fails.
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
    ['#ff0000', '#ffffff', 4],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });

  it('reads short hex and RGB triples alike', () => {
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(contrastRatio('#000', [255, 255, 255])).toBe(21);
    expect(relativeLuminance('#fff')).toBe(1);
    expect(relativeLuminance('#000')).toBe(0);
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => parseHex('red')).toThrow(/Not a hex colour/);
    expect(() => parseHex('#12345')).toThrow(/Not a hex colour/);
  });

  it('composites a translucent colour over its backdrop', () => {
    expect(composite('#ffffff', 0.5, '#000000')).toEqual([128, 128, 128]);
    expect(composite('#0b62a4', 1, '#ffffff')).toEqual(parseHex('#0b62a4'));
    expect(composite('#0b62a4', 0, '#ffffff')).toEqual([255, 255, 255]);
  });
});

const STYLES = 'src/app/styles.css';

/** The custom properties of `:root` in styles.css that hold a light-dark(#light, #dark) pair. */
function themeTokens(css: string): Map<string, { light: string; dark: string }> {
  const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  const pairs = root.matchAll(
    /--([\w-]+):\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/gi,
  );
  return new Map(
    [...pairs].map(([, name, light, dark]) => [name!, { light: light!, dark: dark! }]),
  );
}

const tokens = themeTokens(readFileSync(STYLES, 'utf8'));
type Theme = 'light' | 'dark';
const color = (name: string, theme: Theme): string => {
  const pair = tokens.get(name);
  if (!pair) throw new Error(`--${name} is not a light-dark() pair in ${STYLES}`);
  return pair[theme];
};

type Colour = string | Rgb;
interface Pair {
  fg: string;
  /** What the text or mark sits on: a token's name, or a colour the canvas composites. */
  on: string;
  bg: (theme: Theme) => Colour;
  where: string;
}
const over = (name: string, where: string) => ({
  on: `--${name}`,
  bg: (t: Theme) => color(name, t),
  where,
});

/**
 * A cluster's count sits on a pill of the background at 0.9 opacity, drawn over the heat
 * strip or a hatched bar: the accent, at worst fully opaque (draw.ts drawClusters).
 */
const countPill = {
  on: 'a count pill',
  bg: (t: Theme) => composite(color('bg', t), 0.9, color('accent', t)),
  where: "cluster counts on the canvas, over the heat strip's accent",
};

/** Text, and the backgrounds it sits on. All of it is normal-size text: AA asks 4.5:1. */
const TEXT: Pair[] = [
  {
    fg: 'fg',
    ...over('bg', 'body text, the list, lane names and canvas event labels (plain lanes)'),
  },
  {
    fg: 'fg',
    ...over('panel', 'panels, buttons, tooltips, lane names and labels on shaded lanes'),
  },
  { fg: 'fg', ...over('mark', 'the quote highlighted in the source reader') },
  { fg: 'fg', ...over('border', 'a filter chip under the pointer') },
  { fg: 'fg', ...countPill },
  { fg: 'muted', ...over('bg', 'timeline status, axis ticks, lane counts, list metadata, hints') },
  { fg: 'muted', ...over('panel', 'filter counts and hints, details labels, reader metadata') },
  { fg: 'accent', ...over('bg', 'accent-coloured text: the "Table of country pairs" toggle') },
  { fg: 'accent', ...over('panel', 'accent-coloured text on panels') },
  { fg: 'danger', ...over('bg', 'error text over the page') },
  { fg: 'danger', ...over('panel', 'error text in the filter panel (an inverted date range)') },
];

/**
 * Graphical objects that must be seen (WCAG 1.4.11), 3:1: focus rings (--focus, and --accent
 * in the features), the selected event's ring on the canvas, the selected row's edge, the heat
 * strip.
 */
const GRAPHIC: Pair[] = [
  { fg: 'focus', ...over('bg', 'focus rings') },
  { fg: 'focus', ...over('panel', 'focus rings on panels') },
  { fg: 'accent', ...over('bg', 'feature focus rings, the selected event, the heat strip') },
  { fg: 'accent', ...over('panel', 'the same on shaded lanes and panels') },
];

describe.each<Theme>(['light', 'dark'])('the %s theme', (theme) => {
  for (const { fg, on, bg, where } of TEXT)
    it(`--${fg} text on ${on} meets 4.5:1 (${where})`, () => {
      expect(contrastRatio(color(fg, theme), bg(theme))).toBeGreaterThanOrEqual(AA_TEXT);
    });

  for (const { fg, on, bg, where } of GRAPHIC)
    it(`--${fg} on ${on} meets 3:1 (${where})`, () => {
      expect(contrastRatio(color(fg, theme), bg(theme))).toBeGreaterThanOrEqual(
        AA_LARGE_OR_GRAPHIC,
      );
    });

  // The graph's lines, all along the balance scale from conflict to cooperation.
  it('every line colour of the graph meets 3:1 on the panel', () => {
    for (let b = -1; b <= 1.0001; b += 0.05) {
      const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(balanceColor(b))!.slice(1).map(Number);
      const ratio = contrastRatio(rgb as unknown as Rgb, color('panel', theme));
      expect(ratio, `balance ${b.toFixed(2)}`).toBeGreaterThanOrEqual(AA_LARGE_OR_GRAPHIC);
    }
  });

  // The marks themselves: one colour per quad class in both themes, on the page and on shaded lanes.
  for (const quad of QUAD_CLASSES)
    for (const on of ['bg', 'panel'])
      it(`the ${quad} mark colour on ${on} meets 3:1`, () => {
        expect(contrastRatio(QUAD_STYLE[quad].color, color(on, theme))).toBeGreaterThanOrEqual(
          AA_LARGE_OR_GRAPHIC,
        );
      });
});

describe('the theme tokens', () => {
  it('are read from styles.css, each a pair of colours', () => {
    // A parser that found nothing would make every check above throw, not pass; still, say so.
    expect(tokens.size).toBeGreaterThanOrEqual(10);
    for (const { light, dark } of tokens.values()) {
      expect(() => parseHex(light)).not.toThrow();
      expect(() => parseHex(dark)).not.toThrow();
    }
  });

  it("match the canvas's light palette, which it draws with before the CSS is read", () => {
    for (const name of ['bg', 'panel', 'fg', 'muted', 'border', 'accent'] as const)
      expect(LIGHT[name].toLowerCase(), `--${name}`).toBe(color(name, 'light').toLowerCase());
  });

  it('define every colour variable the app uses: a fallback alone is one theme only', () => {
    // var(--x, #light) with no --x defined stays light in the dark theme (so --danger was 2.2:1).
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : /\.(css|tsx?)$/.test(e.name)
            ? [join(dir, e.name)]
            : [],
      );
    const used = new Set(
      files('src/app').flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/var\(--([\w-]+)\s*,\s*#/g)].map((m) => m[1]!),
      ),
    );
    expect(used.size).toBeGreaterThan(5);
    expect([...used].filter((name) => !tokens.has(name))).toEqual([]);
  });
});
