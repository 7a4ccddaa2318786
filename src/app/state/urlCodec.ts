/**
 * The URL is the view's home: a shared link reproduces the filters, the time
 * window, the selected event and the open source. This module turns a View into
 * a short, readable query string and back. A URL is user input, so parsing keeps
 * every part it understands, drops the rest with a note of what went, and never
 * throws.
 *
 *   c=jp,us  m=all  t=AGREE,CONSULT  from=2018-01-01  to=2019-12-31  q=summit
 *   w=2018-06-01..2019-03-01  e=<eventId>  s=<sourceId>  h=120-180
 */
import { isIsoDate } from '../../shared/dates';
import { PLOVER_TYPES, type PloverType } from '../../shared/plover';
import { sourceTextLength, type Dataset } from '../../shared/schema';
import type { OpenSource, TimeWindow, View } from './view';
import { summarise } from './urlNotice';

export { VIEW_PARAMS, type ViewParam } from './urlParams';

/** Bounds on what a link may carry; anything beyond is dropped or cut. */
export const URL_LIMITS = {
  text: 200,
  /** The compiler's ids stay near 64 (a title slug and a counter); this only bounds junk. */
  id: 200,
  countries: 50,
  /** As the date filter: an earlier year is a typing accident, and date inputs refuse year 0. */
  firstDate: '1000-01-01',
  /** Source texts are articles: no offset in them comes near this. */
  offset: 10_000_000,
  /** A raw parameter longer than this is not looked at (except `q`, which is cut). */
  param: 2000,
} as const;

/** A view read from a URL (or checked against a dataset), and what was left out. */
export interface ParsedView {
  view: View;
  /**
   * Short descriptions of the ignored parts (“country “zz””), each beginning
   * with the part it is about (see droppedParams); a long list ends “N more”.
   */
  dropped: string[];
}

const ID = /^[a-z0-9][a-z0-9-]*$/;
const OFFSETS = /^(\d+)-(\d+)$/;
const TYPES = new Set<string>(PLOVER_TYPES);

const isId = (s: unknown): s is string =>
  typeof s === 'string' && s.length <= URL_LIMITS.id && ID.test(s);
const isType = (s: unknown): s is PloverType => typeof s === 'string' && TYPES.has(s);
const isDate = (s: unknown): s is string =>
  typeof s === 'string' && isIsoDate(s) && s >= URL_LIMITS.firstDate;
const isWindow = (w: TimeWindow | null | undefined): w is TimeWindow =>
  !!w && isDate(w.start) && isDate(w.end) && w.start < w.end;
const isOffset = (n: unknown): n is number =>
  typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= URL_LIMITS.offset;
const uniqSorted = <T extends string>(xs: T[]): T[] => [...new Set(xs)].sort();

// encodeURIComponent throws on lone surrogates; URLSearchParams would turn them into U+FFFD anyway.
const wellFormed = (s: string): string =>
  s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

// Commas, colons and spaces stay readable; URLSearchParams decodes all of these.
const encodeValue = (v: string): string =>
  encodeURIComponent(wellFormed(v)).replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%20/g, '+');

/** A value quoted for a notice: short, whatever it contained. */
const shown = (v: string): string => `“${v.length > 24 ? `${v.slice(0, 24)}…` : v}”`;

const defaultView = (): View => ({
  filters: { countries: [], match: 'any', types: [], from: null, to: null, text: '' },
  window: null,
  selected: null,
  source: null,
});

/** The query string (no leading `?`) for a view; defaults and invalid parts are left out. */
export function encodeView(view: View): string {
  try {
    const f = view.filters;
    const parts: [string, string][] = [];
    const countries = uniqSorted(f.countries.filter(isId)).slice(0, URL_LIMITS.countries);
    if (countries.length) parts.push(['c', countries.join(',')]);
    if (f.match === 'all') parts.push(['m', 'all']);
    const types = uniqSorted(f.types.filter(isType));
    if (types.length) parts.push(['t', types.join(',')]);
    const from = isDate(f.from) ? f.from : null;
    const to = isDate(f.to) ? f.to : null;
    if (!(from && to && from > to)) {
      if (from) parts.push(['from', from]);
      if (to) parts.push(['to', to]);
    }
    if (typeof f.text === 'string' && f.text !== '')
      parts.push(['q', f.text.slice(0, URL_LIMITS.text)]);
    if (isWindow(view.window)) parts.push(['w', `${view.window.start}..${view.window.end}`]);
    if (isId(view.selected)) parts.push(['e', view.selected]);
    if (view.source && isId(view.source.id)) {
      parts.push(['s', view.source.id]);
      const h = view.source.highlight;
      if (h && isOffset(h.start) && isOffset(h.end) && h.start < h.end)
        parts.push(['h', `${h.start}-${h.end}`]);
    }
    return parts.map(([k, v]) => `${k}=${encodeValue(v)}`).join('&');
  } catch {
    return '';
  }
}

/** Read a view from a query string (with or without `?`). Never throws. */
export function parseView(search: string): ParsedView {
  const parsed = parseAll(search);
  return { view: parsed.view, dropped: summarise(parsed.dropped) };
}

/**
 * Read a view from a query string and check it against the dataset: what the
 * app does with the link it opens. Never throws.
 */
