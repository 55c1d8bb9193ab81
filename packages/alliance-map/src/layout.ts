import { compareIds } from './compare.js';
import { geoInterpolate } from 'd3-geo';
import { flowEnds, isNegative, typeColor, typeMarker } from '@nutgraf/core';
import type { Dataset, Entity, GroupMembership, Relation } from '@nutgraf/core';
import { planArcs } from './arcs.js';
import type { Bounds, World } from './geo/world.js';
import type { MapGrouping, MemberStyle } from './groupings.js';
import { isActor, memberStyle } from './groupings.js';
import type { LabelCandidate, PlacedLabel } from './labels.js';
import { placeLabels } from './labels.js';
import type { Place, Placement } from './places.js';
import { placeEntities } from './places.js';

/** A zoom and pan on top of the fitted view: screen point p is drawn at k·p + (x, y). */
export interface Zoom {
  k: number;
  x: number;
  y: number;
}

export const NO_ZOOM: Zoom = { k: 1, x: 0, y: 0 };

/** Entity ids or ISO alpha-3 codes to frame, from a list or a comma- or space-separated string. */
export function fitCodes(fit: string | readonly string[] | null | undefined): string[] {
  const list = typeof fit === 'string' ? fit.split(/[\s,]+/) : (fit ?? []);
  return list.map((s) => s.trim()).filter(Boolean);
}

/** Screen = k · reference + (x, y). */
export interface Transform {
  k: number;
  x: number;
  y: number;
}

/** The transform that fits reference-frame `bounds` into the size with a margin, never closer than `maxK`. */
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

/**
 * Reference-frame bounds of what a view frames: the entities (ids) or countries (ISO codes)
 * named, else the story's placed actors, else every placed entity.
 */
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
  const addPoint = (at: [number, number] | null) => {
    if (!at) return;
    const p = world.project(at);
    addBounds([p, p]);
  };
  const addPlace = (place: Place | undefined) =>
    place?.feature ? addBounds(place.feature.bounds) : addPoint(place?.anchor ?? null);
  for (const code of codes) {
    const place = placement.places.get(placement.markOf.get(code) ?? code);
    if (place) addPlace(place);
    else {
      const f = world.byA3.get(code.toUpperCase()) ?? world.byId.get(code);
      if (f) addBounds(f.bounds);
      else addPoint(world.points.get(code.toUpperCase()) ?? world.points.get(code) ?? null);
    }
  }
  const all = [...placement.places.values()];
  if (!(x1 >= x0)) all.filter((p) => isActor(p.entity)).forEach(addPlace);
  if (!(x1 >= x0)) all.forEach(addPlace);
  if (!(x1 >= x0))
    return [
      [0, 0],
      [world.width, world.height],
    ];
  // A single point or small country is shown with some surroundings.
  const min = world.width / 30;
  if (x1 - x0 < min) [x0, x1] = [(x0 + x1) / 2 - min / 2, (x0 + x1) / 2 + min / 2];
  if (y1 - y0 < min) [y0, y1] = [(y0 + y1) / 2 - min / 2, (y0 + y1) / 2 + min / 2];
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** An entity of the story as drawn: a country's shape, or a point symbol. */
export interface Mark {
  id: string;
  entity: Entity;
  /** Path of its shape, or null for a point symbol. */
  d: string | null;
  /** Centre of the point symbol (small countries, actors that are not countries). */
  point: { x: number; y: number } | null;
  /** Grouping colour when it is a member of the grouping shown, else null. */
  fill: string | null;
  /** How its membership is filled (see `memberStyle`), or null when it is not a member. */
  style: MemberStyle | null;
  member: GroupMembership | null;
  actor: boolean;
  /** Anchor on screen (arcs, keyboard zoom). */
  x: number;
  y: number;
}

/** An arc between two marks. */
export interface ArcMark {
  id: string;
  relation: Relation;
  /** Mark ids where the line starts and ends (the flow's direction: see core's `flowEnds`). */
  from: string;
  to: string;
  d: string;
  /** Arrowhead polygon; empty for an undirected type or a claim that did not happen. */
  head: string;
  /** The × at the middle of a claim that did not happen; else empty. */
  cross: string;
  /** The type's shape (see core's `typeMarker`), drawn at `mid`; empty with a ×. */
  marker: string;
  /** The middle of the line. */
  mid: { x: number; y: number };
  color: string;
  negative: boolean;
  /** The line was cut at the frame's edge: the mark beyond it is named there. */
  cut: 'start' | 'end' | 'both' | null;
}

/**
 * Everything the element draws. Shapes are in the reference frame (drawn under `transform`); the
 * rest in screen px.
 */
