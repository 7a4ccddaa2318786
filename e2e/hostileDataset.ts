/**
 * A valid dataset (it passes the schema and its rules, so the app draws it)
 * whose every piece of article text carries HTML and script: titles,
 * publishers, wire services, country and person names and roles, event
 * titles, the words dates came from, quotes, speaker mentions and the source
 * texts themselves. Each payload would set `window.__pwned` if it ran (the
 * iframe's through `parent`), with its own value, so a report names it;
 * xss.spec.ts traps every write to that global, on every page load.
 */
import type { Actor, Dataset, Event, Quote } from '../src/shared/schema';
import { DatasetSchema, describeIssues, SCHEMA_VERSION } from '../src/shared/schema';
import { PLOVER, type PloverType } from '../src/shared/plover';

/** The payloads, each shown literally wherever the app shows article text. */
export const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<a href="javascript:window.__pwned=3">x</a>',
  '<svg onload="window.__pwned=4">',
  '<svg><script>window.__pwned=5</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=8</script>"></iframe>',
  '"><img src=x onerror="window.__pwned=9">',
  "{{constructor.constructor('window.__pwned=6')()}}",
] as const;

/** A source `url` that must never become a link. */
export const HOSTILE_URL = 'javascript:window.__pwned=7';
/** A safe one, with markup characters that must arrive percent-encoded. */
export const SAFE_URL = 'https://news.example/story?a=<b>&c="d"';

/** Every payload, after a plain-words lead so each field stays distinguishable. */
const hostile = (lead: string) => `${lead} ${PAYLOADS.join(' ')}`;

/** A source text built piece by piece, so every span is exactly what it claims. */
class TextBuilder {
  text = '';
  /** Append `piece`; its span in the text. */
  add(piece: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
}

const country = (id: string, lead: string): Actor => ({
  id,
  kind: 'country',
  name: hostile(lead),
  aliases: [hostile(`${lead} alias`)],
  country: id,
  role: null,
});

const actors: Actor[] = [
  country('fd', 'Freedonia'),
  country('sy', 'Sylvania'),
  country('gf', 'Grand Fenwick'),
  {
    id: 'firefly',
    kind: 'person',
    name: hostile('Rufus Firefly'),
    aliases: [],
    country: 'fd',
    role: hostile('Leader of Freedonia'),
  },
  {
    id: 'trentino',
    kind: 'person',
    name: hostile('Ambassador Trentino'),
    aliases: [],
    country: 'sy',
    role: hostile('Envoy'),
  },
];

interface Piece {
  event: string;
  sentence: string;
  quote?: { id: string; text: string; speaker: string; mention: string };
}

/** One article: each event's sentence, then its quote with the speaker as written. */
function article(sourceId: string, pieces: Piece[]) {
  const b = new TextBuilder();
  b.add(hostile('Dateline') + '\n\n');
  const mentions = new Map<string, { sourceId: string; start: number; end: number }>();
  const quotes: Quote[] = [];
  for (const p of pieces) {
    mentions.set(p.event, { sourceId, ...b.add(p.sentence) });
    b.add(' ');
    if (p.quote) {
      b.add('“');
      const span = b.add(p.quote.text);
      b.add(',” said ');
      const mention = b.add(p.quote.mention);
      b.add('.');
      quotes.push({
        id: p.quote.id,
        sourceId,
        ...span,
        text: p.quote.text,
        fragment: false,
        speakerId: p.quote.speaker,
        speakerMention: { text: p.quote.mention, ...mention },
        eventId: p.event,
      });
    }
    b.add('\n\n');
  }
  return { text: b.text, mentions, quotes };
}

const a = article('s-daily', [
  {
    event: 'e-meet',
    sentence: hostile('Freedonia and Sylvania met on Wednesday.'),
    quote: {
      id: 'q-meet',
      text: hostile('We came in peace'),
      speaker: 'firefly',
      mention: hostile('the leader'),
    },
  },
  { event: 'e-threat', sentence: hostile('Sylvania threatened Grand Fenwick.') },
]);
const b = article('s-gazette', [
  {
    event: 'e-accuse',
    sentence: hostile('Grand Fenwick accused Freedonia.'),
    quote: {
      id: 'q-accuse',
      text: hostile('They lied to us'),
      speaker: 'trentino',
      mention: hostile('the envoy'),
    },
  },
]);

function event(
  id: string,
  lead: string,
  type: PloverType,
  start: string,
  who: { sources: string[]; targets: string[]; countries: string[] },
  mention: { sourceId: string; start: number; end: number },
  quoteIds: string[],
  dateText: string | null,
): Event {
  return {
    id,
    title: hostile(lead),
    type,
    quadClass: PLOVER[type].quadClass,
    date: {
      start,
      end: start,
      precision: 'day',
      text: dateText,
      basis: dateText === null ? 'publication' : 'text',
      sourceId: mention.sourceId,
      resolvedAgainst: '2019-02-28',
    },
    ...who,
    mentions: [mention],
    quoteIds,
  };
}

export const hostileDataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  sources: [
    {
      id: 's-daily',
      file: 'daily.txt',
      title: hostile('Summit'),
      publisher: hostile('The Daily'),
      via: hostile('Wire'),
      url: HOSTILE_URL,
      published: '2019-02-28',
      publishedEvidence: hostile('fixture'),
      text: a.text,
    },
    {
      id: 's-gazette',
      file: 'gazette.txt',
      title: hostile('Accusations'),
      publisher: hostile('The Gazette'),
      via: null,
      url: SAFE_URL,
      published: '2019-02-28',
      publishedEvidence: 'fixture',
      text: b.text,
    },
  ],
  actors,
  events: [
    event(
      'e-meet',
      'Freedonia meets Sylvania',
      'CONSULT',
      '2019-02-27',
      { sources: ['fd', 'firefly'], targets: ['sy'], countries: ['fd', 'sy'] },
      a.mentions.get('e-meet')!,
      ['q-meet'],
      hostile('Wednesday'),
    ),
    event(
      'e-threat',
      'Sylvania threatens Grand Fenwick',
      'THREATEN',
      '2019-02-28',
      { sources: ['sy'], targets: ['gf'], countries: ['gf', 'sy'] },
      a.mentions.get('e-threat')!,
      [],
      null,
    ),
    event(
      'e-accuse',
      'Grand Fenwick accuses Freedonia',
      'ACCUSE',
      '2019-01-15',
      { sources: ['gf', 'trentino'], targets: ['fd'], countries: ['fd', 'gf'] },
      b.mentions.get('e-accuse')!,
      ['q-accuse'],
      hostile('in January'),
    ),
  ],
  quotes: [...a.quotes, ...b.quotes],
};

// A payload test on a dataset the app refuses would prove nothing: check it here.
const checked = DatasetSchema.safeParse(hostileDataset);
if (!checked.success)
  throw new Error(
    `hostileDataset is invalid:\n${describeIssues(checked.error, 10, hostileDataset).join('\n')}`,
  );