export function readView(search: string, ds: Dataset): ParsedView {
  const parsed = parseAll(search);
  const clean = sanitizeView(parsed.view, ds);
  return { view: clean.view, dropped: summarise([...parsed.dropped, ...clean.dropped]) };
}

function parseAll(search: string): ParsedView {
  try {
    return parseUnchecked(typeof search === 'string' ? search : '');
  } catch {
    return { view: defaultView(), dropped: ['the whole link'] };
  }
}

function parseUnchecked(search: string): ParsedView {
  // URLSearchParams drops one leading `?`, as `location.search` has it; `??c=jp` names "?c".
  const params = new URLSearchParams(search);
  const dropped: string[] = [];
  const drop = (what: string) => void dropped.push(what);
  /** `ok`, noting `what` as dropped when it is not. */
  const keep = (ok: boolean, what: string): boolean => {
    if (!ok) drop(what);
    return ok;
  };
  const get = (key: string): string | null => {
    // An empty value (`?q=&from=`, as forms write) asks for nothing, so nothing is lost.
    const all = params.getAll(key).filter((v) => v !== '');
    if (all.length === 0) return null;
    if (all.length > 1) drop(`repeated “${key}” (the first was kept)`);
    const v = all[0]!;
    return key === 'q' || keep(v.length <= URL_LIMITS.param, `over-long “${key}”`) ? v : null;
  };
  const list = (key: string): string[] => (get(key) ?? '').split(',').filter((x) => x !== '');

  const view = defaultView();
  const f = view.filters;

  const countries = uniqSorted(
    list('c')
      .map((c) => c.toLowerCase())
      .filter((c) => keep(isId(c), `country ${shown(c)}`)),
  );
  if (countries.length > URL_LIMITS.countries)
    drop(`countries past the first ${URL_LIMITS.countries}`);
  f.countries = countries.slice(0, URL_LIMITS.countries);

  const match = get('m');
  if (match === 'all' || match === 'any') f.match = match;
  else if (match !== null) drop(`match ${shown(match)}`);

  f.types = uniqSorted(
    list('t')
      .map((t) => t.toUpperCase())
      .filter((t): t is PloverType => keep(isType(t), `event type ${shown(t)}`)),
  );

  const date = (key: 'from' | 'to'): string | null => {
    const v = get(key);
    return v === null || keep(isDate(v), `${key} date ${shown(v)}`) ? v : null;
  };
  const from = date('from');
  const to = date('to');
  if (from && to && from > to) drop(`date range ${from} to ${to} (it ends before it starts)`);
  else [f.from, f.to] = [from, to];

  const text = get('q');
  if (text !== null) {
    if (text.length > URL_LIMITS.text) drop(`search text past ${URL_LIMITS.text} characters`);
    f.text = text.slice(0, URL_LIMITS.text);
  }

  const w = get('w');
  if (w !== null) {
    const [start, end, extra] = w.split('..');
    const win = { start: start ?? '', end: end ?? '' };
    if (extra === undefined && isWindow(win)) view.window = win;
    else drop(`time window ${shown(w)}`);
  }

  const e = get('e');
  if (e !== null) {
    if (isId(e)) view.selected = e;
    else drop(`event ${shown(e)}`);
  }

  view.source = parseSource(get('s'), get('h'), drop);
  return { view, dropped };
}

function parseSource(
  s: string | null,
  h: string | null,
  drop: (what: string) => void,
): OpenSource | null {
  if (s !== null && !isId(s)) drop(`source ${shown(s)}`);
  const id = isId(s) ? s : null;
  if (h === null) return id ? { id, highlight: null } : null;
  const m = OFFSETS.exec(h);
  const [start, end] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
  if (id === null) drop(`highlight ${shown(h)} (no source)`);
  else if (!(isOffset(start) && isOffset(end) && start < end)) drop(`highlight ${shown(h)}`);
  else return { id, highlight: { start, end } };
  return id ? { id, highlight: null } : null;
}

/**
 * Drop the parts of a well-formed view that the dataset does not know: countries
 * that are not country actors, an unknown event or source, and a highlight that
 * runs past the end of its source's text.
 */
export function sanitizeView(view: View, ds: Dataset): ParsedView {
  const dropped: string[] = [];
  const countryIds = new Set(ds.actors.filter((a) => a.kind === 'country').map((a) => a.id));
  const countries = view.filters.countries.filter(
    (c) => countryIds.has(c) || void dropped.push(`unknown country ${shown(c)}`),
  );
  let selected = view.selected;
  if (selected !== null && !ds.events.some((e) => e.id === selected)) {
    dropped.push(`unknown event ${shown(selected)}`);
    selected = null;
  }
  let source = view.source;
  const sourceId = source?.id;
  // Not `.text`: an article kept in a file of its own has only its length here.
  const found = ds.sources.find((s) => s.id === sourceId);
  const length = found ? sourceTextLength(found) : undefined;
  if (source && length === undefined) {
    dropped.push(`unknown source ${shown(source.id)}`);
    source = null;
  } else if (source?.highlight && length !== undefined && source.highlight.end > length) {
    dropped.push(
      `highlight ${source.highlight.start}-${source.highlight.end} (past the end of the article)`,
    );
    source = { id: source.id, highlight: null };
  }
  return { view: { ...view, filters: { ...view.filters, countries }, selected, source }, dropped };
}
