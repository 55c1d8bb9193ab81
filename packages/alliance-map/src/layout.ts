import { compareIds } from './compare.js';
import { geoInterpolate } from 'd3-geo';
import { indexDataset } from '@nutgraf/core';
import type { Dataset, Entity, Relation, RelationType } from '@nutgraf/core';
import type { Bounds, CountryShape, World } from './geo/world.js';
import type { GroupMember, Grouping } from './groupings.js';
import { isActor } from './groupings.js';
import type { LabelCandidate, PlacedLabel } from './labels.js';
import { placeLabels } from './labels.js';
import { ANCHORS, LABEL_AT, smallStateAt } from './small-states.js';

/** Relation types drawn as arcs (directed flows or actions between countries). */
export const ARC_TYPES: readonly RelationType[] = [
  'arms-supply',
  'oil-export',
  'oil-purchase',
  'seizure',
  'military-operation',
  'attack',
  'sanctions',
];

/** What each arc type is called in the legend and what colour draws it. */
export const ARC_STYLE: Partial<Record<RelationType, { label: string; color: string }>> = {
  'arms-supply': { label: 'Arms supplies', color: 'var(--_c4)' },
  'oil-export': { label: 'Oil', color: 'var(--_c3)' },
  'oil-purchase': { label: 'Oil', color: 'var(--_c3)' },
  seizure: { label: 'Seizure', color: 'var(--_c7)' },
  'military-operation': { label: 'Military operations', color: 'var(--_fg)' },
  attack: { label: 'Attacks', color: 'var(--_c1)' },
  sanctions: { label: 'Sanctions', color: 'var(--_c6)' },
};

/** Arc types whose arrow runs target → source: oil flows from the seller to the buyer. */
export const REVERSED: ReadonlySet<RelationType> = new Set(['oil-purchase']);

/** The legend key of a type (oil purchases and exports share one toggle). */
export const arcKey = (type: RelationType): string => (type === 'oil-purchase' ? 'oil-export' : type);

/** Legend keys of the arc types in a dataset (between two countries), before any geometry is known. */
export function arcKeysOf(dataset: Dataset): string[] {
  const { entities } = indexDataset(dataset);
  const keys = dataset.relations
    .filter(
      (r) =>
        ARC_TYPES.includes(r.type) &&
        entities.get(r.source)?.kind === 'country' &&
        entities.get(r.target)?.kind === 'country',
    )
    .map((r) => arcKey(r.type));
  return [...new Set(keys)];
}

/** Named views for the `fit` attribute, as ISO alpha-3 codes. */
export const REGIONS: Record<string, string[]> = {
  'middle-east': [
    'IRN',
    'IRQ',
    'SYR',
    'ISR',
    'JOR',
    'SAU',
    'ARE',
    'BHR',
    'QAT',
    'KWT',
    'OMN',
    'YEM',
    'TUR',
    'EGY',
    'LBN',
    'ARM',
    'AZE',
  ],
  europe: ['PRT', 'ESP', 'FRA', 'DEU', 'POL', 'UKR', 'BLR', 'ITA', 'GRC', 'NOR', 'FIN', 'GBR', 'TUR'],
  'post-soviet': ['UKR', 'BLR', 'ARM', 'AZE', 'GEO', 'KAZ', 'KGZ', 'TJK', 'UZB', 'TKM', 'MDA'],
};

/** A country of the dataset, placed on the map. */
export interface Place {
  entity: Entity;
  feature: CountryShape | null;
  /** [lon, lat] of the point symbol, for a country with no shape at this scale. */
  point: [number, number] | null;
  /** [lon, lat] where arcs start and end. */
  anchor: [number, number];
  /** [lon, lat] of the label. */
  labelAt: [number, number];
}

/** The dataset's countries matched to the geometry. */
export interface Placement {
  places: Map<string, Place>;
  /** Countries with neither a shape nor a known position (named in a visible warning). */
  unknown: Entity[];
}

