import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compile, serializeDataset } from '../../src/compiler/run';
import { DatasetSchema, type InlineDataset } from '../../src/shared/schema';
import { realInput } from './inputs';
import { GoldSchema } from '../../src/compiler/eval/five-articles';

const result = compile(realInput());
const ds = result.dataset as InlineDataset;
const byId = <T extends { id: string }>(items: T[], id: string): T => {
  const found = items.find((x) => x.id === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
};
const gold = GoldSchema.parse(
  JSON.parse(readFileSync('data/eval/five-articles.gold.json', 'utf8')),
);
const said = (m: { sourceId: string; start: number; end: number }) =>
  `${m.sourceId}: ${byId(ds.sources, m.sourceId).text.slice(m.start, m.end)}`;
/** The event a hand-coded one became: its type, reported by the same sentences. */
const eventFor = (g: (typeof gold.events)[number]) => {
  const sentences = g.mentions
    .map((m) => `${m.source}: ${m.text}`)
    .sort()
    .join('\n');
  const found = ds.events.filter(
    (e) => e.type === g.type && e.mentions.map(said).sort().join('\n') === sentences,
  );
  // One sentence can report two meetings of one kind: then the day tells them apart.
  const one = found.length > 1 ? found.filter((e) => e.date.start === g.date.start) : found;
  if (one.length !== 1) throw new Error(`${one.length} events for "${g.title}"`);
  return one[0]!;
};
const byGoldId = (id: string) => eventFor(gold.events.find((g) => g.id === id)!);

describe('compiling the five articles', () => {
  it('succeeds without diagnostics', () => {
    expect(result.diagnostics.items).toEqual([]);
    expect(ds).not.toBeNull();
  });

  it('is byte-identical from run to run', () => {
    expect(serializeDataset(compile(realInput()).dataset!)).toBe(serializeDataset(ds));
  });

  it('matches the committed data/dataset.json (golden file; run `npm run compile` when it changes)', () => {
    expect(readFileSync('data/dataset.json', 'utf8')).toBe(serializeDataset(ds));
  });

  it('validates against the schema the app uses', () => {
    expect(DatasetSchema.safeParse(ds).success).toBe(true);
  });

  it('holds every source with its publication details', () => {
    expect(ds.sources.map((s) => [s.publisher, s.via, s.published])).toEqual([
      ['The Korea Herald', 'Yonhap', '2019-04-19'],
      ['The Week', null, '2018-09-20'],
      ['Al Arabiya', 'AFP', '2021-10-18'],
      ['Bloomberg', null, '2018-07-08'],
      ['SaveDelete', 'Xinhua', '2020-07-10'],
    ]);
  });

  it('keeps no page furniture in any source text', () => {
    const furniture = [
      'Back To Top',
      'Subscribe to The Week',
      'Newsletter',
      'Sign up',
      'Crossword',
      'Sudoku',
      'Yoon Suk Yeol',
      'Published',
      'Theme',
      'Google News',
      'Read more',
      'Colin Powell',
      'Editor',
      'Explore More',
      'About the author',
      'Nick Wadhams',
      'Kuwait',
      '2025',
      'Talking Point',
      '• ',
    ];
    for (const s of ds.sources)
      for (const f of furniture) expect(s.text, `${s.id} holds "${f}"`).not.toContain(f);
  });

  it('keeps the body and the caption that describes the story', () => {
    const text = byId(ds.sources, 'al-arabiya-2021-10-18').text;
    expect(text).toContain('This picture taken on October 10, 2021');
    expect(text.match(/This picture taken/g)).toHaveLength(1); // the repeated caption is dropped once
    expect(text).toContain('President Joe Biden has promised to keep seeking diplomacy');
    expect(byId(ds.sources, 'the-week-2018-09-20').text).toContain(
      'Mike Pompeo invites Pyongyang foreign minister',
    );
  });

  it('makes one event of the Hanoi summit reported by two articles', () => {
    const hanoi = byGoldId('hanoi-summit');
    expect(new Set(hanoi.mentions.map((m) => m.sourceId))).toEqual(
      new Set(['the-korea-herald-2019-04-19', 'savedelete-2020-07-10']),
    );
    expect(hanoi.date).toMatchObject({
      start: '2019-02-01',
      end: '2019-02-28',
      precision: 'month',
      text: 'February',
    });
  });

  it('dates the background events as precisely as the text allows, and no more', () => {
    expect(byGoldId('singapore-summit').date).toMatchObject({
      start: '2018-06-12',
      precision: 'day',
    });
    expect(byGoldId('kaesong-liaison-office-demolished').date).toMatchObject({
      start: '2020-06-01',
      end: '2020-06-30',
      precision: 'month',
    });
    expect(byGoldId('kp-tactical-guided-weapon-test').date).toMatchObject({
      start: '2019-04-17',
      precision: 'day',
      text: 'Wednesday',
    });
    expect(byGoldId('kim-open-to-third-summit').date).toMatchObject({
      start: '2019-04-08',
      end: '2019-04-14',
      precision: 'week',
    });
    expect(byGoldId('us-kr-jp-envoys-meeting').date).toMatchObject({
      start: '2021-10-19',
      precision: 'day',
    });
  });

  it('gives every mention the full sentence that reports it', () => {
    for (const e of ds.events)
      for (const m of e.mentions) {
        const s = byId(ds.sources, m.sourceId).text.slice(m.start, m.end);
        expect(s).toMatch(/^[\p{Lu}"“(]/u);
        expect(s).not.toContain('\n');
      }
  });

  it('attributes every quotation, never confusing Sung Kim with Kim Jong Un', () => {
    expect(ds.quotes.length).toBe(32);
    for (const q of ds.quotes) {
      expect(q.text).toBe(byId(ds.sources, q.sourceId).text.slice(q.start, q.end));
      expect(q.speakerId).not.toBeNull();
    }
    const sungKim = ds.quotes.filter((q) => q.sourceId === 'al-arabiya-2021-10-18');
    expect(sungKim.map((q) => q.speakerId)).toEqual(['sung-kim', 'sung-kim', 'sung-kim']);
    const spokesperson = ds.quotes.find((q) => q.text.startsWith('We are aware'))!;
    expect(spokesperson.speakerMention?.text).toBe('a State Department spokesperson');
  });

  it('marks short quoted labels as fragments', () => {
    const frag = (t: string) => ds.quotes.find((q) => q.text.startsWith(t))!.fragment;
    expect(frag('gangster-like')).toBe(true);
    expect(frag('maximum pressure')).toBe(true);
    expect(frag('We still cherish')).toBe(false);
  });

  it('holds the hand-coded events: same type, actors, date and reporting sentences', () => {
    expect(ds.events).toHaveLength(gold.events.length);
    const seen = new Set<string>();
    for (const g of gold.events) {
      // eventFor matches type and reporting sentences, or throws
      const e = eventFor(g);
      seen.add(e.id);
      expect(e.countries, g.title).toEqual(g.countries);
      expect([...e.sources].sort(), g.title).toEqual([...g.sources].sort());
      expect([...e.targets].sort(), g.title).toEqual([...g.targets].sort());
      expect([e.date.start, e.date.end, e.date.precision, e.date.basis], g.title).toEqual([
        g.date.start,
        g.date.end,
        g.date.precision,
        g.date.basis,
      ]);
    }
    expect(seen.size).toBe(gold.events.length);
  });

  it('titles every event readably: capitalised, no trailing period, under 90 characters', () => {
    for (const e of ds.events) expect(e.title).toMatch(/^[\p{Lu}"'‘“][^\n]{8,88}[^.\s]$/u);
  });

  it('holds the hand-coded quotes with their speakers and events', () => {
    for (const g of gold.quotes) {
      const q = ds.quotes.find((x) => x.sourceId === g.source && x.text === g.text)!;
      expect(q, g.text).toBeDefined();
      expect([q.speakerId, q.speakerMention?.text ?? null, q.fragment], g.text).toEqual([
        g.speaker,
        g.as,
        g.fragment,
      ]);
    }
  });

  it('counts what came out automatically and what a person corrected', () => {
    expect(result.stats).toMatchObject({ warnings: 0 });
    const { automatic, corrected, added, dropped, merged } = result.stats!;
    expect(automatic).toBeGreaterThan(added);
    expect(automatic - dropped - merged + added).toBe(ds.events.length);
    expect(corrected).toBeLessThanOrEqual(automatic);
  });

  it('links quotes and events both ways', () => {
    for (const q of ds.quotes)
      if (q.eventId) expect(byId(ds.events, q.eventId).quoteIds).toContain(q.id);
  });
});
