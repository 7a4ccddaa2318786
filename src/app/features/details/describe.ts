/**
 * Sentences the details panel says about an event, kept pure for tests.
 */
import type { Actor, Event, EventDate, Source } from '../../../shared/schema';
import { formatLong } from '../../../shared/dates';

/** "from “Thursday” in The Korea Herald of 19 April 2019". */
export function dateProvenance(date: EventDate, sources: ReadonlyMap<string, Source>): string {
  const s = sources.get(date.sourceId);
  const where = s ? `${s.publisher} of ${formatLong(s.published)}` : date.sourceId;
  return date.basis === 'publication' || date.text === null
    ? `No date in the text: placed at the publication of ${where}`
    : `From “${date.text}” in ${where}`;
}

const describe = (a: Actor | undefined, id: string) =>
  a ? (a.role ? `${a.name} (${a.role})` : a.name) : id;

/** Who acted and toward whom, by name and role. */
export function describeActors(
  e: Event,
  actors: ReadonlyMap<string, Actor>,
): { actors: string; targets: string | null } {
  return {
    actors: e.sources.map((id) => describe(actors.get(id), id)).join('; '),
    targets: e.targets.length
      ? e.targets.map((id) => describe(actors.get(id), id)).join('; ')
      : null,
  };
}
