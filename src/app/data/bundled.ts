import bundledDatasetUrl from '../../../data/dataset.json?url';

/** Where the build put the bundled five-article dataset (a hashed asset). */
export const BUNDLED_DATASET_URL: string = bundledDatasetUrl;
