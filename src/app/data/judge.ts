/**
 * The verdict on a dataset's text, in the order a person would want it: is it
 * JSON, is it the version of the format this Parley reads, and only then does
 * it follow the schema and its rules. Pure, and shared by the main thread and
 * the validation worker, so both paths judge alike.
 */
import { DatasetSchema, describeIssues, SCHEMA_VERSION } from '../../shared/schema';

/** What is wrong with a dataset, if anything; the caller words it (errors.ts). */
export type Verdict =
  | { ok: true }
  | { ok: false; code: 'json' }
  | { ok: false; code: 'version'; found: unknown }
  | { ok: false; code: 'schema'; problems: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A different (or missing) `schemaVersion`, decided before the full check: a
 * dataset in another version breaks dozens of rules, and listing them would
 * hide the one thing to say. Values that are not objects are left to the
 * schema, which says what they are.
 */
export function checkVersion(json: unknown): Verdict {
  if (!isRecord(json) || json.schemaVersion === SCHEMA_VERSION) return { ok: true };
  return { ok: false, code: 'version', found: json.schemaVersion };
}

/** The version, then the schema with its cross-record rules (first problems listed). */
export function judgeDataset(json: unknown): Verdict {
  const version = checkVersion(json);
  if (!version.ok) return version;
  const parsed = DatasetSchema.safeParse(json);
  return parsed.success
    ? { ok: true }
    : { ok: false, code: 'schema', problems: describeIssues(parsed.error, undefined, json) };
}

/** judgeDataset of a text that may not be JSON at all. */
export function judgeText(text: string): Verdict {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, code: 'json' };
  }
  return judgeDataset(json);
}
