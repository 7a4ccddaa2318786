/**
 * `npx parley …` as people run it, on a real captured article (furniture and
 * all): JSON out, every offset a slice of the file's own text.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FILE = 'data/sources/000_e378a04def874849.txt'; // The Korea Herald, 19 April 2019
const fileText = readFileSync(FILE, 'utf8');
const parley = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/parley.mjs', ...args], { encoding: 'utf8' });

interface Span {
  text: string;
  start: number;
  end: number;
}
const slices = (s: Span) => expect(fileText.slice(s.start, s.end)).toBe(s.text);

describe('npx parley', { timeout: 30_000 }, () => {
  it('dates: TimeML values resolved against --published, offsets into the file', () => {
    const r = parley('dates', '--published', '2019-04-19', FILE);
    expect(r.status).toBe(0);
    const dates = JSON.parse(r.stdout) as (Span & { value: string; precision: string })[];
    dates.forEach(slices);
    const value = (t: string) => dates.find((d) => d.text === t)?.value;
    expect(value('Thursday')).toBe('2019-04-18');
    expect(value('last week')).toBe('2019-W15');
    expect(value('February')).toBe('2019-02');
    expect(dates.find((d) => d.text === 'Wednesday')).toMatchObject({
      value: '2019-04-17',
      precision: 'day',
    });
  });

  it('quotes: speakers by canonical name, their mention and country', () => {
    const r = parley('quotes', FILE);
    expect(r.status).toBe(0);
    const quotes = JSON.parse(r.stdout) as (Span & {
      fragment: boolean;
      speaker: string | null;
      speakerMention: Span | null;
      speakerCountry: string | null;
    })[];
    for (const q of quotes) {
      slices(q);
      if (q.speakerMention) slices(q.speakerMention);
    }
    expect(quotes.find((q) => q.text === 'We are aware of the report')).toMatchObject({
      fragment: false,
      speaker: 'US State Department',
      speakerMention: { text: 'a State Department spokesperson' },
      speakerCountry: 'US',
    });
    expect(quotes.find((q) => q.text === 'obstacles')).toMatchObject({ fragment: true });
  });

  it('extract: everything in one article, furniture set aside', () => {
    const r = parley('extract', '--published', '2019-04-19', FILE);
    expect(r.status).toBe(0);
    const x = JSON.parse(r.stdout) as {
      text: string;
      furniture: (Span & { reason: string })[];
      actors: Span[];
      countries: string[];
      events: { type: string; countries: string[]; sentence: Span; trigger: Span }[];
    };
    expect(x.text).not.toContain('Back To Top');
    expect(x.furniture.map((f) => fileText.slice(f.start, f.end))).toContain('Back To Top');
    x.actors.forEach(slices);
    expect(x.countries).toEqual(expect.arrayContaining(['KP', 'US']));
    expect(x.events.length).toBeGreaterThan(3);
    for (const e of x.events) {
      slices(e.sentence);
      slices(e.trigger);
    }
    expect(x.events.some((e) => e.type === 'MOBILIZE' && e.countries.includes('KP'))).toBe(true);
  });

  it('reads a short plain file whole, without a manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-'));
    const path = join(dir, 'note.txt');
    writeFileSync(path, 'Talks resumed on Monday.');
    const r = parley('dates', '--published', '2021-10-20', path);
    expect(JSON.parse(r.stdout)).toEqual([
      { text: 'Monday', start: 17, end: 23, value: '2021-10-18', precision: 'day' },
    ]);
  });

  it.each([
    [['dates', FILE], /dates needs --published/],
    [['dates', '--published', '2019-02-30', FILE], /not a calendar date/],
    [['summarise', FILE], /unknown command "summarise"/],
    [['quotes', 'no-such-file.txt'], /no-such-file\.txt: file not found/],
  ])('explains bad usage: %j', (args, message) => {
    const r = parley(...args);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
  });
});
