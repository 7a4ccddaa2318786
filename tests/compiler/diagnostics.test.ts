/**
 * Each validation error of the compiler, provoked by one small edit of the
 * real inputs: the code, the file, the line and a hint must all be there.
 */
import { describe, expect, it } from 'vitest';
import { compile, type CompileInput } from '../../src/compiler/run';
import { formatDiagnostic } from '../../src/compiler/diagnostics';
import { realInput, withFile } from './inputs';

function only(input: CompileInput) {
  const r = compile(input);
  expect(r.dataset).toBeNull();
  return r.diagnostics.errors;
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('compiler diagnostics', () => {
  it('PARLEY001: a manifest that is not JSON names the line', () => {
    const input = withFile('manifest', (t) =>
      t.replace('"publisher": "Bloomberg",', '"publisher": "Bloomberg"'),
    );
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY001', file: 'data/sources/manifest.json' });
    // JSON.parse notices the missing comma at the next key, on the following line.
    expect(d!.line).toBe(lineOf(input.manifest.text, '"publisher": "Bloomberg"') + 1);
  });

  it('PARLEY001: an impossible publication date is named with its line', () => {
    const input = withFile('manifest', (t) =>
      t.replace('"published": "2021-10-18"', '"published": "2021-02-30"'),
    );
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY001' });
    expect(d!.message).toContain('published');
    expect(d!.line).toBe(lineOf(input.manifest.text, '"published": "2021-02-30"'));
  });

  it('PARLEY002: a listed article that is missing', () => {
    const input = realInput();
    const articles = new Map(input.articles);
    articles.delete('003_5e639a9b6a1a7385.txt');
    const errors = only({ ...input, articles });
    expect(errors[0]).toMatchObject({ code: 'PARLEY002', file: 'data/sources/manifest.json' });
    expect(errors[0]!.message).toContain('003_5e639a9b6a1a7385.txt');
  });

  it('PARLEY003: a curation field of the wrong kind, with its line', () => {
    const input = withFile('events', (t) => t.replace('"type": "ASSAULT"', '"type": "DEMOLISH"'));
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY003', file: 'data/curation/events.json' });
    expect(d!.line).toBe(lineOf(input.events.text, '"type": "DEMOLISH"'));
  });

  it('PARLEY004: evidence that is not verbatim in the article', () => {
    const input = withFile('events', (t) =>
      t.replace('Kim supervised the test-firing of a new', 'Kim oversaw the test-firing of a new'),
    );
    const [d] = only(input);
    expect(d).toMatchObject({
      code: 'PARLEY004',
      line: lineOf(input.events.text, 'Kim oversaw the test-firing'),
    });
    expect(formatDiagnostic(d!)).toMatch(
      /^data\/curation\/events\.json:\d+: error PARLEY004: .*\n {2}→ copy the words exactly/,
    );
  });

  it('PARLEY005: evidence found more than once', () => {
    const input = withFile('events', (t) =>
      t.replace(/"evidence": "Kim said last week he will wait[^"]*"/, '"evidence": "Kim"'),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY005' });
  });

  it('PARLEY006: date words that are not in the event’s sentences', () => {
    const input = withFile('events', (t) =>
      t.replace('"words": "on Sunday"', '"words": "on Saturday"'),
    );
    expect(only(input)[0]).toMatchObject({
      code: 'PARLEY006',
      line: lineOf(input.events.text, '"words": "on Saturday"'),
    });
  });

  it('PARLEY007: date words that cannot be placed in time', () => {
    const input = withFile('events', (t) =>
      t.replace('"words": "on Sunday"', '"words": "In Tokyo"'),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY007' });
  });

  it('PARLEY008: an unknown actor', () => {
    const input = withFile('events', (t) => t.replace('"taro-kono"', '"taro-konno"'));
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY008' });
    expect(only(input)[0]!.message).toContain('taro-konno');
  });

  it('PARLEY009: an unknown source id', () => {
    const input = withFile('quotes', (t) =>
      t.replace(
        '"source": "bloomberg-2018-07-08",\n      "quote": "cancerous"',
        '"source": "bloomberg-2018-07-09",\n      "quote": "cancerous"',
      ),
    );
    const errors = only(input);
    expect(errors.map((e) => e.code)).toContain('PARLEY009');
  });

  it('PARLEY010: a quotation nobody attributed', () => {
    const input = withFile('quotes', (t) =>
      t.replace(
        /\{\s*"source": "bloomberg-2018-07-08",\s*"quote": "maximum pressure"[^}]*\},?/,
        '',
      ),
    );
    const errors = only(input);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'PARLEY010' });
    expect(errors[0]!.hint).toContain('maximum pressure');
  });

  it('PARLEY011: a curated quote that matches no quotation', () => {
    const input = withFile('quotes', (t) =>
      t.replace('"quote": "We still cherish"', '"quote": "We still treasure"'),
    );
    const codes = only(input).map((e) => e.code);
    expect(codes).toContain('PARLEY011');
  });

  it('PARLEY012: speaker words that are not near the quote', () => {
    const input = withFile('quotes', (t) =>
      t.replace('"as": "a State Department spokesperson"', '"as": "a Pentagon spokesperson"'),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY012' });
  });

  it('PARLEY013: a quote attached to an unknown event', () => {
    const input = withFile('quotes', (t) =>
      t.replace('"event": "pompeo-kono-tokyo"', '"event": "pompeo-kono-osaka"'),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY013' });
  });

  it('PARLEY014: an id used twice', () => {
    const input = withFile('events', (t) =>
      t.replace('"id": "singapore-agreement-signed"', '"id": "singapore-summit"'),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY014' });
  });

  it('PARLEY016: an event with no country', () => {
    const input = withFile('events', (t) =>
      t.replace(
        /"sources": \[\s*"ru"\s*\],\s*"targets": \[\s*"kim-jong-un"\s*\]/,
        '"sources": ["un-security-council"], "targets": []',
      ),
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY016' });
  });

  it('PARLEY017: evidence taken from the page furniture', () => {
    const input = withFile('events', (t) =>
      t.replace(
        '"evidence": "President Joe Biden has promised to keep seeking diplomacy"',
        '"evidence": "Former US Secretary Colin Powell dies"',
      ),
    );
    const errors = only(input);
    expect(errors[0]).toMatchObject({ code: 'PARLEY017' });
  });
});
