/**
 * Checks a dataset's text against the schema off the main thread. The main
 * thread parses the same text meanwhile and prepares what the explorer needs,
 * so at 100,000 events the two halves of loading run on two cores; nothing is
 * drawn until this worker has said the dataset is valid.
 */
import { DatasetSchema, describeIssues } from '../../shared/schema';
import type { Verdict } from './verdict';

self.onmessage = (message: MessageEvent<string>) => {
  let verdict: Verdict;
  try {
    const parsed = DatasetSchema.safeParse(JSON.parse(message.data));
    verdict = parsed.success
      ? { ok: true }
      : { ok: false, code: 'schema', problems: describeIssues(parsed.error) };
  } catch {
    verdict = { ok: false, code: 'json', problems: [] };
  }
  self.postMessage(verdict);
};
