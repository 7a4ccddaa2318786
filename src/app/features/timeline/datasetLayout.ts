/**
 * The dataset-wide timeline layout, cached per dataset: built once, while the
 * dataset is still being validated (see App's prepare step), and narrowed by
 * each set of filters.
 */
import type { Dataset } from '../../../shared/schema';
import { indexDataset } from '../../data/indexes';
import { indexEvents } from '../../data/eventIndex';
import { layoutAll, type TimelineLayout } from './lanes';

const cache = new WeakMap<Dataset, TimelineLayout>();

export function datasetLayout(ds: Dataset): TimelineLayout {
  let layout = cache.get(ds);
  if (!layout) {
    layout = layoutAll(indexEvents(ds).events, indexDataset(ds).nameOf);
    cache.set(ds, layout);
  }
  return layout;
}
