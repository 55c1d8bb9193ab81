/**
 * Where the dataset bundled with nutgraf lies: `default-dataset.json`, next to the code.
 *
 * Components fetch it when given neither `data` nor `src`. It is data, not code: one request
 * per page, shared by every graphic on it (see {@link loadDataset}), parsed as JSON rather than
 * compiled as JavaScript, and never downloaded by a page that passes its own data. It was
 * checked against the schema when it was built (`npm run data`), so it is not validated again
 * in the reader's browser.
 */
export const DEFAULT_DATASET_URL = new URL('./default-dataset.json', import.meta.url).href;