const placements = new WeakMap<World, WeakMap<Dataset, Placement>>();

/** Matches each country entity to a shape (by ISO numeric id, then alpha-3) or a point. Memoised. */
export function placeCountries(dataset: Dataset, world: World): Placement {
  let perWorld = placements.get(world);
  if (!perWorld) placements.set(world, (perWorld = new WeakMap()));
  const cached = perWorld.get(dataset);
  if (cached) return cached;
  const places = new Map<string, Place>();
  const unknown: Entity[] = [];
  for (const entity of dataset.entities) {
    if (entity.kind !== 'country') continue;
    const iso3 = entity.iso3?.toUpperCase();
    const feature =
      (entity.isoNumeric ? world.byId.get(entity.isoNumeric) : undefined) ??
      (iso3 ? world.byA3.get(iso3) : undefined) ??
      null;
    const point = feature ? null : smallStateAt(iso3, entity.isoNumeric);
    if (!feature && !point) {
      unknown.push(entity);
      continue;
    }
    const center = point ?? feature!.centroid;
    const anchor = (iso3 && ANCHORS[iso3]) || center;
    const labelAt = (iso3 && LABEL_AT[iso3]) || anchor;
    places.set(entity.id, { entity, feature, point, anchor, labelAt });
  }
  const result = { places, unknown };
  perWorld.set(dataset, result);
  return result;
}

/** A zoom and pan on top of the fitted view: screen point p is drawn at k·p + (x, y). */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };

