/**
 * `parley dates | quotes | extract [--published YYYY-MM-DD] [--raw] FILE`:
 * look inside what the compiler extracts from one article, as JSON on stdout.
 * The file needs no manifest entry; offsets index the file's own text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isIsoDate } from '../shared/dates';
import { GazetteerSchema } from './curation';
import { datesOf, extractionOf, inspect, quotesOf } from './inspect';
import { buildGazetteer } from './stages/gazetteer';
import { decodeUtf8 } from './utf8';

const USAGE = `usage: parley <command> [options] FILE

  dates   --published YYYY-MM-DD FILE   time expressions with TimeML values
  quotes  FILE                          quotations with their speakers
  extract --published YYYY-MM-DD FILE   everything found: text, quotes, dates, actors,
                                        countries and candidate events

options:
  --published YYYY-MM-DD   the article's publication date (relative dates resolve against it)
  --raw                    do not remove page furniture (the file is all article body)
  --curation DIR           the gazetteer's folder (default: the project's data/curation)`;

function die(message: string, code = 2): never {
  console.error(`parley: ${message}\n\n${USAGE}`);
  process.exit(code);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    published: { type: 'string' },
    raw: { type: 'boolean', default: false },
    curation: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [command, file] = positionals;
if (!command || !['dates', 'quotes', 'extract'].includes(command))
  die(command ? `unknown command "${command}"` : 'a command is needed');
if (!file) die('a FILE is needed');
if (!existsSync(file)) die(`${file}: file not found`, 1);
// Quotes do not depend on dates, so `quotes` needs no publication date; any will do.
const published = values.published ?? (command === 'quotes' ? '1970-01-01' : undefined);
if (!published) die(`${command} needs --published YYYY-MM-DD (relative dates resolve against it)`);
if (!isIsoDate(published)) die(`--published "${published}" is not a calendar date YYYY-MM-DD`);

const decoded = decodeUtf8(readFileSync(file));
if (!decoded.ok)
  die(
    `${file}:${decoded.line}: byte ${decoded.byte} is not valid UTF-8; save the file as UTF-8`,
    1,
  );

const here = dirname(fileURLToPath(import.meta.url));
const actorsPath = join(values.curation ?? join(here, '../../data/curation'), 'actors.json');
const gazetteer = buildGazetteer(
  GazetteerSchema.parse(JSON.parse(readFileSync(actorsPath, 'utf8'))),
);
const inspection = inspect(decoded.text, gazetteer, { published, raw: values.raw });
const output =
  command === 'dates'
    ? datesOf(inspection)
    : command === 'quotes'
      ? quotesOf(inspection)
      : extractionOf(inspection, gazetteer);
console.log(JSON.stringify(output, null, 2));
