// Times the map layout in Node: node packages/alliance-map/bench/run.mjs
import { readFileSync } from 'node:fs';
import type { Dataset } from '@nutgraf/core';
import { decodeWorld } from '../src/geo/world.js';
import { mapGroupings } from '../src/groupings.js';
import { layoutMap } from '../src/layout.js';

const ds = JSON.parse(readFileSync('packages/core/src/default-dataset.json', 'utf8')) as Dataset;
const raw = JSON.parse(readFileSync('packages/alliance-map/src/geo/world-110m.json', 'utf8'));
let t = performance.now();
const world = decodeWorld(raw, 'de-jure');
console.log(`decode (join arcs into paths): ${(performance.now() - t).toFixed(1)} ms`);
const groupings = mapGroupings(ds);
for (const [w, h] of [
  [375, 300],
  [1280, 640],
  [1600, 800],
  [1280, 640],
]) {
  t = performance.now();
  const m = layoutMap(ds, world, {
    width: w,
    height: h,
    grouping: groupings[0],
    name: (e) => e.name,
    labelSize: 12,
  });
  console.log(
    `${w}x${h}: ${(performance.now() - t).toFixed(1)} ms, ${m.marks.length} marks, ${m.arcs.length} arcs, ${m.labels.length} labels, unknown ${m.unknown.length}`,
  );
}
for (let k = 1.2; k < 4; k *= 1.2) {
  t = performance.now();
  layoutMap(ds, world, {
    width: 1280,
    height: 640,
    grouping: groupings[0],
    name: (e) => e.name,
    labelSize: 12,
    zoom: { k, x: -640 * (k - 1), y: -320 * (k - 1) },
  });
  console.log(`zoom ${k.toFixed(2)}: ${(performance.now() - t).toFixed(1)} ms`);
}
