/**
 * Paints one scene on a 2D canvas: lane bands, gridlines, connectors, heat
 * strips with their counts, bars, shapes and labels. Everything it draws comes
 * from buildScene; it decides nothing. Shapes of one style go into one path
 * and one fill, so a frame costs a few dozen canvas calls however many marks
 * are on screen.
 */
import type { QuadClass } from '../../../shared/plover';
import { QUAD_STYLE, type QuadShape } from '../../theme/quad';
import type { LaneGeometry } from './geometry';
import { HEAT_PX, LABEL_FONT_SIZE, MARK_RADIUS, type Scene, type SceneMark } from './scene';

/** The theme's colours, read from CSS custom properties (see readPalette). */
export interface Palette {
  bg: string;
  panel: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  font: string;
}

export const LIGHT: Palette = {
  bg: '#f6f7f9',
  panel: '#ffffff',
  fg: '#1d232b',
  muted: '#56606c',
  border: '#d5dae0',
  accent: '#0b62a4',
  font: 'system-ui, sans-serif',
};

/**
 * The palette in force, as colours the canvas understands. The variables hold
 * light-dark() pairs, which only a colour property resolves, so each is read
 * through the computed `color` of a hidden probe element.
 */
export function readPalette(el: Element): Palette {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  (el.parentElement ?? document.body).appendChild(probe);
  const v = (name: string, fallback: string) => {
    probe.style.color = fallback;
    probe.style.color = `var(${name}, ${fallback})`;
    return getComputedStyle(probe).color || fallback;
  };
  const palette = {
    bg: v('--bg', LIGHT.bg),
    panel: v('--panel', LIGHT.panel),
    fg: v('--fg', LIGHT.fg),
    muted: v('--muted', LIGHT.muted),
    border: v('--border', LIGHT.border),
    accent: v('--accent', LIGHT.accent),
    font: getComputedStyle(el).fontFamily || LIGHT.font,
  };
  probe.remove();
  return palette;
}

/** What each event looks like: its quad class, and hollow when dated by publication. */
export interface MarkStyle {
  quad: (event: number) => QuadClass;
  hollow: (event: number) => boolean;
}

export interface Gridline {
  x: number;
  weight: 'minor' | 'normal' | 'major';
}

export interface DrawInput {
  scene: Scene;
  style: MarkStyle;
  palette: Palette;
  geometry: LaneGeometry;
  /** Canvas size in CSS pixels, and how far the lanes are scrolled. */
  width: number;
  height: number;
  scrollTop: number;
  /** The plot's pixel range (marks are clipped to it; the gutter left of it shows lane names). */
  range: readonly [number, number];
  gridlines: readonly Gridline[];
  selected: number;
  hovered: number;
  dpr: number;
}

/**
 * Opacity of a heat cell: logarithmic in its count relative to the fullest
 * cell on screen, so a strip shows where events bunch at any zoom and a lone
 * event in a cluster still shows.
 */
export const heatAlpha = (count: number, max: number): number =>
  count <= 0 ? 0 : 0.15 + (0.85 * Math.log1p(count)) / Math.log1p(Math.max(count, max));
const HEAT_LEVELS = 8;

