/**
 * What the explorer computes from a dataset before it can draw, done while
 * the worker validates it (see fetchDataset): the event index, the timeline's
 * dataset-wide layout and the graph's layout, each cached per dataset.
 */
import type { Dataset } from '../shared/schema';
import { indexEvents } from './data/eventIndex';
import { indexDataset } from './data/indexes';
import { datasetGraphLayout } from './features/graph/layout';
import { datasetLayout } from './features/timeline/datasetLayout';

export function prepareExplorer(ds: Dataset): void {
  indexDataset(ds);
  indexEvents(ds);
  datasetLayout(ds);
  datasetGraphLayout(ds);
}
