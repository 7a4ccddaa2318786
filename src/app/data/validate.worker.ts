/**
 * Checks a dataset's text against the schema off the main thread. The main
 * thread parses the same text meanwhile and prepares what the explorer needs,
 * so at 100,000 events the two halves of loading run on two cores; nothing is
 * drawn until this worker has said the dataset is valid. The version is
 * decided first (judge.ts), so a dataset of another version is answered at once.
 */
import { judgeText } from './judge';

self.onmessage = (message: MessageEvent<string>) => {
  self.postMessage(judgeText(message.data));
};
