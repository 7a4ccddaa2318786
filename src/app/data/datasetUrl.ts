/**
 * Which dataset to open: the bundled one, or another compiled dataset named by
 * `?dataset=<url>`. The parameter is user input (anyone can send a link), so
 * it is resolved against the page and only same-origin http(s) URLs are
 * accepted: a link must not make Parley fetch from a third party.
 */
export type DatasetChoice =
  | { ok: true; url: string; bundled: boolean }
  | { ok: false; given: string; reason: string };

export const DATASET_PARAM = 'dataset';

export function chooseDataset(search: string, pageUrl: string, bundledUrl: string): DatasetChoice {
  const given = new URLSearchParams(search).get(DATASET_PARAM);
  if (given === null || given.trim() === '') return { ok: true, url: bundledUrl, bundled: true };
  let resolved: URL;
  try {
    resolved = new URL(given, pageUrl);
  } catch {
    return { ok: false, given, reason: 'It is not a URL.' };
  }
  const page = new URL(pageUrl);
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:')
    return { ok: false, given, reason: 'Only http and https URLs can be opened.' };
  if (resolved.origin !== page.origin)
    return {
      ok: false,
      given,
      reason: `Parley opens datasets from its own site (${page.origin}) only; copy the file there.`,
    };
  // Same origin: keep it relative to the site so the error view shows a short path.
  return { ok: true, url: resolved.pathname + resolved.search, bundled: false };
}
