import { createContext } from 'react';

/**
 * The URL of the open dataset, as App chose it: external source texts
 * (`textFile`) are paths relative to it. The default, '', resolves them
 * against the page itself (components rendered on their own, in tests).
 */
export const DatasetUrlContext = createContext<string>('');
