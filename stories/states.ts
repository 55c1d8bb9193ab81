/**
 * Data for the states every component shows besides its chart: loading, a dataset that is
 * not valid, and a valid dataset with nothing to draw.
 */
import type { Dataset } from '@nutgraf/core';
import { testDataset } from '../packages/alliance-map/test/fixtures.js';

/** A dataset URL whose request never answers, so the element stays in its loading state. */
export const NEVER_ANSWERS = '/never-answers/dataset.json';

const patched = Symbol.for('nutgraf.stories.neverAnswers');
const scope = globalThis as typeof globalThis & { [patched]?: true };
if (!scope[patched]) {
  scope[patched] = true;
  const original = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).includes('/never-answers/')
      ? new Promise(() => {})
      : original(input, init);
}

/** Not a valid dataset: a title that is not text, entities that are not a list, fields missing. */
export const invalidDataset = (): unknown => ({
  schemaVersion: 2,
  id: 'broken',
  title: 42,
  entities: 'none',
});

/** A valid dataset with no actors, relations or series: nothing to draw. */
export const emptyDataset = (): Dataset => testDataset({ entities: [], relations: [], evidence: [] });
