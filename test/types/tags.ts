// Compiles with no cast and no `any`: what a developer writes after importing the define
// entries and reading a dataset from a JSON file. Checked by
// `npx tsc -p test/types/tsconfig.json --noEmit` against the built packages.
import '@nutgraf/alliance-map/define';
import '@nutgraf/actor-network/define';
import '@nutgraf/share-donut/define';
import { isDataset, parseDataset } from '@nutgraf/core/dataset';
import type { Dataset } from '@nutgraf/core';
import json from '../../data/dataset.json';
import type { ShareDonut } from 'nutgraf/define';

// The tags are typed by the define entries alone.
document.querySelector('alliance-map')!.data = parseDataset(json);
const seed: number = document.querySelector('actor-network')!.seed;
document.querySelector('actor-network')!.seed = seed + 1;
document.querySelector('share-donut')!.series = 'iran-oil-export-shares';
const created: HTMLElementTagNameMap['share-donut'] = document.createElement('share-donut');
created.addEventListener('nutgraf-select', (e) => console.log(e.detail.entity));

// The umbrella's define entry types every tag.
const donut: ShareDonut = document.querySelector('share-donut')!;
donut.series = 'shares';

// @ts-expect-error: a donut has no seed.
document.querySelector('share-donut')!.seed = 1;
// @ts-expect-error: a seed is a number.
document.querySelector('actor-network')!.seed = 'one';

// parseDataset gives the typed Dataset; isDataset narrows.
const dataset: Dataset = parseDataset(json);
const kinds: string[] = dataset.entities.map((entity) => entity.kind);
const value: unknown = JSON.parse('{}');
if (isDataset(value)) {
  const version: 2 = value.schemaVersion;
  console.log(version, kinds);
}

// Why parseDataset: a JSON module is typed by its values (`schemaVersion: number`).
// @ts-expect-error: not assignable without a check.
const unchecked: Dataset = json;
console.log(unchecked);
