/**
 * Parley's Content-Security-Policy: everything from its own origin, no inline
 * script, no eval, no plugins, nothing framing it. Article text is untrusted
 * input; even if a bug let markup from an article into the page, no script in
 * it would run. Sent as a header where Parley serves itself (`vite preview`,
 * the bench's server) and as a meta tag in the built index.html for hosts that
 * send no header. Development (`vite` dev server) runs without it: its hot
 * reload injects inline styles and scripts.
 */
const COMMON = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For a meta tag: frame-ancestors is ignored there (and Chromium warns about it). */
export const CSP_META = COMMON.join('; ');

/** For the Content-Security-Policy response header. */
export const CSP_HEADER = [...COMMON, "frame-ancestors 'none'"].join('; ');
