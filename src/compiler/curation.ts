/**
 * What people know that the text alone does not say: the manifest of sources,
 * the actor gazetteer, and corrections to automatic extraction. Each correction
 * points at its evidence by quoting the article's own words; the compiler finds them.
 */
import { z } from 'zod';
import { IsoDate, PRECISIONS } from '../shared/schema';
import { PLOVER_TYPES } from '../shared/plover';

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens');

/** data/sources/manifest.json: one entry per article file. */
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

/** data/curation/actors.json: the curated actors, which win over world-countries. */
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

/** A person's dating of an event: words of the article, or its publication date. */
const CuratedDate = z.union([
  z
    .object({
      source: Id,
      /** The words that date the event, as written ("Thursday", "last week"). */
      words: z.string().min(1),
      /**
       * Whether the clause looks back (reporting) or ahead (plans, promises), when
       * the tense the date stage reads from the sentence is not the right one.
       */
      direction: z.enum(['past', 'future']).optional(),
      /** A phrase containing the words, when they are not in a mention sentence. */
      in: z.string().min(1).optional(),
      /**
       * A person's reading of vague words ("in recent weeks") as a calendar range,
       * when the words alone give none; the words must still be in the text.
       */
      means: z
        .object({ start: IsoDate, end: IsoDate, precision: z.enum(PRECISIONS) })
        .strict()
        .optional(),
    })
    .strict(),
  z.object({ source: Id, publication: z.literal(true) }).strict(),
]);
export type CuratedDate = z.infer<typeof CuratedDate>;

/** An event a person adds (`{"op": "add", …}`): everything automatic extraction would find. */
const AddedEventSchema = z
  .object({
    id: Id,
    title: z.string().min(1),
    type: z.enum(PLOVER_TYPES),
    sources: z.array(Id).min(1),
    targets: z.array(Id).default([]),
    /** Countries involved beyond those of the actors (rarely needed). */
    countries: z.array(Id).default([]),
    date: CuratedDate,
    mentions: z.array(z.object({ source: Id, evidence: z.string().min(1) }).strict()).min(1),
    /** A curator's note on a coding decision; not part of the dataset. */
    note: z.string().optional(),
  })
  .strict();
export type AddedEvent = z.infer<typeof AddedEventSchema>;

/**
 * Which automatic event a correction is about: the one reported by the
 * sentence containing these words (and of this type, when a sentence reports
 * two). Words, not ids, because ids follow titles and titles can be corrected.
 */
const EventRef = z
  .object({ source: Id, evidence: z.string().min(1), type: z.enum(PLOVER_TYPES).optional() })
  .strict();
export type EventRef = z.infer<typeof EventRef>;

const why = { note: z.string().optional() };
const Actors = { sources: z.array(Id).min(1), targets: z.array(Id).default([]) };

/**
 * The corrections a person makes on top of automatic extraction. Each is
 * checked against the text: the words it points at must be in the article.
 */
const CorrectionSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('drop'), event: EventRef, ...why }).strict(),
  z
    .object({ op: z.literal('retitle'), event: EventRef, title: z.string().min(1), ...why })
    .strict(),
  z
    .object({ op: z.literal('retype'), event: EventRef, type: z.enum(PLOVER_TYPES), ...why })
    .strict(),
  z.object({ op: z.literal('redate'), event: EventRef, date: CuratedDate, ...why }).strict(),
  z
    .object({
      op: z.literal('recast'),
      event: EventRef,
      ...Actors,
      countries: z.array(Id).default([]),
      ...why,
    })
    .strict(),
  /** More sentences that report the event (the extractor found none there, or another event). */
  z
    .object({
      op: z.literal('mention'),
      event: EventRef,
      mentions: z.array(z.object({ source: Id, evidence: z.string().min(1) }).strict()).min(1),
      ...why,
    })
    .strict(),
  /** The first event absorbs the others' mentions. */
  z.object({ op: z.literal('merge'), events: z.array(EventRef).min(2), ...why }).strict(),
  /** The named mentions leave the event and become an event of their own. */
  z
    .object({
      op: z.literal('split'),
      event: EventRef,
      mentions: z.array(z.object({ source: Id, evidence: z.string().min(1) }).strict()).min(1),
      title: z.string().min(1).optional(),
      ...why,
    })
    .strict(),
  z.object({ op: z.literal('add'), ...AddedEventSchema.shape }).strict(),
  /** Re-attribute, re-attach, relabel or drop a quotation found in the text. */
  z
    .object({
      op: z.literal('quote'),
      source: Id,
      /** The opening words of the quotation, without quotation marks. */
      quote: z.string().min(1),
      speaker: Id.nullable().optional(),
      as: z.string().min(1).optional(),
      event: EventRef.nullable().optional(),
      fragment: z.boolean().optional(),
      drop: z.literal(true).optional(),
      ...why,
    })
    .strict(),
]);
export type Correction = z.infer<typeof CorrectionSchema>;
/** data/curation/corrections.json. */
export const CorrectionsFileSchema = z.object({ corrections: z.array(CorrectionSchema) }).strict();
