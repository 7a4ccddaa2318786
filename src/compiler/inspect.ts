/**
 * What `parley dates | quotes | extract` print for one file, pure. Extraction
 * runs on the cleaned text; every offset is mapped back to the file's own
 * text, so `fileText.slice(start, end) === text` for everything printed.
 */
import { extractArticle, type ArticleExtraction } from './extract-article';
import type { TextSpan } from './extraction';
import { cleanText, type Block } from './stages/clean-text';
import type { GazetteerIndex } from './stages/gazetteer';

/** How `inspect` reads the file. */
export interface InspectOptions {
  published: string;
  /** Skip furniture removal (for text that is known to be all body). */
  raw?: boolean;
}

/** Clean-text offsets to file offsets, through the kept blocks. */
function offsetMapper(blocks: readonly Block[]): (clean: number) => number {
  const kept = blocks.filter((b) => b.kept);
  return (clean) => {
    let block = kept[0];
    for (const b of kept) if (b.cleanStart! <= clean) block = b;
    return block
      ? block.rawStart + Math.min(clean - block.cleanStart!, block.rawEnd - block.rawStart)
      : clean;
  };
}

/** One file extracted, with the way back from cleaned-text offsets to the file's. */
export interface Inspection {
  fileText: string;
  cleaned: string;
  furniture: { start: number; end: number; reason: string }[];
  extraction: ArticleExtraction;
  /** A span in the cleaned text, as a span of the file. */
  span: (s: { start: number; end: number }) => TextSpan;
}

/** Clean (unless `raw`) and extract one file. */
export function inspect(
  fileText: string,
  gazetteer: GazetteerIndex,
  opts: InspectOptions,
): Inspection {
  const cleaned = opts.raw ? null : cleanText(fileText, '');
  // A short file with no furniture may classify as all furniture: then read it whole.
  const useClean = cleaned !== null && cleaned.text.trim() !== '';
  const text = useClean ? cleaned.text : fileText;
  const toFile = useClean ? offsetMapper(cleaned.blocks) : (n: number) => n;
  const span = (s: { start: number; end: number }): TextSpan => {
    const start = toFile(s.start);
    const end = Math.max(start, toFile(s.end));
    return { text: fileText.slice(start, end), start, end };
  };
  return {
    fileText,
    cleaned: text,
    furniture: useClean
      ? cleaned.blocks
          .filter((b) => !b.kept)
          .map((b) => ({ start: b.rawStart, end: b.rawEnd, reason: b.reason }))
      : [],
    extraction: extractArticle(text, opts.published, gazetteer),
    span,
  };
}

const iso = (country: string | null) => (country ? country.toUpperCase() : null);

/** What `parley dates` prints: time expressions with their TimeML values. */
export function datesOf(i: Inspection) {
  return i.extraction.dates.map((d) => ({
    ...i.span(d),
    value: d.value,
    precision: d.precision,
  }));
}

/** What `parley quotes` prints: quotations with their speakers. */
export function quotesOf(i: Inspection) {
  return i.extraction.quotes.map((q) => ({
    ...i.span(q),
    fragment: q.fragment,
    speaker: q.speaker,
    speakerMention: q.speakerMention ? i.span(q.speakerMention) : null,
    speakerCountry: iso(q.speakerCountry),
  }));
}

/** What `parley extract` prints: everything found, actors by name, countries as ISO codes. */
export function extractionOf(i: Inspection, gazetteer: GazetteerIndex) {
  const x = i.extraction;
  const nameOf = (id: string) =>
    gazetteer.actors.get(id)?.name ?? x.actors.newActors.find((a) => a.id === id)?.name ?? id;
  const participants = x.actors.mentions.filter((m) => m.role === 'participant');
  return {
    text: i.cleaned,
    furniture: i.furniture,
    quotes: quotesOf(i),
    dates: datesOf(i),
    actors: x.actors.mentions.map((m) => ({
      ...i.span(m),
      id: m.actorId,
      name: nameOf(m.actorId),
      kind: m.kind,
      form: m.form,
      role: m.role,
      country: iso(m.country),
    })),
    newActors: x.actors.newActors,
    countries: [
      ...new Set(
        [...participants.map((m) => m.country), ...x.events.flatMap((e) => e.countries)].flatMap(
          (c) => (c ? [c.toUpperCase()] : []),
        ),
      ),
    ].sort(),
    events: x.events.map((e) => ({
      title: e.title,
      type: e.type,
      sources: e.sources.map(nameOf),
      targets: e.targets.map(nameOf),
      countries: e.countries.map((c) => c.toUpperCase()),
      date: {
        value: e.date.expression?.value ?? e.date.start,
        start: e.date.start,
        end: e.date.end,
        precision: e.date.precision,
        basis: e.date.basis,
        words: e.date.expression ? i.span(e.date.expression) : null,
      },
      trigger: i.span(e.trigger),
      sentence: i.span(e.sentence),
      confidence: e.confidence,
    })),
  };
}
