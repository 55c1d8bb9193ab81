import type { Dataset } from './dataset/types.js';
import data from './default-dataset.json' with { type: 'json' };

/**
 * The dataset bundled with nutgraf, derived claim by claim from the source article by
 * `npm run data`. Components draw it when given neither `data` nor `src`, so the drop-in
 * embed works with zero configuration and makes no request for data.
 */
export const defaultDataset = data as unknown as Dataset;
