/**
 * What the link notice says about the parts of a link that were dropped: the
 * parameters, in plain words, never the values (a link can hold anything).
 */
import { VIEW_PARAMS, type ViewParam } from './urlParams';

/** Plain words for each parameter, as the link notice names them. */
export const PARAM_WORDS: Record<ViewParam, string> = {
  c: 'countries',
  m: 'country match',
  t: 'event types',
  from: 'dates',
  to: 'dates',
  q: 'search text',
  w: 'time window',
  e: 'selected event',
  s: 'article',
  h: 'article highlight',
};

/**
 * How each of urlCodec's notes begins, and the parameters it is about, first match wins
 * ("event type" before "event"); `repeated “c”` and `over-long “c”` name theirs.
 * A dropped source takes its highlight with it; its note names the source only.
 */
const NOTE_PARAMS: [RegExp, readonly ViewParam[]][] = [
  [/^(?:unknown )?countr(?:y|ies) /, ['c']],
  [/^match /, ['m']],
  [/^event type /, ['t']],
  [/^from date /, ['from']],
  [/^to date /, ['to']],
  [/^date range /, ['from', 'to']],
  [/^search text /, ['q']],
  [/^time window /, ['w']],
  [/^(?:unknown )?event /, ['e']],
  [/^(?:unknown )?source /, ['s']],
  [/^highlight /, ['h']],
  [/^the whole link$/, VIEW_PARAMS],
];

const paramsOf = (note: string): ViewParam[] => {
  const key = /^(?:repeated|over-long) “([a-z]+)”/.exec(note)?.[1];
  if (key) return VIEW_PARAMS.filter((p) => p === key);
  return [...(NOTE_PARAMS.find(([re]) => re.test(note))?.[1] ?? [])];
};

/** The parameters that notes of `dropped` are about, in VIEW_PARAMS order. */
export function droppedParams(dropped: readonly string[]): ViewParam[] {
  const found = new Set(dropped.flatMap(paramsOf));
  return VIEW_PARAMS.filter((p) => found.has(p));
}

/** The words for the notice ("countries", "dates"), each once: at most nine, whatever the link. */
export function noticeWords(dropped: readonly string[]): string[] {
  return [...new Set(droppedParams(dropped).map((p) => PARAM_WORDS[p]))];
}

/**
 * A link full of junk gives a list that fits on screen: the first notes, and
 * the first about each parameter past them, so no parameter goes unmentioned.
 */
export function summarise(dropped: string[], max = 8): string[] {
  const seen = new Set<ViewParam>();
  const kept = dropped.filter((note, i) => {
    const params = paramsOf(note);
    const isNew = params.some((p) => !seen.has(p));
    params.forEach((p) => seen.add(p));
    return i < max || isNew;
  });
  const rest = dropped.length - kept.length;
  return rest > 0 ? [...kept, `${rest} more`] : kept;
}
