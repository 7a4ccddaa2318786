import type { Dataset, Event } from '../../../shared/schema';
import { PLOVER, QUAD_LABELS } from '../../../shared/plover';
import { formatLong } from '../../../shared/dates';
import { countryNames, formatEventDate } from '../../format';
import { indexDataset } from '../../data/indexes';
import { QUAD_STYLE, shapePath } from '../../theme/quad';
import { dateProvenance, describeActors } from './describe';
import { SourceExcerpt } from '../reader/SourceExcerpt';
import './details.css';

interface EventDetailsProps {
  dataset: Dataset;
  event: Event | null;
  onShowInSource: (sourceId: string, start: number, end: number) => void;
}

/** Everything known about one event, each claim one click from its words. */
export function EventDetails({ dataset, event, onShowInSource }: EventDetailsProps) {
  if (!event)
    return (
      <section aria-label="Event details" className="details panel">
        <h2>Event details</h2>
        <p className="muted">
          Select an event on the timeline, in the list or in the graph to see who did what, when,
          and the words the articles used.
        </p>
      </section>
    );

  const { sources, actors, quotes: quotesById } = indexDataset(dataset);
  const quotes = event.quoteIds.map((id) => quotesById.get(id)!).filter(Boolean);
  const info = PLOVER[event.type];
  const style = QUAD_STYLE[event.quadClass];
  const who = describeActors(event, actors);

  return (
    <section aria-label="Event details" className="details panel">
      <h2>{event.title}</h2>
      <dl className="details-facts">
        <dt>When</dt>
        <dd>
          <strong>{formatEventDate(event.date)}</strong>{' '}
          <span className="muted">({event.date.precision})</span>
          <br />
          <span className="muted">{dateProvenance(event.date, sources)}</span>
        </dd>
        <dt>Type</dt>
        <dd>
          <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
            <path d={shapePath(style.shape, 5)} fill={style.color} />
          </svg>{' '}
          {info.label}{' '}
          <span className="muted">
            · {QUAD_LABELS[event.quadClass]} · CAMEO {info.cameo} · Goldstein{' '}
            {info.goldstein > 0 ? '+' : ''}
            {info.goldstein}
          </span>
        </dd>
        <dt>Who</dt>
        <dd>{who.actors}</dd>
        {who.targets && (
          <>
            <dt>Toward</dt>
            <dd>{who.targets}</dd>
          </>
        )}
        <dt>Countries</dt>
        <dd>{countryNames(dataset, event).join(', ')}</dd>
      </dl>

      {quotes.length > 0 && (
        <>
          <h3>Quotes</h3>
          <ul className="details-quotes">
            {quotes.map((q) => {
              const speaker = q.speakerId ? actors.get(q.speakerId)?.name : null;
              return (
                <li key={q.id}>
                  <figure>
                    <blockquote className={q.fragment ? 'fragment' : undefined}>
                      {q.text}
                    </blockquote>
                    <figcaption>
                      — {speaker ?? q.speakerMention?.text ?? 'unknown speaker'}
                      {q.speakerMention && q.speakerMention.text !== speaker && (
                        <span className="muted"> (written “{q.speakerMention.text}”)</span>
                      )}
                      {q.fragment && <span className="badge">quoted label</span>}
                    </figcaption>
                  </figure>
                  <button type="button" onClick={() => onShowInSource(q.sourceId, q.start, q.end)}>
                    Show in source
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>Reported by</h3>
      <ul className="details-mentions">
        {event.mentions.map((m) => {
          const s = sources.get(m.sourceId);
          return (
            <li key={`${m.sourceId}:${m.start}`}>
              <p className="details-source">
                {s?.publisher ?? m.sourceId}
                {s && <span className="muted">, {formatLong(s.published)}</span>}
              </p>
              <p className="details-sentence">
                {s && <SourceExcerpt dataset={dataset} source={s} start={m.start} end={m.end} />}
              </p>
              <button type="button" onClick={() => onShowInSource(m.sourceId, m.start, m.end)}>
                Show in source
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
