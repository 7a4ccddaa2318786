/**
 * Why an actor is named. A country can be a party to what is reported
 * ("Pyongyang said"), or only a place: the dateline that opens a dispatch
 * ("SEOUL (Yonhap) —") or a venue ("talks in Hanoi"), or only a qualifier of
 * another name ("North Korean leader Kim Jong Un", "the U.S. envoy"). Only the
 * first kind makes the country a participant.
 */
import type { ActorMention, MentionRole, TextSpan } from '../extraction';

/**
 * Words of a role phrase between a country and the person it qualifies
 * ("Japanese Foreign Minister", "his South Korean counterpart"), compared in
 * lower case.
 */
export const ROLE_WORDS = new Set(
  (
    'leader leaders president vice minister ministers foreign defense defence secretary prime deputy special envoy ' +
    'representative official officials spokesman spokeswoman spokesperson counterpart counterparts ambassador diplomat ' +
    'diplomats negotiator negotiators chief top senior former acting chairman chairwoman director general director-general ' +
    'head commander lieutenant gen. adm. lt. col. maj. mr. mrs. ms. dr. sen. rep. gov. nuclear lead state of national ' +
    'security adviser advisor unification trade finance first lady sister brother wife king queen prince crown premier ' +
    'chancellor lawmaker lawmakers supreme assistant undersecretary under-secretary military army navy staff joint chiefs ' +
    'the his her its their new incoming outgoing then-president intelligence agent agents delegate delegation envoys ' +
    'emissary officer officers soldier soldiers troops forces ruler dictator strongman monarch emperor policy affairs ' +
    // Portfolios and offices news puts before a name ("German economy minister X").
    'economy economic economics interior justice health education energy environment transport transportation ' +
    'agriculture labour labor industry commerce culture information home treasury communications welfare ' +
    'tourism sports science technology social development planning internal external european press ' +
    'governor mayor senator congressman congresswoman legislator mp judge prosecutor attorney ' +
    'office executive ceo founder co-founder boss economist analyst regulator secretary-general spokesmen'
  ).split(' '),
);

/** Nouns for people and offices: after a country they make it a modifier ("the U.S. envoy"). */
export const ROLE_NOUNS = new Set(
  (
    'leader leaders president minister ministers secretary envoy envoys representative official officials spokesman ' +
    'spokeswoman spokesperson counterpart counterparts ambassador diplomat diplomats negotiator negotiators chief ' +
    'chairman chairwoman director commander adviser advisor premier chancellor lawmaker lawmakers king queen prince ' +
    'emissary officer officers delegate delegation ruler dictator monarch emperor general governor mayor ' +
    'senator congressman congresswoman legislator mp judge prosecutor executive ceo economist analyst ' +
    'regulator secretary-general spokesmen'
  ).split(' '),
);

/** "in Hanoi", "the waters off Japan", "near Taiwan": the country is where, not who. */
const PREPOSITION_BEFORE = /(?:^|[^\p{L}])(?:in|at|In|At|inside|Inside|off|near)\s+(?:the\s+)?$/u;
const VENUE_NOUN_AFTER =
  /^\s+(?:summit|talks|meeting|negotiations|conference|declaration|agreement|accord|forum|statement|process|Summit|Declaration)\b/;

/**
 * Datelines at the start of the text or of a paragraph: "SEOUL (Yonhap) —",
 * "WASHINGTON —", "SEOUL, April 19 (Yonhap) --", "KYIV, Ukraine (AP) —". Returns
 * the place with its date or region, without the agency; an all-caps place is
 * matched in title case by the caller.
 */
export function findDatelines(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  // The agency in parentheses ("SEOUL (Yonhap) --") or, as Kyodo writes it, bare ("TOKYO, Aug. 25 Kyodo -").
  const re =
    /(^|\n)[ \t]*((?:[A-Z][A-Z.'’-]+)(?:[ ][A-Z][A-Z.'’-]+){0,3}|(?:[A-Z][a-z]+)(?:[ ][A-Z][a-z]+){0,2}(?=(?:,[^\n(]{1,25})?\s*\())(,[ \t]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?|[A-Z][\p{L}.]*(?:[ ][A-Z][\p{L}.]*){0,2}))?[ \t]*(\([^)\n]{1,40}\)|(?:Kyodo|Yonhap|Xinhua|Reuters|AFP|AP|UPI|TASS|Anadolu|IRNA|Bernama|Antara|PTI|IANS|ANI|KUNA|WAM|SPA|EFE|ANSA|dpa)\b)?(?:[ \t]*[—–]|[ \t]+(?:--|-)[ \t])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The place and its region ("KYIV, Ukraine"), without the agency.
    const place = m[2]! + (m[3] ?? '');
    const start = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(place);
    out.push({ start, end: start + place.length, text: place });
  }
  return out;
}

/** Title case of an all-caps place ("NEW DELHI" → "New Delhi"). */
export function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
}

/** True when the words after a mention are a role phrase ("'s foreign minister", " envoy"). */
export function qualifiesRole(after: string): boolean {
  const m = /^(?:['’]s)?((?:[ ,]+[\p{L}.-]+){1,5})/u.exec(after);
  if (!m) return false;
  const words = m[1]!.trim().split(/[ ,]+/);
  let sawNoun = false;
  for (const w of words) {
    const lw = w.toLowerCase();
    if (ROLE_NOUNS.has(lw)) sawNoun = true;
    else if (!ROLE_WORDS.has(lw)) break;
  }
  return sawNoun;
}

/**
 * The role of each mention, given the datelines. Dateline beats venue beats
 * modifier; the rest are participants. `mentions` are sorted by start, so a
 * country directly before a person's or organization's name qualifies it.
 */
export function assignRoles(
  text: string,
  mentions: readonly Omit<ActorMention, 'role'>[],
  datelines: readonly TextSpan[],
): MentionRole[] {
  return mentions.map((m, i) => {
    if (datelines.some((d) => m.start >= d.start && m.end <= d.end)) return 'dateline';
    if (m.kind !== 'country') return 'participant';
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const after = text.slice(m.end, m.end + 60);
    const possessive = /^['’]s\b/.test(after);
    if (/(?:^|[^\p{L}])(?:anti|pro)-$/u.test(before)) return 'modifier';
    if (!possessive && PREPOSITION_BEFORE.test(before)) return 'venue';
    if (
      !possessive &&
      !/[-–]$/.test(before) &&
      (m.form === 'metonym' || m.form === 'name') &&
      VENUE_NOUN_AFTER.test(after)
    )
      return 'venue';
    if (qualifiesRole(after)) return 'modifier';
    // "US President Donald Trump": a country directly before a person or organization name.
    const next = mentions[i + 1];
    const object = /(?:^|\s)(?:for|on|to|toward|with|against|from|over|about|of)\s+$/.test(before);
    if (next && next.kind !== 'country' && m.form !== 'metonym' && !object) {
      const gap = text.slice(m.end, next.start);
      if (
        /^(?:['’]s)?\s+$/.test(gap) ||
        (/^\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(gap) && gapIsTitles(gap))
      )
        return 'modifier';
    }
    return 'participant';
  });
}

function gapIsTitles(gap: string): boolean {
  return gap
    .trim()
    .split(/\s+/)
    .every((w) => ROLE_WORDS.has(w.toLowerCase()));
}
