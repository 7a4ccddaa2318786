import { useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset, Source } from '../../../shared/schema';
import { DatasetUrlContext } from '../../data/datasetUrlContext';
import { sourceTextQuery } from '../../data/sourceText';

/**
 * A source's text as a query: inline texts are there at once, external ones
 * load in the background (status "pending", then the text or a
 * SourceTextError); `refetch` retries. No source, no query.
 */
export function useSourceText(dataset: Dataset, source: Source | undefined) {
  const datasetUrl = useContext(DatasetUrlContext);
  return useQuery(sourceTextQuery(datasetUrl, source, dataset));
}
