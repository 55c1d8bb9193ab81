import type { Dataset } from './dataset/types.js';
import data from './default-dataset.json' with { type: 'json' };

/**
 * The dataset bundled with nutgraf, derived claim by claim from the source article by
 * `npm run data`, as an object for code that wants to read or change it (stories, tests,
 * a page that passes a variant as `data`). Components do not import it: given neither `data`
 * nor `src`, they fetch the same file from {@link DEFAULT_DATASET_URL}, so a page that uses
 * them does not download it as JavaScript.
 */
export const defaultDataset = data as unknown as Dataset;
