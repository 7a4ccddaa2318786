/**
 * A source's text, for the reader. Inline texts are in the dataset already;
 * external ones (`textFile`) are fetched from the dataset's own site when first
 * asked for, and checked before anything is drawn from them: the length its
 * offsets were checked against at load, the SHA-256 of its bytes, then every
 * quote and span of that source against its slice. A text that fails any of
 * these is a SourceTextError naming the file; the rest of the app never waits
 * for it.
 */
import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  isInlineSource,
  type Dataset,
  type ExternalSource,
  type Source,
} from '../../shared/schema';
import { quoteSliceProblems } from '../../shared/slices';

/**
 * refused: the file is on another site; http/network: it did not arrive;
 * encoding: not UTF-8; length, hash: not the text the dataset was built on;
 * slice: a quote of the dataset does not match it; insecure: the page is not
 * on https or localhost, where browsers withhold the hash function.
 */
export type SourceTextErrorCode =
  | 'refused'
  | 'http'
  | 'network'
  | 'encoding'
  | 'length'
  | 'hash'
  | 'slice'
  | 'insecure';

/** Why a source's text cannot be shown; `file` is where it was looked for. */
export class SourceTextError extends Error {
  readonly code: SourceTextErrorCode;
  readonly file: string;
  readonly problems: string[];

  constructor(code: SourceTextErrorCode, file: string, message: string, problems: string[] = []) {
    super(message);
    this.name = 'SourceTextError';
    this.code = code;
    this.file = file;
    this.problems = problems;
  }
}

/** How many mismatched slices an error lists; the rest are counted. */
const MAX_PROBLEMS = 5;
const REBUILD = 'Rebuild the dataset and its text files together, or restore the file.';

/**
 * Where a source's text file is: `textFile` resolved against the dataset's URL
 * (itself resolved against the page). Only the page's own site is fetched from,
 * as for `?dataset=`: a dataset must not make Parley call a third party.
 */
export function resolveTextUrl(
  datasetUrl: string,
  textFile: string,
  pageUrl: string,
): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(textFile, new URL(datasetUrl, pageUrl));
  } catch {
    return { ok: false, reason: `"${textFile}" is not a path Parley can resolve.` };
  }
  const page = new URL(pageUrl);
  if (url.origin !== page.origin)
    return {
      ok: false,
      reason: `Parley loads texts from its own site (${page.origin}) only; copy the file there.`,
    };
  return { ok: true, url: url.pathname + url.search };
}

/** SHA-256 of bytes as lower-case hex (Web Crypto: on https and localhost). */
export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Check fetched bytes against what the dataset says of its source: UTF-8, the
 * length, the hash, and every quote, speaker mention and event span of that
 * source. Returns the text, or throws a SourceTextError naming `file`.
 */
export async function checkSourceText(
  bytes: Uint8Array<ArrayBuffer>,
  source: ExternalSource,
  dataset: Dataset,
  file: string,
): Promise<string> {
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark as text: the hash and the offsets count it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new SourceTextError('encoding', file, `The file is not UTF-8 text. ${REBUILD}`);
  }
  if (text.length !== source.textLength)
    throw new SourceTextError(
      'length',
      file,
      `The file holds ${text.length} characters where the dataset expects ${source.textLength}: ` +
        `it is not the text the dataset was built from. ${REBUILD}`,
    );
  // Web Crypto exists only in secure contexts: plain http on a LAN address has none.
  if (globalThis.crypto?.subtle === undefined)
    throw new SourceTextError(
      'insecure',
      file,
      'This page cannot check the text against its fingerprint: browsers allow that only on ' +
        'https or localhost. Open Parley over https (or on this machine) to read this article.',
    );
  const hash = await sha256Hex(bytes);
  if (hash !== source.textSha256)
    throw new SourceTextError(
      'hash',
      file,
      `The file's content differs from the text the dataset was built from (its SHA-256 is ` +
        `${hash.slice(0, 12)}…, the dataset expects ${source.textSha256.slice(0, 12)}…). ${REBUILD}`,
    );
  const problems = sliceProblems(text, source.id, dataset);
  if (problems.length > 0)
    throw new SourceTextError(
      'slice',
      file,
      `The dataset's quotes do not match this text. ${REBUILD}`,
      problems.length > MAX_PROBLEMS
        ? [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more`]
        : problems,
    );
  return text;
}

/**
 * The quotes of `sourceId` that `text` does not bear out. Spans need no check
 * here: the text has the length the schema checked every span against.
 */
export function sliceProblems(text: string, sourceId: string, dataset: Dataset): string[] {
  return dataset.quotes.flatMap((q, i) =>
    q.sourceId === sourceId ? quoteSliceProblems(q, i, text).map((p) => p.message) : [],
  );
}

/**
 * Fetch a source's text file from the page's site and check it (see
 * checkSourceText). Errors name the file by its path on the site.
 */
export async function fetchSourceText(
  datasetUrl: string,
  source: ExternalSource,
  dataset: Dataset,
  { pageUrl, signal }: { pageUrl: string; signal?: AbortSignal },
): Promise<string> {
  const resolved = resolveTextUrl(datasetUrl, source.textFile, pageUrl);
  if (!resolved.ok) throw new SourceTextError('refused', source.textFile, resolved.reason);
  const file = resolved.url;
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    const response = await fetch(new URL(file, pageUrl), { signal });
    if (!response.ok)
      throw new SourceTextError(
        'http',
        file,
        `The server answered ${[response.status, response.statusText].join(' ').trim()} for the text file.`,
      );
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    if (err instanceof SourceTextError) throw err;
    throw new SourceTextError(
      'network',
      file,
      `The text file could not be fetched: ${(err as Error).message}.`,
    );
  }
  return checkSourceText(bytes, source, dataset, file);
}

/**
 * TanStack Query options for a source's text. An inline text is the query's
 * initial data, so it is there on the first render and nothing is fetched; an
 * external one is fetched once per dataset and kept (texts never change under
 * a running app), and a failure is the query's error, for the reader to show
 * with Retry. Without a source (none open) the query is skipped.
 */
export const sourceTextQuery = (datasetUrl: string, source: Source | undefined, dataset: Dataset) => {
  const inline = source !== undefined && isInlineSource(source);
  return queryOptions({
    // The hash is in the key: a dataset reloaded with other texts never reuses a stale one.
    queryKey: ['source-text', datasetUrl, source?.id ?? '', inline ? 'inline' : (source?.textSha256 ?? '')],
    queryFn:
      source === undefined
        ? skipToken
        : isInlineSource(source)
          ? () => source.text
          : ({ signal }) =>
              fetchSourceText(datasetUrl, source, dataset, {
                pageUrl: window.location.href,
                signal,
              }),
    initialData: inline ? source.text : undefined,
    staleTime: Infinity,
    retry: false,
  });
};
