/**
 * `npm run generate -- --events N --out FILE [--seed S] [--texts-dir DIR]`: a
 * synthetic dataset for benchmarks and tests (src/generate/synthetic.ts),
 * checked against the schema and written compact (no indentation: a third
 * smaller at 100,000 events) through a temporary file and a rename, so a reader
 * never sees half a file. With `--texts-dir` each source's text goes to
 * `DIR/<id>.txt` instead, written before the dataset that points at them, and
 * the dataset carries their paths (relative to it), lengths and SHA-256.
 * Bad arguments exit 2 with a message naming the flag; nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const USAGE = 'usage: npm run generate -- --events N --out FILE [--seed S] [--texts-dir DIR]';
/** Above this the compact JSON nears V8's longest string (~512 MB). */
const MAX_EVENTS = 500_000;
const MAX_SEED = 2 ** 31 - 1;

interface Args {
  events: number;
  seed: number;
  out: string;
  /** Where to write the source texts, when they are not to be inline. */
  textsDir: string | null;
}

/** Why the arguments cannot be used, as one line that says what to do instead. */
class ArgError extends Error {}

function wholeNumber(flag: string, raw: string, min: number, max: number): number {
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(n >= min && n <= max))
    throw new ArgError(`${flag} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return n;
}

/** `--flag value` and `--flag=value`; every flag once, no positionals. */
function parseArgs(argv: readonly string[]): Args | 'help' {
  const raw = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    const m = /^--(events|seed|out|texts-dir)(?:=(.*))?$/.exec(arg);
    if (!m) {
      throw new ArgError(
        arg.startsWith('-')
          ? `unknown flag "${arg}": the flags are --events, --seed, --out and --texts-dir`
          : `unexpected argument "${arg}": give values as --events N, --seed S, --out FILE`,
      );
    }
    const flag = `--${m[1]}`;
    const value = m[2] ?? argv[++i];
    // A following flag is not a value ("--events --out x" forgot the number); "-5" is,
    // and fails the number check below with a message that says what was expected.
    if (value === undefined || (m[2] === undefined && value.startsWith('--')))
      throw new ArgError(`${flag} needs a value`);
    if (raw.has(flag)) throw new ArgError(`${flag} is given twice; give it once`);
    raw.set(flag, value);
  }
  const rawEvents = raw.get('--events');
  if (rawEvents === undefined) throw new ArgError('--events is required: how many events to make');
  const events = wholeNumber('--events', rawEvents, 1, MAX_EVENTS);
  const seed = wholeNumber('--seed', raw.get('--seed') ?? '1', 0, MAX_SEED);
  const out = raw.get('--out');
  if (out === undefined || out === '')
    throw new ArgError('--out is required: the file to write (a .json path)');
  if (!existsSync(dirname(out)) || !statSync(dirname(out)).isDirectory())
    throw new ArgError(`--out: the folder "${dirname(out)}" does not exist; create it first`);
  if (existsSync(out) && statSync(out).isDirectory())
    throw new ArgError(`--out: "${out}" is a folder; give a file path`);
  const textsDir = raw.get('--texts-dir') ?? null;
  if (textsDir === '') throw new ArgError('--texts-dir needs a folder');
  if (textsDir !== null && existsSync(textsDir) && !statSync(textsDir).isDirectory())
    throw new ArgError(`--texts-dir: "${textsDir}" is a file; give a folder`);
  return { events, seed, out, textsDir };
}

async function main(): Promise<number> {
  let args: Args | 'help';
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ArgError)) throw e;
    console.error(`generate: ${e.message}\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    console.log(`${USAGE}\n  --events N  how many events (1 to ${MAX_EVENTS})`);
    console.log('  --seed S    the seed (0 to 2147483647, default 1): same seed, same file');
    console.log('  --out FILE  where to write the dataset (compact JSON)');
    console.log('  --texts-dir DIR  write each source text to DIR/<id>.txt (created if missing),');
    console.log('                   the dataset refers to them; default: texts inline');
    return 0;
  }
  // Loaded only now, so that a mistyped flag is answered at once, without loading zod
  // and the world's countries.
  const { generateDataset } = await import('../src/generate/synthetic');
  const { DatasetSchema, describeIssues } = await import('../src/shared/schema');
  const started = performance.now();
  const dataset = generateDataset(args);
  const generated = performance.now();
  const checked = DatasetSchema.safeParse(dataset);
  const validated = performance.now();
  if (!checked.success) {
    // A bug in the generator, not in the arguments: say so and write nothing.
    console.error('generate: the synthetic dataset breaks the schema (a generator bug):');
    for (const line of describeIssues(checked.error)) console.error(`  ${line}`);
    return 1;
  }
  const { externalizeTexts } = await import('../src/generate/externalTexts');
  const textsDir = args.textsDir;
  const split =
    textsDir === null ? null : externalizeTexts(dataset, folderFrom(args.out, textsDir), sha256);
  const json = `${JSON.stringify(split?.dataset ?? dataset)}\n`;
  const tmp = `${args.out}.tmp-${process.pid}`;
  try {
    // The texts first: once the dataset is there, so is every file it points at.
    if (split && textsDir !== null) {
      mkdirSync(textsDir, { recursive: true });
      for (const f of split.files) writeFileSync(join(textsDir, f.name), f.text);
    }
    writeFileSync(tmp, json);
    renameSync(tmp, args.out);
  } catch (e) {
    rmSync(tmp, { force: true });
    console.error(`generate: could not write ${args.out}: ${(e as Error).message}`);
    return 1;
  }
  const bytes = Buffer.byteLength(json);
  const countries = dataset.actors.filter((a) => a.kind === 'country').length;
  const ms = (from: number, to: number) => Math.round(to - from);
  const done = performance.now();
  console.log(
    `Wrote ${args.out}: ${dataset.events.length} events, ${dataset.sources.length} sources, ` +
      `${dataset.quotes.length} quotes, ${countries} countries, ${bytes} bytes ` +
      `(${(bytes / 1e6).toFixed(1)} MB)` +
      (split ? `, texts in ${split.files.length} files under ${textsDir}` : '') +
      `, seed ${args.seed}, ${ms(started, done)} ms ` +
      `(generate ${ms(started, generated)}, check ${ms(generated, validated)}, ` +
      `write ${ms(validated, done)})`,
  );
  return 0;
}

/** SHA-256 of the text's UTF-8 bytes, in hex: what the app checks a fetched text against. */
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The texts' folder relative to the dataset file, with `/`: what `textFile` paths start with. */
const folderFrom = (out: string, dir: string) =>
  relative(dirname(resolve(out)), resolve(dir))
    .split(sep)
    .join('/');

process.exitCode = await main();
