import { useEffect, useMemo, useRef } from 'react';
import type { Dataset } from '../../../shared/schema';
import { formatLong } from '../../../shared/dates';
import type { OpenSource } from '../../state/view';
import { splitIntoSegments } from './segments';
import { indexDataset } from '../../data/indexes';
import { usePanelFocus } from '../../hooks/usePanelFocus';
import { useRefocusAfterRetry } from '../../hooks/useRefocusAfterRetry';
import { prefersReducedMotion } from '../../theme/reducedMotion';
import { useSourceText } from './useSourceText';
import { SourceTextAlert } from './SourceTextAlert';
import { OriginalLink } from './OriginalLink';
import './reader.css';

interface SourceReaderProps {
  dataset: Dataset;
  source: OpenSource | null;
  onSelectEvent: (eventId: string) => void;
  onClose: () => void;
}

/**
 * The cleaned article, with the span the user asked for in <mark> and scrolled
 * into view, and the article's other quotes marked, each linking back to its
 * event. All text is rendered as text: nothing from an article is ever HTML.
 */
export function SourceReader({ dataset, source, onSelectEvent, onClose }: SourceReaderProps) {
  const doc = source ? dataset.sources.find((s) => s.id === source.id) : undefined;
  const markRef = useRef<HTMLElement | null>(null);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  // Inline texts are there at once; a text kept in its own file loads while the rest works.
  const text = useSourceText(dataset, doc);

  const quotes = useMemo(
    () => (doc ? dataset.quotes.filter((q) => q.sourceId === doc.id) : []),
    [dataset, doc],
  );
  const { events } = indexDataset(dataset);
  const quoteEvents = useMemo(() => new Map(quotes.map((q) => [q.id, q.eventId])), [quotes]);
  const paragraphs = useMemo(
    () =>
      text.data !== undefined
        ? splitIntoSegments(text.data, source?.highlight ?? null, quotes)
        : [],
    [text.data, source?.highlight, quotes],
  );

  const highlightKey = source?.highlight
    ? `${source.id}:${source.highlight.start}-${source.highlight.end}`
    : source?.id;
  useEffect(() => {
    // Bring the words the user came for into view; without a highlight, the top of the article.
    const target = markRef.current ?? headingRef.current;
    target?.scrollIntoView?.({
      block: 'center',
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
    // …and again once a text that was loading arrives; a reader waiting on the heading
    // for it is taken on to the words.
    if (markRef.current && document.activeElement === headingRef.current)
      markRef.current.focus({ preventScroll: true });
  }, [highlightKey, text.isSuccess]);
  // A Retry that succeeds removes the alert, focused button and all: on to the words.
  const retrying = useRefocusAfterRetry(
    text.isSuccess,
    () => markRef.current ?? headingRef.current,
  );
  // Show in source takes the focus to the words it showed; Close or Escape gives it back.
  const focus = usePanelFocus(
    highlightKey ?? null,
    () => markRef.current ?? headingRef.current,
    panelRef,
    onClose,
  );

  if (!source) return null;
  if (!doc)
    return (
      <section
        aria-label="Source"
        className="reader panel"
        ref={panelRef}
        onKeyDown={focus.onKeyDown}
      >
        <p role="alert">This source is not in the dataset.</p>
        <button type="button" onClick={onClose}>
          Close source
        </button>
      </section>
    );

  const firstMark = paragraphs.flat().find((seg) => seg.highlight)?.start;
  return (
    <section
      aria-label="Source"
      className="reader panel"
      ref={panelRef}
      onKeyDown={focus.onKeyDown}
    >
      <header className="reader-header">
        <div>
          <h2 ref={headingRef} tabIndex={-1}>
            {doc.title}
          </h2>
          <p className="reader-meta">
            {doc.publisher}
            {doc.via && <> (via {doc.via})</>} ·{' '}
            <time dateTime={doc.published}>{formatLong(doc.published)}</time>
          </p>
          <OriginalLink url={doc.url} publisher={doc.publisher} />
        </div>
        <button type="button" className="reader-close" onClick={onClose} aria-label="Close source">
          ×
        </button>
      </header>
      {/* Always there, so screen readers announce the words when they appear. */}
      <p role="status" className="reader-status">
        {text.isPending ? 'Loading the article…' : ''}
      </p>
      {text.isError && (
        <SourceTextAlert
          title={doc.title}
          error={text.error}
          onRetry={() => {
            retrying();
            void text.refetch();
          }}
          retrying={text.isFetching}
        />
      )}
      <article className="reader-text" hidden={!text.isSuccess}>
        {paragraphs.map((para) => (
          <p key={para[0]!.start}>
            {para.map((seg) => {
              const eventId = seg.quoteId ? quoteEvents.get(seg.quoteId) : null;
              const body = seg.quoteId ? (
                <span className="reader-quote">{seg.text}</span>
              ) : (
                seg.text
              );
              const link =
                seg.quoteEnd && eventId ? (
                  <button
                    type="button"
                    className="reader-quote-link"
                    aria-label={`Go to event: ${events.get(eventId)?.title ?? eventId}`}
                    title={events.get(eventId)?.title}
                    onClick={() => onSelectEvent(eventId)}
                  >
                    ↗
                  </button>
                ) : null;
              if (!seg.highlight)
                return (
                  <span key={seg.start}>
                    {body}
                    {link}
                  </span>
                );
              return (
                <span key={seg.start}>
                  <mark ref={seg.start === firstMark ? markRef : undefined} tabIndex={-1}>
                    {body}
                  </mark>
                  {link}
                </span>
              );
            })}
          </p>
        ))}
      </article>
    </section>
  );
}