/** "1,234": counts on clusters, without Intl in the frame loop. */
export function formatCount(n: number): string {
  const digits = String(n);
  if (digits.length <= 3) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/** The width of a count at 11px semibold, estimated (measuring text every frame costs more than drawing it). */
const countWidth = (text: string) => text.length * 6.8;

const BAR_HALF_HEIGHT = 5;

export function drawScene(ctx: CanvasRenderingContext2D, d: DrawInput): void {
  const { palette: p, geometry: g, range } = d;
  ctx.setTransform(d.dpr, 0, 0, d.dpr, 0, 0);
  ctx.clearRect(0, 0, d.width, d.height);
  ctx.translate(0, -d.scrollTop);
  const top = d.scrollTop;
  const bottom = d.scrollTop + d.height;

  // Odd lanes are shaded, as rows of a table are.
  ctx.fillStyle = p.panel;
  g.tops.forEach((t, lane) => {
    if (lane % 2 === 1 && t < bottom && t + g.heights[lane]! > top)
      ctx.fillRect(0, t, d.width, g.heights[lane]!);
  });
  ctx.strokeStyle = p.border;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(range[0] + 0.5, top);
  ctx.lineTo(range[0] + 0.5, bottom);
  ctx.stroke();

  ctx.save();
  ctx.beginPath();
  ctx.rect(range[0], top, range[1] - range[0], d.height);
  ctx.clip();
  drawGridlines(ctx, d, top, bottom);
  drawConnectors(ctx, d);
  drawClusters(ctx, d);
  drawMarks(ctx, d);
  ctx.restore();
}

function drawGridlines(ctx: CanvasRenderingContext2D, d: DrawInput, top: number, bottom: number) {
  const alpha = { minor: 0.3, normal: 0.6, major: 0.9 } as const;
  for (const weight of ['minor', 'normal', 'major'] as const) {
    ctx.strokeStyle = weight === 'major' ? d.palette.muted : d.palette.border;
    ctx.globalAlpha = alpha[weight];
    ctx.beginPath();
    for (const l of d.gridlines) {
      if (l.weight !== weight) continue;
      const x = Math.round(l.x) + 0.5;
      ctx.moveTo(x, top);
      ctx.lineTo(x, bottom);
    }
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

function drawConnectors(ctx: CanvasRenderingContext2D, d: DrawInput) {
  ctx.lineWidth = 1.25;
  ctx.strokeStyle = d.palette.muted;
  ctx.globalAlpha = 0.7;
  ctx.beginPath();
  for (const c of d.scene.connectors) {
    if (c.event === d.selected) continue;
    ctx.moveTo(c.x, c.y0);
    ctx.lineTo(c.x, c.y1);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
  const sel = d.scene.connectors.find((c) => c.event === d.selected);
  if (sel) {
    ctx.lineWidth = 2.5;
    ctx.strokeStyle = d.palette.accent;
    ctx.beginPath();
    ctx.moveTo(sel.x, sel.y0);
    ctx.lineTo(sel.x, sel.y1);
    ctx.stroke();
  }
}

function drawClusters(ctx: CanvasRenderingContext2D, d: DrawInput) {
  const { clusters } = d.scene;
  if (clusters.length === 0) return;
  // The strip's outline, so a cluster reads as one thing even where its cells are sparse
  // (stroked: a translucent fill over every strip cost more to rasterise than the heat itself).
  ctx.strokeStyle = d.palette.muted;
  ctx.globalAlpha = 0.5;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const c of clusters)
    if (c.kind === 'density') ctx.rect(c.x0 + 0.5, c.y0 + 0.5, c.x1 - c.x0 - 1, c.y1 - c.y0 - 1);
  ctx.stroke();
  // Bars of one uncertain extent: hatched, like a single range, with a count.
  for (const c of clusters) {
    if (c.kind !== 'range') continue;
    ctx.globalAlpha = 1;
    ctx.fillStyle = hatch(ctx, d.palette.accent);
    ctx.fillRect(c.x0, c.y0, c.x1 - c.x0, c.y1 - c.y0);
    ctx.strokeStyle = d.palette.accent;
    ctx.lineWidth = 1.5;
    ctx.strokeRect(c.x0, c.y0, c.x1 - c.x0, c.y1 - c.y0);
  }
  // Cells batched by opacity level: one path per level, and each count's level looked up once.
  const levels: Path2D[] = Array.from({ length: HEAT_LEVELS }, () => new Path2D());
  const used = new Uint8Array(HEAT_LEVELS);
  const max = d.scene.maxHeat;
  const levelOf = new Uint8Array(max + 1);
  for (let n = 1; n <= max; n++)
    levelOf[n] = Math.min(HEAT_LEVELS - 1, Math.floor(heatAlpha(n, max) * HEAT_LEVELS));
  for (const c of clusters) {
    const x = c.x0 + MARK_RADIUS - HEAT_PX / 2;
    const h = c.y1 - c.y0;
    const heat = c.heat;
    // Neighbouring cells of one level become one rectangle.
    for (let i = 0; i < heat.length;) {
      const n = heat[i]!;
      let j = i + 1;
      if (n === 0) {
        i = j;
        continue;
      }
      const level = levelOf[n]!;
      while (j < heat.length && heat[j]! > 0 && levelOf[heat[j]!] === level) j++;
      levels[level]!.rect(x + i * HEAT_PX, c.y0, (j - i) * HEAT_PX, h);
      used[level] = 1;
      i = j;
    }
  }
  ctx.fillStyle = d.palette.accent;
  levels.forEach((path, level) => {
    if (!used[level]) return;
    ctx.globalAlpha = (0.85 * (level + 1)) / HEAT_LEVELS;
    ctx.fill(path);
  });
  ctx.globalAlpha = 1;
  // Counts where they fit, on a pill of the background so they read over any density.
  ctx.font = `600 11px ${d.palette.font}`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const counts: { text: string; x: number; y: number }[] = [];
  const pills = new Path2D();
  // Pills placed so far: bars of different extents can overlap in a row, and their counts must not.
  const placed: { x0: number; x1: number; y: number }[] = [];
  for (const c of clusters) {
    const text = formatCount(c.count);
    const w = countWidth(text) + 8;
    if (w > c.x1 - c.x0) continue;
    const x = (c.x0 + c.x1) / 2;
    const y = (c.y0 + c.y1) / 2;
    const box = { x0: x - w / 2, x1: x + w / 2, y };
    if (placed.some((p) => Math.abs(p.y - y) < 16 && p.x0 < box.x1 && box.x0 < p.x1)) continue;
    placed.push(box);
    pills.rect(box.x0, y - 8, w, 16);
    counts.push({ text, x, y });
  }
  ctx.fillStyle = d.palette.bg;
  ctx.globalAlpha = 0.9;
  ctx.fill(pills);
  ctx.globalAlpha = 1;
  ctx.fillStyle = d.palette.fg;
  for (const { text, x, y } of counts) ctx.fillText(text, x, y);
  ctx.textAlign = 'start';
}

function drawMarks(ctx: CanvasRenderingContext2D, d: DrawInput) {
  const { marks } = d.scene;
  const { style, palette: p } = d;
  // Bars: solid for spans, hatched for uncertain ranges (the date is somewhere inside).
  for (const m of marks) {
    if (m.kind === 'point') continue;
    const { color } = QUAD_STYLE[style.quad(m.event)];
    const w = Math.max(1, m.x1 - m.x0);
    ctx.globalAlpha = m.kind === 'span' ? 0.35 : 1;
    ctx.fillStyle = m.kind === 'range' ? hatch(ctx, color) : color;
    ctx.fillRect(m.x0, m.y - BAR_HALF_HEIGHT, w, 2 * BAR_HALF_HEIGHT);
    ctx.globalAlpha = 0.8;
    ctx.strokeStyle = color;
    ctx.lineWidth = 1;
    ctx.setLineDash(m.kind === 'range' ? [3, 2] : []);
    ctx.strokeRect(m.x0, m.y - BAR_HALF_HEIGHT, w, 2 * BAR_HALF_HEIGHT);
  }
  ctx.setLineDash([]);
  ctx.globalAlpha = 1;

  // Shapes, one path per quad class and fill.
  const groups = new Map<string, { quad: QuadClass; hollow: boolean; path: Path2D }>();
  for (const m of marks) {
    const quad = style.quad(m.event);
    const hollow = style.hollow(m.event);
    const key = `${quad}|${hollow}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { quad, hollow, path: new Path2D() }));
    addShape(group.path, QUAD_STYLE[quad].shape, m.x, m.y, MARK_RADIUS);
  }
  for (const { quad, hollow, path } of groups.values()) {
    const { color } = QUAD_STYLE[quad];
    ctx.fillStyle = hollow ? p.bg : color;
    ctx.fill(path);
    ctx.strokeStyle = color;
    ctx.lineWidth = hollow ? 2 : 1.5;
    ctx.stroke(path);
  }

  for (const m of marks) {
    if (m.event === d.selected) ring(ctx, m, MARK_RADIUS + 5, p.accent, 3);
    else if (m.event === d.hovered) ring(ctx, m, MARK_RADIUS + 3, p.fg, 1.5);
  }

  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = p.bg;
  ctx.fillStyle = p.fg;
  for (const m of marks) {
    if (m.label === null) continue;
    ctx.font = `${m.event === d.selected ? 700 : 400} ${LABEL_FONT_SIZE}px ${p.font}`;
    const x = m.x + MARK_RADIUS + 4;
    // A halo in the background colour keeps labels legible over gridlines and hatching.
    ctx.strokeText(m.label, x, m.y);
    ctx.fillText(m.label, x, m.y);
  }
}

function ring(ctx: CanvasRenderingContext2D, m: SceneMark, r: number, color: string, w: number) {
  ctx.beginPath();
  ctx.arc(m.x, m.y, r, 0, 2 * Math.PI);
  ctx.strokeStyle = color;
  ctx.lineWidth = w;
  ctx.stroke();
}

/** The shapes of theme/quad.ts's shapePath, added to a canvas path at (x, y). */
export function addShape(path: Path2D, shape: QuadShape, x: number, y: number, r: number): void {
  switch (shape) {
    case 'circle':
      path.moveTo(x + r, y);
      path.arc(x, y, r, 0, 2 * Math.PI);
      return;
    case 'square': {
      const s = r * 0.88;
      path.rect(x - s, y - s, 2 * s, 2 * s);
      return;
    }
    case 'triangle': {
      const h = r * 1.15;
      path.moveTo(x, y - h);
      path.lineTo(x + h, y + h * 0.8);
      path.lineTo(x - h, y + h * 0.8);
      path.closePath();
      return;
    }
    case 'diamond': {
      const q = r * 1.2;
      path.moveTo(x, y - q);
      path.lineTo(x + q, y);
      path.lineTo(x, y + q);
      path.lineTo(x - q, y);
      path.closePath();
      return;
    }
  }
}

const hatches = new WeakMap<CanvasRenderingContext2D, Map<string, CanvasPattern | string>>();

/** A diagonal hatch in a colour, made once per canvas (the SVG timeline's pattern, redrawn). */
function hatch(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  let cache = hatches.get(ctx);
  if (!cache) hatches.set(ctx, (cache = new Map()));
  let pattern = cache.get(color);
  if (pattern === undefined) {
    const tile = document.createElement('canvas');
    tile.width = tile.height = 6;
    const t = tile.getContext('2d');
    if (t) {
      t.fillStyle = color;
      t.globalAlpha = 0.12;
      t.fillRect(0, 0, 6, 6);
      t.globalAlpha = 0.55;
      t.strokeStyle = color;
      t.lineWidth = 2;
      t.beginPath();
      t.moveTo(-1, 7);
      t.lineTo(7, -1);
      t.stroke();
    }
    pattern = ctx.createPattern(tile, 'repeat') ?? color;
    cache.set(color, pattern);
  }
  return pattern;
}