/** Codes or ids to fit to: a region name, or ISO alpha-3 codes / entity ids. */
export function fitCodes(fit: string | null | undefined): string[] {
  if (!fit) return [];
  const key = fit.trim().toLowerCase();
  if (REGIONS[key]) return REGIONS[key];
  return fit
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Screen = k · reference + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** The transform that fits reference-frame `bounds` into the size with a margin. */
export function fitTransform(bounds: Bounds, width: number, height: number, maxK = Infinity): Transform {
  const pad = Math.max(8, Math.min(width, height) * 0.04);
  const [[x0, y0], [x1, y1]] = bounds;
  const bw = Math.max(1e-6, x1 - x0);
  const bh = Math.max(1e-6, y1 - y0);
  const k = Math.min(maxK, Math.max(1e-6, (width - 2 * pad) / bw), Math.max(1e-6, (height - 2 * pad) / bh));
  return { k, x: width / 2 - k * (x0 + bw / 2), y: height / 2 - k * (y0 + bh / 2) };
}

/** Applies a zoom on top of a transform. */
export function compose(zoom: Zoom, t: Transform): Transform {
  return { k: zoom.k * t.k, x: zoom.k * t.x + zoom.x, y: zoom.k * t.y + zoom.y };
}

/** Reference-frame bounds of what a view fits: named countries, else every country of the dataset. */
export function fitBounds(world: World, placement: Placement, codes: string[]): Bounds {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const addBounds = (b: Bounds | undefined) => {
    if (!b) return;
    x0 = Math.min(x0, b[0][0]);
    y0 = Math.min(y0, b[0][1]);
    x1 = Math.max(x1, b[1][0]);
    y1 = Math.max(y1, b[1][1]);
  };
  const addPoint = (at: [number, number]) => {
    const p = world.project(at);
    addBounds([p, p]);
  };
  const addPlace = (place: Place | undefined) => {
    if (place?.feature) addBounds(place.feature.bounds);
    else if (place?.point) addPoint(place.point);
  };
  for (const code of codes) {
    const f = world.byA3.get(code.toUpperCase()) ?? world.byId.get(code);
    if (f) addBounds(f.bounds);
    else {
      const place =
        placement.places.get(code) ??
        [...placement.places.values()].find((p) => p.entity.iso3?.toUpperCase() === code.toUpperCase());
      if (place) addPlace(place);
      else {
        const at = smallStateAt(code);
        if (at) addPoint(at);
      }
    }
  }
  if (!(x1 > x0)) for (const place of placement.places.values()) addPlace(place);
  if (!(x1 >= x0))
    return [
      [0, 0],
      [world.width, world.height],
    ];
  // A single small country is shown with some surroundings.
  const min = world.width / 30;
  if (x1 - x0 < min) [x0, x1] = [(x0 + x1) / 2 - min / 2, (x0 + x1) / 2 + min / 2];
  if (y1 - y0 < min) [y0, y1] = [(y0 + y1) / 2 - min / 2, (y0 + y1) / 2 + min / 2];
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** A country of the story as drawn. */
export interface CountryMark {
  id: string;
  entity: Entity;
  /** Path of its shape, or null for a point symbol. */
  d: string | null;
  /** Centre of the point symbol (countries too small for a shape). */
  point: { x: number; y: number } | null;
  /** Fill colour (group colour) or null for neutral land. */
  fill: string | null;
  /** Group id whose hatch pattern overlays the fill (second group, or a frozen/invited membership). */
  hatch: string | null;
  /** This country's memberships in the grouping shown (visible groups only). */
  groups: GroupMember[];
  actor: boolean;
  /** Anchor on screen (arcs, keyboard zoom). */
  x: number;
  y: number;
  /** Projected x of the anchor, for reading order. */
  order: number;
}

/** A directed arc between two countries. */
export interface ArcMark {
  id: string;
  relation: Relation;
  /** Entity ids of where the arrow starts and ends (oil: seller → buyer). */
  from: string;
  to: string;
  d: string;
  /** Arrowhead polygon. */
  head: string;
  color: string;
  key: string;
  /** The line was cut at the frame's edge: the country beyond it is named there. */
  cut: 'start' | 'end' | 'both' | null;
}

/** A relation kept off the map as an arrow (it stays in tooltips, names and the table). */
export interface UndrawnArc {
  relation: Relation;
  reason: 'no-target';
}

/** Everything the element draws. Shapes are in the reference frame (drawn under `transform`); the rest in screen px. */
export interface MapModel {
  width: number;
  height: number;
  /** Reference → screen. */
  transform: Transform;
  sphere: string;
  /** Countries outside the story (neutral, not interactive), reference frame. */
  land: { id: string; d: string }[];
  marks: CountryMark[];
  arcs: ArcMark[];
  labels: PlacedLabel[];
  /** Names of countries beyond the frame, where their arcs leave it (id `edge:<entity>:<n>`). */
  edgeLabels: PlacedLabel[];
  /** Hypothetical actions not drawn as arrows (see `undrawnReason`). */
  undrawn: UndrawnArc[];
  /** The view fits the story's core (narrow default): some arcs end beyond the frame. */
  core: boolean;
  /** Smallest zoom: below 1 when the view fits the core, so the whole story can be reached. */
  minZoom: number;
  /** Arc legend keys present in the data (whatever is hidden). */
  arcKeys: string[];
  unknown: Entity[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  grouping: Grouping | undefined;
  hiddenGroups?: ReadonlySet<string>;
  hiddenArcs?: ReadonlySet<string>;
  /** Value of the `fit` attribute. */
  fit?: string | null;
  zoom?: Zoom;
  /** Label text for an entity (localised). */
  name: (entity: Entity) => string;
  labelSize: number;
}

const HEAD = 8;
/** Arcs are cut this far inside the frame's edge, so the halo and arrowhead stay visible. */
const EDGE = 3;
/** Narrower than this, the default view fits the story's core (see `coreBounds`). */
export const NARROW = 560;
/** Radius of the story's core around its busiest country, as a share of the projected world's width (≈ 3,300 km). */
const CORE_RADIUS = 0.083;

type Pt = [number, number];

/** Screen points of an arc along the great circle, bent sideways by `bend` (px, scaled by length). */
function arcPoints(toScreen: (p: Pt) => Pt, a: Pt, b: Pt, bend: number): Pt[] {
  const interpolate = geoInterpolate(a, b);
  const n = 32;
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) pts.push(toScreen(interpolate(i / n)));
  const [x0, y0] = pts[0];
  const [x1, y1] = pts[n];
  const len = Math.hypot(x1 - x0, y1 - y0) || 1;
  const nx = -(y1 - y0) / len;
  const ny = (x1 - x0) / len;
  const off = bend * Math.min(40, Math.max(10, len * 0.12));
  return pts.map(([x, y], i) => {
    const s = Math.sin((Math.PI * i) / n) * off;
    return [x + nx * s, y + ny * s];
  });
}

/** Where the segment from inside point p to outside point q crosses the box. */
function exitPoint(p: Pt, q: Pt, box: [number, number, number, number]): Pt {
  const [x0, y0, x1, y1] = box;
  let t = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  if (q[0] < x0) t = Math.min(t, (x0 - p[0]) / dx);
  if (q[0] > x1) t = Math.min(t, (x1 - p[0]) / dx);
  if (q[1] < y0) t = Math.min(t, (y0 - p[1]) / dy);
  if (q[1] > y1) t = Math.min(t, (y1 - p[1]) / dy);
  return [p[0] + dx * t, p[1] + dy * t];
}

/**
 * The part of an arc inside the frame: the longest run of points inside it (preferring the
 * one that reaches the arc's end), extended to the frame's edge where it was cut.
 */
function clipToFrame(pts: Pt[], width: number, height: number): { pts: Pt[]; cut: ArcMark['cut'] } | null {
  const box: [number, number, number, number] = [EDGE, EDGE, width - EDGE, height - EDGE];
  const inside = ([x, y]: Pt) => x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3];
  let best: [number, number] | null = null;
  for (let i = 0; i < pts.length;) {
    if (!inside(pts[i])) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < pts.length && inside(pts[j + 1])) j++;
    const score = j - i + (j === pts.length - 1 ? pts.length : 0);
    const bestScore = best ? best[1] - best[0] + (best[1] === pts.length - 1 ? pts.length : 0) : -1;
    if (score > bestScore) best = [i, j];
    i = j + 1;
  }
  if (!best || best[1] - best[0] < 2) return null;
  const [i, j] = best;
  const run = pts.slice(i, j + 1);
  if (i > 0) run.unshift(exitPoint(pts[i], pts[i - 1], box));
  if (j < pts.length - 1) run.push(exitPoint(pts[j], pts[j + 1], box));
  const cut = i > 0 && j < pts.length - 1 ? 'both' : i > 0 ? 'start' : j < pts.length - 1 ? 'end' : null;
  return { pts: run, cut };
}

