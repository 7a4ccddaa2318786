/**
 * Finding the line of a value in a JSON file, so that a diagnostic about the
 * fifth event's evidence can say "events.json:87". We find the record by its
 * identifying key ("id", "file", "quote") and then the field after it.
 */

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

const IDENTIFYING_KEYS = ['id', 'file', 'quote'];

/**
 * The 1-based line of `path` (as zod reports paths) inside the parsed `value`
 * of the raw JSON `text`; the file's first line when nothing better is found.
 */
export function lineOfPath(text: string, value: unknown, path: readonly PropertyKey[]): number {
  let at = 0;
  let node: unknown = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key as string];
    if (node && typeof node === 'object' && !Array.isArray(node)) {
      const rec = node as Record<string, unknown>;
      const idKey = IDENTIFYING_KEYS.find((k) => typeof rec[k] === 'string');
      if (idKey) {
        const found = text.indexOf(`"${idKey}": ${JSON.stringify(rec[idKey])}`, at);
        if (found >= 0) at = found;
      }
    } else if (typeof key === 'string') {
      const found = text.indexOf(`"${key}"`, at);
      if (found >= 0) at = found;
    }
  }
  return lineAt(text, at);
}

/** The line of a JSON syntax error, from the position V8 puts in the message. */
export function lineOfSyntaxError(text: string, error: Error): number | null {
  const m = /position (\d+)/.exec(error.message) ?? /line (\d+)/.exec(error.message);
  if (!m) return null;
  return error.message.includes('line ') && !error.message.includes('position')
    ? Number(m[1])
    : lineAt(text, Number(m[1]));
}

/** The line of the first occurrence of a JSON string value, searching from a record. */
export function lineOfString(text: string, s: string, from = 0): number | null {
  const at = text.indexOf(JSON.stringify(s), from);
  return at < 0 ? null : lineAt(text, at);
}
