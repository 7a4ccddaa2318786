import { test as base, expect, type ConsoleMessage } from '@playwright/test';

/** Options every spec can set with `test.use({ ... })`. */
export interface ConsoleOptions {
  /**
   * Console errors/warnings a spec expects and accepts, e.g. the 404 logged by
   * a test that loads a missing dataset on purpose. Empty by default.
   */
  allowedConsole: RegExp[];
}

function describe(msg: ConsoleMessage): string {
  const { url, lineNumber } = msg.location();
  const where = url ? ` (${url}:${lineNumber})` : '';
  return `console.${msg.type()}: ${msg.text()}${where}`;
}

/**
 * Playwright's `test`, failing any test during which a page logs a console
 * error or warning or throws an uncaught exception. Listening on the context
 * rather than one page also covers pages the test opens itself. Every spec
 * imports `test` and `expect` from here.
 */
export const test = base.extend<ConsoleOptions>({
  allowedConsole: [[], { option: true }],
  context: async ({ context, allowedConsole }, use) => {
    const problems: string[] = [];
    const allowed = (text: string) => allowedConsole.some((re) => re.test(text));
    context.on('console', (msg) => {
      if (msg.type() !== 'error' && msg.type() !== 'warning') return;
      const text = describe(msg);
      if (!allowed(text)) problems.push(text);
    });
    context.on('weberror', (webError) => {
      const err = webError.error();
      const text = `uncaught ${err.name}: ${err.message}`;
      if (!allowed(text)) problems.push(text);
    });
    await use(context);
    expect(
      problems,
      `The page logged console errors/warnings or threw:\n${problems.join('\n')}`,
    ).toEqual([]);
  },
});

export { expect };
