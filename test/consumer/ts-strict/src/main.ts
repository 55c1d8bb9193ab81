// A plain TypeScript (strict) application using the per-component packages, as their
// READMEs show: the define entries register and type the tags, the dataset comes from a
// JSON file checked by `parseDataset` (no cast), and `ShareDonut.define` adds a tag of
// our own.
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';
import { ShareDonut } from '@nutgraf/share-donut';
import { isDataset, parseDataset } from '@nutgraf/core/dataset';
import type { NutgrafEventDetail } from '@nutgraf/core';
import json from './dataset.json';

declare global {
  interface HTMLElementTagNameMap {
    'my-donut': ShareDonut;
  }
}

ShareDonut.define('my-donut');

const dataset = parseDataset(json);
const value: unknown = JSON.parse(JSON.stringify(json));
if (!isDataset(value)) throw new Error('the dataset file is not a version-2 dataset');

/** What the page last received, for the test to read. */
function record(detail: NutgrafEventDetail): void {
  document.body.dataset.selected = JSON.stringify({ origin: detail.origin, entity: detail.entity });
}

const map = document.querySelector('alliance-map')!;
map.data = dataset;
map.borders = 'de-facto';
map.addEventListener('nutgraf-select', (event) => record(event.detail));

const donut = document.querySelector('share-donut')!;
donut.addEventListener('nutgraf-select', (event) => record(event.detail));

const network = document.querySelector('actor-network')!;
network.data = value;
network.seed = 2;
network.addEventListener('nutgraf-select', (event) => {
  const entity: string | null = event.detail.entity;
  const relation: string | undefined = event.detail.relation;
  if (entity !== null || relation !== undefined) record(event.detail);
});

const mine = document.querySelector('my-donut')!;
mine.data = dataset;
mine.addEventListener('nutgraf-select', (event) => record(event.detail));

// Type-level checks: each line below is an error only while the types are precise (with
// `any` the directive itself becomes the error).
map.addEventListener('nutgraf-select', (event) => {
  // @ts-expect-error: an entity id is a string or null, not a number.
  const wrong: number = event.detail.entity;
  void wrong;
});
// @ts-expect-error: a seed is a number.
network.seed = 'two';
// @ts-expect-error: borders are 'de-jure' or 'de-facto'.
map.borders = 'sideways';
// @ts-expect-error: a donut has no seed.
mine.seed = 1;
