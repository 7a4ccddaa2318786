/**
 * Actors from the gazetteer: countries (with demonyms and metonyms folded into
 * their aliases, since "Pyongyang said" means North Korea said), people and
 * organizations, each with the country it belongs to.
 */
import type { Actor } from '../../shared/schema';
import type { Gazetteer } from '../curation';

export function buildActors(g: Gazetteer): Actor[] {
  return [
    ...g.countries.map((c): Actor => ({
      id: c.id,
      kind: 'country',
      name: c.name,
      aliases: [...c.aliases, ...c.demonyms, ...c.metonyms],
      country: c.id,
      role: null,
    })),
    ...g.people.map((p): Actor => ({
      id: p.id,
      kind: 'person',
      name: p.name,
      aliases: p.aliases,
      country: p.country,
      role: p.role,
    })),
    ...g.organizations.map((o): Actor => ({
      id: o.id,
      kind: 'organization',
      name: o.name,
      aliases: o.aliases,
      country: o.country,
      role: o.role,
    })),
  ];
}

/** Whether any of the actor's names occurs in the text as whole words. */
export function isNamedIn(actor: Actor, text: string): boolean {
  return [actor.name, ...actor.aliases].some((name) => {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
  });
}
