/** The bundled dataset, read the way the app reads it, for deriving expectations. */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/shared/schema';

export const dataset: Dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));

export const eventsOf = (countryId: string) =>
  dataset.events.filter((e) => e.countries.includes(countryId));

/** The dataset request of the production build (a hashed asset). */
export const DATASET_ROUTE = '**/assets/dataset-*.json';
