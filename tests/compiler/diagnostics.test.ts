/**
 * Each validation error of the compiler, provoked by one small change to the
 * real inputs: the code, the file, the line and a hint must all be there.
 * Bad corrections are appended to the real ones, so these tests hold however
 * automatic extraction changes.
 */
import { describe, expect, it } from 'vitest';
import { compile, type CompileInput } from '../../src/compiler/run';
import { formatDiagnostic } from '../../src/compiler/diagnostics';
import { realInput, withFile } from './inputs';

const HERALD = 'the-korea-herald-2019-04-19';
const SAVEDELETE = 'savedelete-2020-07-10';

function only(input: CompileInput) {
  const r = compile(input);
  expect(r.dataset).toBeNull();
  return r.diagnostics.errors;
}

const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

/** The real input with these corrections appended to the real ones. */
function withCorrections(...extra: object[]): CompileInput {
  return withFile('corrections', (t) => {
    const file = JSON.parse(t) as { corrections: object[] };
    return JSON.stringify({ corrections: [...file.corrections, ...extra] }, null, 2);
  });
}

/** An event a person adds, reported by a sentence of the Korea Herald article. */
const added = (over: Record<string, unknown> = {}) => ({
  op: 'add',
  id: 'test-added-event',
  title: 'A test event',
  type: 'CONSULT',
  sources: ['us'],
  targets: ['kp'],
  date: { source: HERALD, words: 'Thursday' },
  mentions: [{ source: HERALD, evidence: 'stands ready to continue nuclear disarmament talks' }],
  ...over,
});

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

  it('PARLEY002: a listed article that is missing, at its manifest line', () => {
    const input = realInput();
    const articles = new Map(input.articles);
    articles.delete('003_5e639a9b6a1a7385.txt');
    const [d] = only({ ...input, articles });
    expect(d).toMatchObject({ code: 'PARLEY002', file: 'data/sources/manifest.json' });
    expect(d!.message).toContain('003_5e639a9b6a1a7385.txt');
    expect(d!.line).toBe(lineOf(input.manifest.text, '"file": "003_5e639a9b6a1a7385.txt"'));
  });

  it('PARLEY003: a correction of an unknown kind, with its line', () => {
    const input = withCorrections({ op: 'rename', event: { source: HERALD, evidence: 'x' } });
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY003', file: 'data/curation/corrections.json' });
    expect(d!.line).toBe(lineOf(input.corrections.text, '"op": "rename"'));
  });

  it('PARLEY004: words that are not verbatim in the article', () => {
    const input = withCorrections({
      op: 'retitle',
      event: { source: HERALD, evidence: 'Kim oversaw the test-firing' },
      title: 'Kim oversees a test',
    });
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY004', file: 'data/curation/corrections.json' });
    expect(d!.line).toBe(lineOf(input.corrections.text, 'Kim oversaw the test-firing'));
    expect(formatDiagnostic(d!)).toMatch(
      /^data\/curation\/corrections\.json:\d+: error PARLEY004: .*\n {2}→ copy the words exactly/,
    );
  });

  it('PARLEY005: words found more than once', () => {
    const input = withCorrections({
      op: 'drop',
      event: { source: HERALD, evidence: 'North Korea' },
    });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY005' });
  });

  it('PARLEY006: date words that are not in the event’s sentences', () => {
    const input = withCorrections(added({ date: { source: HERALD, words: 'last week' } }));
    const [d] = only(input);
    expect(d).toMatchObject({ code: 'PARLEY006' });
    expect(d!.message).toContain('"last week"');
  });

  it('PARLEY007: date words that cannot be placed in time', () => {
    const input = withCorrections(added({ date: { source: HERALD, words: 'nuclear' } }));
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY007' });
  });

  it('PARLEY008: an unknown actor', () => {
    const input = withCorrections(added({ targets: ['north-korea'] }));
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY008' });
  });

  it('PARLEY009: an unknown source id', () => {
    const input = withCorrections({
      op: 'drop',
      event: { source: 'the-korea-times-2019-04-19', evidence: 'stands ready' },
    });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY009' });
  });

  it('PARLEY010: a quotation the text attributes to nobody is a warning with a fix', () => {
    const input = realInput();
    const manifest = JSON.parse(input.manifest.text) as object[];
    const articles = new Map(input.articles);
    const body = (n: number) =>
      `The talks between the two delegations went on for a long time in the capital on day ${n}.`;
    articles.set(
      'unattributed.txt',
      `${body(1)}\n“This is a long statement that nobody in this text is said to have made at all.”\n${body(2)}`,
    );
    const r = compile({
      ...input,
      articles,
      manifest: {
        ...input.manifest,
        text: JSON.stringify([
          ...manifest,
          { file: 'unattributed.txt', title: 'T', publisher: 'P', published: '2020-01-02' },
        ]),
      },
    });
    expect(r.dataset).not.toBeNull();
    const warning = r.diagnostics.items.find((d) => d.code === 'PARLEY010')!;
    expect(warning).toMatchObject({ level: 'warning' });
    expect(warning.hint).toContain('"op": "quote"');
  });

  it('PARLEY011: a quote correction that matches no quotation', () => {
    const input = withCorrections({ op: 'quote', source: HERALD, quote: 'We are not aware' });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY011' });
  });

  it('PARLEY012: speaker words that are not near the quote', () => {
    const input = withCorrections({
      op: 'quote',
      source: HERALD,
      quote: 'We are aware of the report',
      as: 'Mike Pompeo',
    });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY012' });
  });

  it('PARLEY014: an id used twice: an added event, a gazetteer actor, a manifest file', () => {
    const events = withCorrections(added(), added({ title: 'Again' }));
    expect(only(events)[0]).toMatchObject({ code: 'PARLEY014' });
    const actors = withFile('gazetteer', (t) =>
      t.replace('"id": "joe-biden"', '"id": "donald-trump"'),
    );
    expect(only(actors)[0]).toMatchObject({ code: 'PARLEY014', file: 'data/curation/actors.json' });
    const files = withFile('manifest', (t) =>
      t.replace('"file": "001_0241b7c3806e6b74.txt"', '"file": "000_e378a04def874849.txt"'),
    );
    const d = only(files).find((e) => e.code === 'PARLEY014');
    expect(d?.message).toContain('listed twice');
  });

  it('PARLEY016: an event with no country', () => {
    const input = withCorrections(added({ sources: ['un-security-council'], targets: [] }));
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY016' });
  });

  it('PARLEY017: words taken from the page furniture', () => {
    const input = withCorrections({
      op: 'drop',
      event: { source: 'al-arabiya-2021-10-18', evidence: 'Former US Secretary Colin Powell dies' },
    });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY017' });
  });

  it('PARLEY018: an empty article is an error at its file', () => {
    const input = realInput();
    const articles = new Map(input.articles);
    articles.set('002_1c771e92f3bc1daa.txt', '  \n');
    const [d] = only({ ...input, articles });
    expect(d).toMatchObject({ code: 'PARLEY018', file: 'data/sources/002_1c771e92f3bc1daa.txt' });
  });

  it('PARLEY020: a correction that points at no event, or at one already dropped', () => {
    const wrongType = withCorrections(added(), {
      op: 'drop',
      event: { source: HERALD, evidence: 'stands ready to continue nuclear', type: 'ASSAULT' },
    });
    expect(only(wrongType)[0]).toMatchObject({ code: 'PARLEY020' });
    const ref = { source: HERALD, evidence: 'stands ready to continue nuclear', type: 'CONSULT' };
    const twice = withCorrections(added(), { op: 'drop', event: ref }, { op: 'drop', event: ref });
    expect(only(twice)[0]!.message).toMatch(/dropped at line \d+/);
  });

  it('PARLEY021: a correction that points at several events says how to choose', () => {
    const input = withCorrections(added(), added({ id: 'test-added-twin' }), {
      op: 'retitle',
      event: { source: HERALD, evidence: 'stands ready to continue nuclear', type: 'CONSULT' },
      title: 'Which one?',
    });
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY021' });
  });

  it('PARLEY022: a split must name some, not all, of the event’s sentences', () => {
    const ref = {
      source: SAVEDELETE,
      evidence: 'cut off all communication lines',
      type: 'CONSULT',
    };
    const input = withCorrections(
      added({
        id: 'test-split',
        date: { source: SAVEDELETE, publication: true },
        mentions: [{ source: SAVEDELETE, evidence: 'cut off all communication lines' }],
      }),
      { op: 'split', event: ref, mentions: [{ source: SAVEDELETE, evidence: 'cut off all' }] },
    );
    expect(only(input)[0]).toMatchObject({ code: 'PARLEY022' });
  });
});
