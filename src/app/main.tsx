/**
 * The entry module, kept tiny: it applies the remembered theme, starts the
 * dataset request, then loads the app. Everything else arrives in the chunk imported below, so the download of
 * a large dataset and the download and compilation of the code overlap.
 */
import { BUNDLED_DATASET_URL } from './data/bundled';
import { chooseDataset } from './data/datasetUrl';
import { prefetch } from './data/prefetch';
import { applyTheme, readTheme, themeStore } from './theme/preference';

// The remembered theme before anything is drawn, so a dark choice never flashes light.
applyTheme(document.documentElement, readTheme(themeStore()));

const choice = chooseDataset(window.location.search, window.location.href, BUNDLED_DATASET_URL);
if (choice.ok) prefetch(choice.url);
void import('./boot');
