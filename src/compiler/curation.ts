/**
 * What people know that the text alone does not say: the actor gazetteer, the
 * manifest of sources, and event and quote annotations. Each annotation points
 * at its evidence by quoting the article's own words; the compiler finds them.
 */
import { z } from 'zod';
import { IsoDate } from '../shared/schema';
import { PLOVER_TYPES } from '../shared/plover';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

export const ManifestSchema = z.array(
  z
    .object({
      file: z.string().regex(/^[^/\\]+\.txt$/, 'a .txt file name inside the sources folder'),
      title: z.string().min(1),
      publisher: z.string().min(1),
      via: z.string().min(1).nullable().optional(),
      url: z.string().nullable().optional(),
      published: IsoDate,
      publishedEvidence: z.string().optional(),
    })
    .strict(),
);
export type Manifest = z.infer<typeof ManifestSchema>;

const Named = {
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
};

export const GazetteerSchema = z
  .object({
    countries: z.array(
      z
        .object({
          ...Named,
          demonyms: z.array(z.string()).default([]),
          metonyms: z.array(z.string()).default([]),
        })
        .strict(),
    ),
    people: z.array(
      z
        .object({ ...Named, country: Id.nullable(), role: z.string().nullable().default(null) })
        .strict(),
    ),
    organizations: z.array(
      z
        .object({ ...Named, country: Id.nullable(), role: z.string().nullable().default(null) })
        .strict(),
    ),
  })
  .strict();
export type Gazetteer = z.infer<typeof GazetteerSchema>;

const DateAnnotation = z.union([
  z
    .object({
      source: Id,
      /** The words that date the event, as written ("Thursday", "last week"). */
      words: z.string().min(1),
      /** Whether the clause looks back (reporting) or ahead (plans, promises). */
      direction: z.enum(['past', 'future']).default('past'),
      /** A phrase containing the words, when they are not in a mention sentence. */
      in: z.string().min(1).optional(),
    })
    .strict(),
  z.object({ source: Id, publication: z.literal(true) }).strict(),
]);

export const EventAnnotationSchema = z
  .object({
    id: Id,
    title: z.string().min(1),
    type: z.enum(PLOVER_TYPES),
    sources: z.array(Id).min(1),
    targets: z.array(Id).default([]),
    /** Countries involved beyond those of the actors (rarely needed). */
    countries: z.array(Id).default([]),
    date: DateAnnotation,
    mentions: z.array(z.object({ source: Id, evidence: z.string().min(1) }).strict()).min(1),
    /** A curator's note on a coding decision; not part of the dataset. */
    note: z.string().optional(),
  })
  .strict();
export type EventAnnotation = z.infer<typeof EventAnnotationSchema>;
export const EventsFileSchema = z.object({ events: z.array(EventAnnotationSchema) }).strict();

export const QuoteAnnotationSchema = z
  .object({
    source: Id,
    /** The opening words of the quotation (or all of it), without quotation marks. */
    quote: z.string().min(1),
    speaker: Id.nullable(),
    /** The speaker as written near the quote ("a State Department spokesperson", "he"). */
    as: z.string().min(1),
    event: Id.nullable(),
    /** Override the automatic fragment/statement decision. */
    fragment: z.boolean().optional(),
  })
  .strict();
export type QuoteAnnotation = z.infer<typeof QuoteAnnotationSchema>;
export const QuotesFileSchema = z.object({ quotes: z.array(QuoteAnnotationSchema) }).strict();