/** The line (stopped where the arrowhead starts) and the arrowhead, whose tip is the last point. */
function arcPath(bent: Pt[], width: number): { d: string; head: string } {
  const tip = bent[bent.length - 1];
  let back = bent.length - 2;
  while (back > 0 && Math.hypot(tip[0] - bent[back][0], tip[1] - bent[back][1]) < HEAD) back--;
  const base = bent[back];
  const dx = tip[0] - base[0];
  const dy = tip[1] - base[1];
  const dl = Math.hypot(dx, dy) || 1;
  const ux = dx / dl;
  const uy = dy / dl;
  const bx = tip[0] - ux * HEAD;
  const by = tip[1] - uy * HEAD;
  const r = (v: number) => Math.round(v * 10) / 10;
  const w = HEAD * 0.45;
  const head = `M${r(tip[0])},${r(tip[1])}L${r(bx - uy * w)},${r(by + ux * w)}L${r(bx + uy * w)},${r(by - ux * w)}Z`;
  let d = '';
  const line = [...bent.slice(0, back + 1), [bx, by] as Pt];
  line.forEach(([x, y], i) => {
    const jump = i > 0 && Math.abs(x - line[i - 1][0]) > width / 2;
    d += `${i === 0 || jump ? 'M' : 'L'}${r(x)},${r(y)}`;
  });
  return { d, head };
}