export interface MapModel {
  width: number;
  height: number;
  /** Reference → screen. */
  transform: Transform;
  sphere: string;
  /** Countries outside the story (neutral, not interactive), reference frame. */
  land: { id: string; d: string }[];
  marks: Mark[];
  arcs: ArcMark[];
  labels: PlacedLabel[];
  /** Names of marks beyond the frame, where their arcs leave it (id `edge:<entity>:<n>`). */
  edgeLabels: PlacedLabel[];
  /** The view fits the story's core (narrow default): some arcs end beyond the frame. */
  core: boolean;
  /** Smallest zoom: below 1 when the view fits the core, so the whole story can be reached. */
  minZoom: number;
  /** Entity ids → the mark they are drawn at. */
  markOf: Map<string, string>;
  unknown: Entity[];
}

export interface LayoutOptions {
  width: number;
  height: number;
  grouping: MapGrouping | undefined;
  /** Relation type ids the reader hid. */
  hiddenArcs?: ReadonlySet<string>;
  /** Entity ids or ISO codes to frame (see `fitCodes`); the story's actors when empty. */
  fit?: string[];
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
/**
 * Radius of the story's core around its busiest mark, as a share of the projected world's
 * width (≈ 3,300 km).
 */
const CORE_RADIUS = 0.083;
/**
 * A narrow view fits the story's core only when the story spans more than this share of the world's
 * width.
 */
const WIDE_STORY = 0.35;
/**
 * The closest a fitted view comes: a frame never shows less than this share of the world's
 * width (≈ 30° of longitude), so the coarse shapes of a small country are not blown up.
 */
const MIN_SPAN = 1 / 12;

type Pt = [number, number];
type Box = { x0: number; y0: number; x1: number; y1: number };
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Screen points of an arc along the great circle between two places, bent sideways by `bend` (px,
 * scaled by length).
 */
function arcPoints(toScreen: (p: Pt) => Pt, a: Place, b: Place, bend: number): Pt[] {
  const interpolate = geoInterpolate(a.anchor, b.anchor);
  const n = 32;
  const pts: Pt[] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const [x, y] = toScreen(interpolate(t));
    pts.push([x + (1 - t) * a.offset[0] + t * b.offset[0], y + (1 - t) * a.offset[1] + t * b.offset[1]]);
  }
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
  // A run of one point still makes a line, with the point where the arc crosses the frame.
  if (!best) return null;
  const [i, j] = best;
  const run = pts.slice(i, j + 1);
  if (i > 0) run.unshift(exitPoint(pts[i], pts[i - 1], box));
  if (j < pts.length - 1) run.push(exitPoint(pts[j], pts[j + 1], box));
  const cut = i > 0 && j < pts.length - 1 ? 'both' : i > 0 ? 'start' : j < pts.length - 1 ? 'end' : null;
  return { pts: run, cut };
}

/**
 * The line and, for a directed flow, the arrowhead whose tip is the last point (the line
 * stops where the head starts).
 */
