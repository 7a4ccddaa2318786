/**
 * A source's `url` comes from the dataset, which anyone can write: before it
 * becomes a link it must be an absolute http(s) address, or no link at all.
 */

// Exactly the scheme, first thing in the string: browsers strip leading spaces
// and control characters and drop tabs and newlines inside a scheme ("java\tscript:"),
// so anything that needs such cleaning is refused rather than cleaned.
const HTTP_PREFIX = /^https?:\/\/[^/\\]/i;

/**
 * The URL, normalised, when it is an absolute http: or https: address; null
 * for anything else (javascript:, data:, vbscript:, protocol-relative,
 * relative, malformed, or padded with spaces or control characters).
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || !HTTP_PREFIX.test(url)) return null;
  // Whitespace or control characters anywhere would be silently dropped or encoded.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}