/** Action types whose hypothetical arrows need a precedent to be drawn (see `undrawnReason`). */
const ACTIONS: ReadonlySet<RelationType> = new Set(['attack', 'military-operation']);
const UNCERTAIN = new Set(['hypothetical', 'predicted', 'opinion']);

/**
 * Why a relation is not drawn as an arrow, or null. A possible attack or operation is drawn
 * only when the article reports one along the same arrow (Israel → Iran, United States →
 * Iran): the precedent says where it would land. Without one (Iran's possible
 * counter-strikes "on American installations in the Gulf"), an arrow to the target
 * country's territory would claim a destination the article does not give; the relation
 * stays in the tooltips, the accessible names and the table.
 */
export function undrawnReason(r: Relation, relations: readonly Relation[]): UndrawnArc['reason'] | null {
  if (!ACTIONS.has(r.type) || !UNCERTAIN.has(r.certainty)) return null;
  const precedent = relations.some(
    (o) =>
      o !== r &&
      ACTIONS.has(o.type) &&
      !UNCERTAIN.has(o.certainty) &&
      o.source === r.source &&
      o.target === r.target,
  );
  return precedent ? null : 'no-target';
}

/**
 * The story's core for a narrow default view: the actors within ~3,300 km of the country
 * with the most arrows (by their anchors, so Russia's Siberia does not widen the view).
 * Countries beyond it are reached by arrows cut at the frame's edge and named there.
 */
export function coreBounds(world: World, placement: Placement, arcs: readonly Relation[]): Bounds | null {
  const count = new Map<string, number>();
  for (const r of arcs) for (const id of [r.source, r.target]) count.set(id, (count.get(id) ?? 0) + 1);
  let hub: Place | undefined;
  for (const place of placement.places.values())
    if ((count.get(place.entity.id) ?? 0) > (hub ? (count.get(hub.entity.id) ?? 0) : 0)) hub = place;
  if (!hub) return null;
  const pts: Pt[] = [];
  const [hx, hy] = world.project(hub.anchor);
  for (const place of placement.places.values()) {
    const p = world.project(place.anchor);
    if (isActor(place.entity) && Math.hypot(p[0] - hx, p[1] - hy) < CORE_RADIUS * world.width) pts.push(p);
  }
  if (pts.length < 3) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  // Room around the anchors for the countries' shapes and labels.
  const m = world.width / 60;
  return [
    [Math.min(...xs) - m, Math.min(...ys) - m],
    [Math.max(...xs) + m, Math.max(...ys) + m],
  ];
}

const union = (a: Bounds, b: Bounds): Bounds => [
  [Math.min(a[0][0], b[0][0]), Math.min(a[0][1], b[0][1])],
  [Math.max(a[1][0], b[1][0]), Math.max(a[1][1], b[1][1])],
];

/**
 * The map's model. Pure (no DOM). The countries are projected at build time; a new size,
 * fit or zoom only changes the transform, the arcs and the labels.
 *
 * The default view (no `fit`) contains every arc it draws: the great circles' sampled points
 * and their bends are part of the fitted bounds. Below `NARROW` px it fits the story's core
 * instead, and arcs to countries beyond the frame are cut at its edge and named there.
 */