function arcPath(bent: Pt[], width: number, directed: boolean): { d: string; head: string; box?: Box } {
  const tip = bent[bent.length - 1];
  let back = bent.length - 1;
  let head = '';
  let box: Box | undefined;
  let line = bent;
  if (directed) {
    back--;
    while (back > 0 && Math.hypot(tip[0] - bent[back][0], tip[1] - bent[back][1]) < HEAD) back--;
    const base = bent[back];
    const dl = Math.hypot(tip[0] - base[0], tip[1] - base[1]) || 1;
    const ux = (tip[0] - base[0]) / dl;
    const uy = (tip[1] - base[1]) / dl;
    const bx = tip[0] - ux * HEAD;
    const by = tip[1] - uy * HEAD;
    const w = HEAD * 0.45;
    const xs = [tip[0], bx - uy * w, bx + uy * w];
    const ys = [tip[1], by + ux * w, by - ux * w];
    head = `M${r1(xs[0])},${r1(ys[0])}L${r1(xs[1])},${r1(ys[1])}L${r1(xs[2])},${r1(ys[2])}Z`;
    box = { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
    line = [...bent.slice(0, back + 1), [bx, by]];
  }
  let d = '';
  line.forEach(([x, y], i) => {
    const jump = i > 0 && Math.abs(x - line[i - 1][0]) > width / 2;
    d += `${i === 0 || jump ? 'M' : 'L'}${r1(x)},${r1(y)}`;
  });
  return { d, head, box };
}

/**
 * The story's core for a narrow default view: the actors within ~3,300 km of the mark with
 * the most arcs (by their anchors, so a large country's far end does not widen the view).
 * Marks beyond it are reached by arcs cut at the frame's edge and named there.
 */
export function coreBounds(world: World, placement: Placement, ends: readonly string[]): Bounds | null {
  const count = new Map<string, number>();
  for (const id of ends) count.set(id, (count.get(id) ?? 0) + 1);
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
 * frame or zoom only changes the transform, the arcs and the labels.
 *
 * The default view (no `fit`) frames the story's placed actors and contains every arc it
 * draws: the great circles' sampled points and their bends are part of the fitted bounds.
 * Below `NARROW` px it fits the story's core instead, and arcs to marks beyond the frame are
 * cut at its edge and named there. No fitted view comes closer than `MIN_SPAN`.
 */
export function layoutMap(dataset: Dataset, world: World, options: LayoutOptions): MapModel {
  const { width, height, grouping, name, labelSize } = options;
  const hiddenArcs = options.hiddenArcs ?? new Set<string>();
  const zoom = options.zoom ?? NO_ZOOM;
  const placement = placeEntities(dataset, world);
  const { places, markOf } = placement;
  const maxK = width / (world.width * MIN_SPAN);

  // Arcs between two placed marks, each along its flow; parallel arcs bend apart.
  const flows = planArcs(dataset)
    .drawn.map((r) => {
      const { from, to, directed } = flowEnds(dataset, r);
      return { r, from: markOf.get(from)!, to: markOf.get(to)!, directed: directed && !isNegative(r) };
    })
    .filter((f) => f.from && f.to);
  const pairKey = (f: (typeof flows)[number]) => [f.from, f.to].sort().join('|');
  const pairsOf = (list: typeof flows) => {
    const pairs = new Map<string, typeof flows>();
    for (const f of list) pairs.set(pairKey(f), [...(pairs.get(pairKey(f)) ?? []), f]);
    return pairs;
  };
  const visible = flows.filter((f) => !hiddenArcs.has(f.r.type));
  const pairs = pairsOf(visible);
  const allPairs = pairsOf(flows);
  const bendOf = (f: (typeof flows)[number], siblings: typeof flows) => {
    const i = siblings.indexOf(f);
    const sign = f.from < f.to ? 1 : -1;
    return siblings.length > 1 ? (i - (siblings.length - 1) / 2) * sign * 1.6 : 0.35 * sign;
  };
  const screenOf =
    (t: Transform) =>
    (lonlat: Pt): Pt => {
      const p = world.project(lonlat);
      return [t.k * p[0] + t.x, t.k * p[1] + t.y];
    };
  const pointsOf = (f: (typeof flows)[number], t: Transform, siblings: typeof flows) =>
    arcPoints(screenOf(t), places.get(f.from)!, places.get(f.to)!, bendOf(f, siblings));

  // The fitted view. Arcs are fitted as they would be drawn with every type shown, so
  // toggling a type never moves the map.
  const codes = options.fit ?? [];
  const framed = fitBounds(world, placement, codes);
  const core =
    !codes.length && width < NARROW && framed[1][0] - framed[0][0] > WIDE_STORY * world.width
      ? coreBounds(
          world,
          placement,
          flows.flatMap((f) => [f.from, f.to]),
        )
      : null;
  let fitted = core ?? framed;
  let base = fitTransform(fitted, width, height, maxK);
  if (!codes.length && !core) {
    let bounds = framed;
    // Bends are in px, so a fit that shrinks the map changes them a little: refit until
    // every bent arc lies inside the padded frame (two or three rounds).
    for (let round = 0; round < 4; round++) {
      let out = false;
      for (const f of flows)
        for (const [x, y] of pointsOf(f, base, allPairs.get(pairKey(f))!)) {
          if (x < EDGE + HEAD || x > width - EDGE - HEAD || y < EDGE + HEAD || y > height - EDGE - HEAD)
            out = true;
          const p: Pt = [(x - base.x) / base.k, (y - base.y) / base.k];
          bounds = union(bounds, [p, p]);
        }
      if (!out) break;
      base = fitTransform(bounds, width, height, maxK);
    }
    fitted = bounds;
  }
  // Where the fit leaves room along an axis, move the view towards the world's middle (the
  // whole world when it fits, else no empty band beside it), as far as what was fitted stays
  // inside the frame.
  const slide = (t: number, size: number, lo: number, hi: number, extent: number) => {
    const span = extent * base.k;
    const want = span <= size ? (size - span) / 2 : Math.min(0, Math.max(size - span, t));
    const [min, max] = [EDGE + HEAD - lo * base.k, size - EDGE - HEAD - hi * base.k];
    return min <= max ? Math.min(Math.max(want, min), max) : t;
  };
  base = {
    k: base.k,
    x: slide(base.x, width, fitted[0][0], fitted[1][0], world.width),
    y: slide(base.y, height, fitted[0][1], fitted[1][1], world.height),
  };
  const transform = compose(zoom, base);
  const toScreen = screenOf(transform);

  const storyFeatures = new Set<string>();
  const marks: Mark[] = [];
  for (const place of places.values()) {
    const { entity, feature, point, offset } = place;
    if (feature) storyFeatures.add(feature.id);
    const member = grouping?.members.get(entity.id) ?? null;
    const at = toScreen(place.anchor);
    const pt = point ? toScreen(point) : null;
    marks.push({
      id: entity.id,
      entity,
      d: feature ? feature.d : null,
      point: pt ? { x: pt[0] + offset[0], y: pt[1] + offset[1] } : null,
      fill: member ? grouping!.color : null,
      style: member ? memberStyle(member) : null,
      member,
      actor: isActor(entity),
      x: at[0] + offset[0],
      y: at[1] + offset[1],
    });
  }
  marks.sort((a, b) => a.x - b.x || compareIds(a.id, b.id));
  const land: { id: string; d: string }[] = [];
  for (const f of world.features) if (!storyFeatures.has(f.id)) land.push({ id: f.id, d: f.d });

  const arcs: ArcMark[] = [];
  const edgeCandidates: LabelCandidate[] = [];
  /** Arrowheads, which labels keep clear of. */
  const heads: Box[] = [];
  for (const f of visible) {
    const clipped = clipToFrame(pointsOf(f, transform, pairs.get(pairKey(f))!), width, height);
    if (!clipped) continue;
    const negative = isNegative(f.r);
    const { d, head, box } = arcPath(clipped.pts, width, f.directed);
    if (box) heads.push(box);
    const [mx, my] = clipped.pts[Math.floor(clipped.pts.length / 2)];
    arcs.push({
      id: f.r.id,
      relation: f.r,
      from: f.from,
      to: f.to,
      d,
      head,
      cross: negative ? `M${r1(mx - 4)},${r1(my - 4)}l8,8M${r1(mx + 4)},${r1(my - 4)}l-8,8` : '',
      marker: negative ? '' : typeMarker(dataset, f.r.type),
      mid: { x: r1(mx), y: r1(my) },
      color: typeColor(dataset, f.r.type),
      negative,
      cut: clipped.cut,
    });
    const edge = (id: string, p: Pt) =>
      edgeCandidates.push({
        id: `edge:${id}`,
        text: name(places.get(id)!.entity),
        x: p[0],
        y: p[1],
        priority: 900,
        clear: 4,
      });
    if (clipped.cut === 'start' || clipped.cut === 'both') edge(f.from, clipped.pts[0]);
    if (clipped.cut === 'end' || clipped.cut === 'both') edge(f.to, clipped.pts[clipped.pts.length - 1]);
  }

  // Labels: actors first (bigger countries before smaller), then members of the grouping,
  // then the names of marks beyond the frame where their arcs leave it (one each).
  const inFrame = (p: Pt) => p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height;
  const labelCandidates: LabelCandidate[] = [];
  for (const m of marks) {
    if (!m.actor && !m.member) continue;
    const place = places.get(m.id)!;
    let p: Pt = m.point ? [m.point.x, m.point.y] : toScreen(place.labelAt);
    // A label point beyond the frame (a large country's far end) falls back to the anchor.
    if (!inFrame(p) && !m.point) p = [m.x, m.y];
    if (!inFrame(p)) continue;
    const fb = place.feature?.bounds;
    labelCandidates.push({
      id: m.id,
      text: `${name(m.entity)}${m.member?.basis === 'outside' ? ' †' : ''}`,
      x: p[0],
      y: p[1],
      priority:
        (m.actor ? 1000 : 0) +
        (fb ? Math.min(999, ((fb[1][0] - fb[0][0]) * (fb[1][1] - fb[0][1])) / 1000) : 0),
      clear: m.point ? 5 : 0,
    });
  }
  // One name per place where a mark's arcs leave the frame (arcs leaving together share it).
  const kept: LabelCandidate[] = [];
  for (const c of edgeCandidates) {
    if (kept.some((k) => k.id.startsWith(`${c.id}:`) && Math.hypot(k.x - c.x, k.y - c.y) < 40)) continue;
    kept.push({ ...c, id: `${c.id}:${kept.length}` });
  }
  labelCandidates.push(...kept);
  const placed = placeLabels(labelCandidates, width, height, labelSize, heads);
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
    core: !!core,
    minZoom: core ? Math.min(1, fitTransform(framed, width, height).k / base.k) : 1,
    markOf,
    unknown: placement.unknown,
  };
}
