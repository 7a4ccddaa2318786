/**
 * The dataset request, started by the entry module before React and the rest
 * of the app have even downloaded: at 100,000 events the file is tens of
 * megabytes, and its transfer can overlap with loading the code. The query
 * takes the response over; a retry fetches afresh.
 */
const pending = new Map<string, Promise<Response>>();

export function prefetch(url: string): void {
  const request = fetch(url);
  // Failures are reported when the query takes the response, not here.
  request.catch(() => undefined);
  pending.set(url, request);
}

/** The prefetched response for a URL, once: later calls get undefined. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const request = pending.get(url);
  pending.delete(url);
  return request;
}