export function layoutMap(dataset: Dataset, world: World, options: LayoutOptions): MapModel {
  const { width, height, grouping, name, labelSize } = options;
  const hiddenGroups = options.hiddenGroups ?? new Set<string>();
  const hiddenArcs = options.hiddenArcs ?? new Set<string>();
  const zoom = options.zoom ?? NO_ZOOM;
  const placement = placeCountries(dataset, world);

  // Arcs: directed relations between two placed countries; parallel arcs bend apart.
  const candidates = dataset.relations.filter(
    (r) =>
      ARC_TYPES.includes(r.type) &&
      placement.places.has(r.source) &&
      placement.places.has(r.target) &&
      r.source !== r.target,
  );
  const undrawn: UndrawnArc[] = [];
  const drawable = candidates.filter((r) => {
    const reason = undrawnReason(r, dataset.relations);
    if (reason) undrawn.push({ relation: r, reason });
    return !reason;
  });
  const arcKeys = [...new Set(candidates.map((r) => arcKey(r.type)))];
  const pairKey = (r: Relation) => [r.source, r.target].sort().join('|');
  const pairs = new Map<string, Relation[]>();
  const visible = drawable.filter((r) => !hiddenArcs.has(arcKey(r.type)));
  for (const r of visible) pairs.set(pairKey(r), [...(pairs.get(pairKey(r)) ?? []), r]);
  const ends = (r: Relation) => {
    const reversed = REVERSED.has(r.type);
    return reversed ? { from: r.target, to: r.source } : { from: r.source, to: r.target };
  };
  const bendOf = (r: Relation, siblings: Relation[]) => {
    const { from, to } = ends(r);
    const i = siblings.indexOf(r);
    const sign = from < to ? 1 : -1;
    return siblings.length > 1 ? (i - (siblings.length - 1) / 2) * sign * 1.6 : 0.35 * sign;
  };
  const screenOf =
    (t: Transform) =>
    (lonlat: Pt): Pt => {
      const p = world.project(lonlat);
      return [t.k * p[0] + t.x, t.k * p[1] + t.y];
    };

  // The fitted view. Arcs are fitted as they would be drawn with every type shown, so
  // toggling a type never moves the map.
  const codes = fitCodes(options.fit);
  const countries = fitBounds(world, placement, codes);
  const core = !codes.length && width < NARROW ? coreBounds(world, placement, drawable) : null;
  let base: Transform;
  if (codes.length) base = fitTransform(countries, width, height);
  else if (core) base = fitTransform(core, width, height);
  else {
    const allPairs = new Map<string, Relation[]>();
    for (const r of drawable) allPairs.set(pairKey(r), [...(allPairs.get(pairKey(r)) ?? []), r]);
    let bounds = countries;
    base = fitTransform(bounds, width, height);
    // Bends are in px, so a fit that shrinks the map changes them a little: refit until
    // every bent arc lies inside the padded frame (two or three rounds).
    for (let round = 0; round < 4; round++) {
      const toScreen = screenOf(base);
      let out = false;
      for (const r of drawable) {
        const { from, to } = ends(r);
        const pts = arcPoints(
          toScreen,
          placement.places.get(from)!.anchor,
          placement.places.get(to)!.anchor,
          bendOf(r, allPairs.get(pairKey(r))!),
        );
        for (const [x, y] of pts) {
          if (x < EDGE + HEAD || x > width - EDGE - HEAD || y < EDGE + HEAD || y > height - EDGE - HEAD)
            out = true;
          const p: Pt = [(x - base.x) / base.k, (y - base.y) / base.k];
          bounds = union(bounds, [p, p]);
        }
      }
      if (!out) break;
      base = fitTransform(bounds, width, height);
    }
  }
  const transform = compose(zoom, base);
  const toScreen = screenOf(transform);

  const storyFeatures = new Set<string>();
  const marks: CountryMark[] = [];
  for (const place of placement.places.values()) {
    const id = place.entity.id;
    if (place.feature) storyFeatures.add(place.feature.id);
    const groups = (grouping?.members.get(id) ?? []).filter((m) => !hiddenGroups.has(m.group));
    const color = (g: string) => grouping?.groups.find((x) => x.id === g)?.color ?? null;
    const first = groups[0];
    const fill = first && first.status === 'active' ? color(first.group) : null;
    const hatch =
      groups.length > 1 ? groups[1].group : first && first.status !== 'active' ? first.group : null;
    const at = toScreen(place.anchor);
    const pt = place.point ? toScreen(place.point) : null;
    marks.push({
      id,
      entity: place.entity,
      d: place.feature ? place.feature.d : null,
      point: pt ? { x: pt[0], y: pt[1] } : null,
      fill,
      hatch,
      groups,
      actor: isActor(place.entity),
      x: at[0],
      y: at[1],
      order: at[0],
    });
  }
  marks.sort((a, b) => a.order - b.order || compareIds(a.id, b.id));
  const land: { id: string; d: string }[] = [];
  for (const f of world.features) if (!storyFeatures.has(f.id)) land.push({ id: f.id, d: f.d });

  const arcs: ArcMark[] = [];
  const edgeCandidates: LabelCandidate[] = [];
  for (const r of visible) {
    const { from, to } = ends(r);
    const bent = arcPoints(
      toScreen,
      placement.places.get(from)!.anchor,
      placement.places.get(to)!.anchor,
      bendOf(r, pairs.get(pairKey(r))!),
    );
    const clipped = clipToFrame(bent, width, height);
    if (!clipped) continue;
    const { d, head } = arcPath(clipped.pts, width);
    const style = ARC_STYLE[r.type];
    arcs.push({
      id: r.id,
      relation: r,
      from,
      to,
      d,
      head,
      color: style?.color ?? 'var(--_fg)',
      key: arcKey(r.type),
      cut: clipped.cut,
    });
    const edge = (id: string, p: Pt) => {
      const entity = placement.places.get(id)!.entity;
      edgeCandidates.push({
        id: `edge:${id}`,
        text: name(entity),
        x: p[0],
        y: p[1],
        priority: 900,
        clear: 4,
      });
    };
    if (clipped.cut === 'start' || clipped.cut === 'both') edge(from, clipped.pts[0]);
    if (clipped.cut === 'end' || clipped.cut === 'both') edge(to, clipped.pts[clipped.pts.length - 1]);
  }

  // Labels: actors first (bigger countries before smaller), then coloured members, then the
  // names of countries beyond the frame where their arcs leave it (one each).
  const inFrame = (p: Pt) => p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  const labelCandidates: LabelCandidate[] = [];
  for (const m of marks) {
    if (!m.actor && !m.fill && !m.hatch) continue;
    const place = placement.places.get(m.id)!;
    let p: Pt = m.point ? [m.point.x, m.point.y] : toScreen(place.labelAt);
    // A label point beyond the frame (Russia's sits over Siberia) falls back to the anchor.
    if (!inFrame(p) && !m.point) p = [m.x, m.y];
    if (!inFrame(p)) continue;
    const outside = m.groups.length > 0 && m.groups.every((g) => g.basis === 'outside');
    const fb = place.feature?.bounds;
    labelCandidates.push({
      id: m.id,
      text: `${name(m.entity)}${outside ? ' †' : ''}`,
      x: p[0],
      y: p[1],
      priority:
        (m.actor ? 1000 : 0) +
        (fb ? Math.min(999, ((fb[1][0] - fb[0][0]) * (fb[1][1] - fb[0][1])) / 1000) : 0),
      clear: m.point ? 5 : 0,
    });
  }
  // One name per place where a country's arcs leave the frame (arcs leaving together share it).
  const kept: LabelCandidate[] = [];
  for (const c of edgeCandidates) {
    if (kept.some((k) => k.id.startsWith(`${c.id}:`) && Math.hypot(k.x - c.x, k.y - c.y) < 40)) continue;
    kept.push({ ...c, id: `${c.id}:${kept.length}` });
  }
  labelCandidates.push(...kept);
  const placed = placeLabels(labelCandidates, width, height, labelSize);
  return {
    width,
    height,
    transform,
    sphere: world.sphere,
    land,
    marks,
    arcs,
    labels: placed.filter((l) => !l.id.startsWith('edge:')),
    edgeLabels: placed.filter((l) => l.id.startsWith('edge:')),
    undrawn,
    core: !!core,
    minZoom: core ? Math.min(1, fitTransform(countries, width, height).k / base.k) : 1,
    arcKeys,
    unknown: placement.unknown,
  };
}
