/** Recording a Chromium trace of one page over CDP, as plain events. */
import type { CDPSession, Page } from '@playwright/test';
import type { TraceEvent } from './frames';

/**
 * Only what frames.ts reads, plus devtools.timeline for AnimationFrame and input.
 * Leaving out blink/cc keeps a trace of a 100,000-event page small (blink alone
 * emits a PaintController event per display item).
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
];

export interface Recording {
  stop: () => Promise<TraceEvent[]>;
}

/** Starts tracing `page`; `stop()` ends it and resolves with every event. */
export async function startTrace(page: Page): Promise<Recording> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (p) => {
    events.push(...(p.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    stop: async () => {
      const complete = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/** Used JS heap in MB (2^20 bytes) after a full garbage collection: what the page retains. */
export async function retainedHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}
