/**
 * The tense of a clause, as news resolves bare dates by it: "said Friday" is
 * the Friday before publication, "will meet Friday" the one after. Words that
 * mark each tense are found by pattern; the marker nearest the date words
 * decides, so "announced Friday that it will…" is past for Friday.
 */
import type { Direction } from '../extraction';
import type { Tense } from './extract-dates-calendar';

// "ahead of a meeting Tuesday": what a report is ahead of has not happened yet.
const FUTURE =
  /\b(?:will|won[’']t|shall|would|wouldn[’']t|may|might|should|going to|to be|wants? to|seeks? to|(?:is|are|am|was|were) (?:to|due to|set to|expected to|scheduled to|slated to|poised to|about to)|plans? to|planning to|planned (?:to|for)|intends? to|intending to|aims? to|hopes? to|expects? to|expected to|scheduled|upcoming|forthcoming|next|coming|later|ahead of)\b|[’']ll\b/gi;

// Irregular past forms common in reporting; regular ones end in -ed.
const IRREGULAR =
  'said told was were had did made took came went saw gave met left held began fell rose won lost got ' +
  'found thought brought bought sent spent built paid sold struck led wrote spoke broke chose drove flew ' +
  'grew knew threw ran sat stood understood became felt kept meant sought taught fought caught shot fled ' +
  'forgot hung laid lay rode rang sang sank slept swore tore woke withdrew overtook undertook froze arose ' +
  'beat bore forbade forgave hid bit dealt dug fed heard lent lit mistook rebuilt rewrote shook slid split ' +
  'spread stole stuck stung swept swung wound ago earlier yesterday last previously';
const PAST = new RegExp(
  `\\b(?:${IRREGULAR.split(' ').join('|')}|(?:has|have|had) (?:\\w+ )?\\w+(?:ed|en|wn|ne|ht|id)|[a-z]{2,}ed)\\b`,
  'g',
);
/** "-ed" words that are not past verbs. */
const NOT_PAST = new Set([
  'need',
  'needed',
  'speed',
  'seed',
  'feed',
  'bed',
  'red',
  'hundred',
  'indeed',
  'shed',
  'breed',
  'proceed',
  'succeed',
  'exceed',
  'creed',
  'greed',
  'weed',
  'bred',
  'sled',
  'fled',
  'shred',
  'naked',
  'sacred',
  'wicked',
  'embed',
  'expected',
  'scheduled',
  'planned',
  'intended',
  'supposed',
  'unexpected',
  'alleged',
  'so-called',
  // Participles mostly used as adjectives.
  'based',
  'concerned',
  'involved',
  'limited',
  'qualified',
  'detailed',
  'advanced',
  'experienced',
  'armed',
  'united',
  'related',
  'married',
  'skilled',
  'unprecedented',
  'unnamed',
  'renewed',
]);

const PASSIVE =
  /\b(?:be|been|being|is|are|am|get|gets|getting|remain|remains|stay|stays|keep|keeps)\s+$/;

/** Words and punctuation that end a clause; the tense rarely carries over them. */
const BOUNDARY =
  /[,;:()“”"—]|\b(?:that|which|who|but|while|after|before|when|because|although|and)\b/g;
const BOUNDARY_COST = 25;

/** A word that marks the clause's tense, at offsets into the clause. */
export interface Marker {
  at: number;
  end: number;
  tense: 'past' | 'future';
}

/** The tense markers of a clause, in order (compute once per sentence, pass to tenseNear). */
export function markers(clause: string): Marker[] {
  const out: Marker[] = [];
  for (const m of clause.matchAll(FUTURE)) {
    out.push({ at: m.index, end: m.index + m[0].length, tense: 'future' });
  }
  const future = [...out];
  for (const m of clause.matchAll(PAST)) {
    if (NOT_PAST.has(m[0].toLowerCase())) continue;
    // "has announced": a report made as of now, which leaves the reported event's tense open.
    if (
      /^(?:has|have) (?:\w+ )?(?:announced|said|reported|confirmed|revealed|stated|warned|disclosed|unveiled)$/i.test(
        m[0],
      )
    )
      continue;
    const end = m.index + m[0].length;
    // "has been scheduled": the future word inside wins.
    if (future.some((f) => f.at < end && f.end > m.index)) continue;
    // A participle after "be" ("will be signed", "is expected") leaves the tense to the auxiliary.
    if (PASSIVE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
    out.push({ at: m.index, end, tense: 'past' });
  }
  return out.sort((a, b) => a.at - b.at);
}

function boundariesBetween(clause: string, from: number, to: number): number {
  return clause.slice(from, to).match(BOUNDARY)?.length ?? 0;
}

/**
 * The tense nearest the span [start, end) of `clause` (offsets into it): the
 * tense marker closest to the span, each clause boundary in between counting
 * as distance. Null when the clause has no marker.
 */
export function tenseNear(
  clause: string,
  start: number,
  end: number,
  marks: Marker[] = markers(clause),
): Tense {
  let best: Tense = null;
  let bestCost = Infinity;
  for (const m of marks) {
    if (m.at < end && m.end > start) continue; // the date words themselves ("next week")
    const cost =
      m.end <= start
        ? start - m.end + BOUNDARY_COST * boundariesBetween(clause, m.end, start)
        : m.at - end + BOUNDARY_COST * boundariesBetween(clause, end, m.at);
    if (cost < bestCost) {
      bestCost = cost;
      best = m.tense;
    }
  }
  return best;
}

/**
 * Past or future tense of a clause: its first tense marker decides (the main
 * verb usually comes first: "It will meet Monday, officials said" is future);
 * a clause with no marker reports the past, as news mostly does.
 */
export function directionOf(clause: string): Direction {
  return markers(clause)[0]?.tense ?? 'past';
}

/**
 * True when the clause reports a completed past ("remained", "said"), not a
 * present perfect ("has kept") that can still run on: "closed until Friday"
 * is then the Friday before publication.
 */
export function hasSimplePast(clause: string): boolean {
  return markers(clause).some(
    (m) =>
      m.tense === 'past' &&
      !/^(?:has|have|had)\b/.test(clause.slice(m.at)) &&
      !/\b(?:has|have|had)\s+(?:\w+\s+)?$/.test(clause.slice(Math.max(0, m.at - 20), m.at)),
  );
}

/**
 * True when the clause has a present perfect ("has continued", "have kept"):
 * a state reported that way still holds at publication, so "has kept markets
 * closed until Friday" looks ahead to Friday.
 */
export function hasPresentPerfect(clause: string): boolean {
  return /\b(?:has|have)\s+(?:(?:not|also|already|now|since)\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ht|pt|id)\b/i.test(
    clause,
  );
}
