/**
 * Finding the line of a value in a JSON file, so that a diagnostic about the
 * twelfth correction can say "corrections.json:87".
 */

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Where each value of a JSON text starts, by path ("corrections/12/event"):
 * a scanner over the text that follows the grammar without building values.
 * Only called on files that JSON.parse accepted.
 */
function valueOffsets(text: string): Map<string, number> {
  const at = new Map<string, number>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const string = (): string => {
    const start = i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string): void => {
    ws();
    at.set(path, i);
    const prefix = path ? `${path}/` : '';
    if (text[i] === '{') {
      i++;
      for (ws(); text[i] !== '}'; ws()) {
        if (text[i] === ',') i++;
        ws();
        const key = string();
        ws();
        i++; // the colon
        value(prefix + key);
      }
      i++;
    } else if (text[i] === '[') {
      i++;
      for (let n = 0; ws(), text[i] !== ']'; n++) {
        if (text[i] === ',') i++;
        value(prefix + n);
      }
      i++;
    } else if (text[i] === '"') string();
    else while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
  };
  value('');
  return at;
}

/**
 * A finder of 1-based lines by path (as zod reports paths) in the JSON `text`:
 * the value itself, or the nearest enclosing one that exists; the first line
 * when the text is not JSON. The text is scanned once.
 */
export function jsonLines(text: string): (path: readonly PropertyKey[]) => number {
  let offsets: Map<string, number>;
  try {
    JSON.parse(text);
    offsets = valueOffsets(text);
  } catch {
    return () => 1;
  }
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const found = offsets.get(path.slice(0, n).map(String).join('/'));
      if (found !== undefined) return lineAt(text, found);
    }
    return 1;
  };
}

/** The line of one path in `text`; use `jsonLines` to look up many paths in one file. */
export const lineOfPath = (text: string, path: readonly PropertyKey[]): number =>
  jsonLines(text)(path);

/** The line of a JSON syntax error, from the position V8 puts in the message. */
export function lineOfSyntaxError(text: string, error: Error): number | null {
  const m = /position (\d+)/.exec(error.message) ?? /line (\d+)/.exec(error.message);
  if (!m) return null;
  return error.message.includes('line ') && !error.message.includes('position')
    ? Number(m[1])
    : lineAt(text, Number(m[1]));
}

/** The line of the first occurrence of a JSON string value, searching from an offset. */
export function lineOfString(text: string, s: string, from = 0): number | null {
  const at = text.indexOf(JSON.stringify(s), from);
  return at < 0 ? null : lineAt(text, at);
}

/**
 * The line of a string value within the record that starts at `recordLine`
 * (the record's own line when the value is not found there).
 */
export function lineWithin(text: string, s: string, recordLine: number | null): number | null {
  if (recordLine === null) return lineOfString(text, s);
  let from = 0;
  for (let n = 1; n < recordLine && from >= 0; n++) from = text.indexOf('\n', from) + 1;
  return lineOfString(text, s, Math.max(0, from)) ?? recordLine;
}
