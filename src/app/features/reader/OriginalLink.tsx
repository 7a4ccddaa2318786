import { safeHttpUrl } from './safeUrl';

interface OriginalLinkProps {
  /** The source's `url` as the dataset gives it: untrusted. */
  url: string | null | undefined;
  publisher: string;
}

/**
 * "Read the original at <publisher>", in a new tab, for http(s) URLs only:
 * any other URL (javascript:, data:, …) renders nothing, not even as text.
 * noopener noreferrer: the article's site gets no handle on this page and
 * does not learn which view linked to it.
 */
export function OriginalLink({ url, publisher }: OriginalLinkProps) {
  const href = safeHttpUrl(url);
  if (href === null) return null;
  return (
    <p className="reader-meta">
      <a href={href} target="_blank" rel="noopener noreferrer">
        Read the original at {publisher}
        <span aria-hidden="true"> ↗</span>
      </a>
    </p>
  );
}
