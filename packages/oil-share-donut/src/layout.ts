/**
 * Pure layout of the oil-share donut: a share series and a size in, a plain model out
 * (SVG path strings, label positions, notes, problems, sentences). No DOM, no Lit.
 *
 * The rules for hard data live here, so they can be tested with numbers:
 * - zero, negative, NaN or missing values are problems naming the entry (nothing is drawn);
 * - shares adding up to less than the whole get a marked "not accounted for" slice and a note;
 * - shares adding up to more than the whole are drawn in proportion to their sum, with a note;
 * - more than {@link MAX_SLICES} slices: the smallest are grouped into "Other (n)", with a note;
 * - the computed remainder is one neutral slice, never split or grouped;
 * - a tiny slice keeps at least {@link MIN_ANGLE} of the circle;
 * - a label that does not fit inside its slice moves outside with a leader line, or to the legend.
 *
 * @module
 */
import { arc } from 'd3-shape';
import { formatPercent, textWidth } from '@nutgraf/core';
import type { Basis, Certainty, Series, SeriesValue } from '@nutgraf/core';

/** At most this many slices come from the data (the "not accounted for" gap is extra). */
export const MAX_SLICES = 8;
/** The smallest angle (radians) a slice is drawn with, so it stays visible and focusable. */
export const MIN_ANGLE = 0.05;
/** Gap between slices (radians). */
export const PAD_ANGLE = 0.008;
/** Inner radius as a fraction of the outer radius. */
export const INNER_RATIO = 0.58;
/** Label font size (px). */
export const LABEL_SIZE = 12;
/** Line height of labels (px). */
const LINE = 15;

/** What a slice stands for. */
export type SliceKind = 'share' | 'other' | 'remainder' | 'missing';

/** Where a slice's label went. */
export type LabelMode = 'inside' | 'outside' | 'legend' | 'centre';

/** One drawn slice. Angles in radians, clockwise from 12 o'clock (mirrored in right-to-left). */
export interface SliceModel {
  /** Stable id: the entity id, `remainder`, `other`, `missing`, or `entry-<index>`. */
  id: string;
  kind: SliceKind;
  entity: string | null;
  /** Display name: "China", "Other (3)", the remainder's label, "Not accounted for". */
  name: string;
  /** The value as given (for `other`, the sum of its members; for `missing`, the gap). */
  value: number;
  approximate: boolean;
  certainty: Certainty;
  basis: Basis;
  evidence: string[];
  /** The values grouped in an `other` slice, as "Italy 3%". */
  members: string[];
  /** CSS colour: a palette token; empty for the remainder (hatched) and the missing part. */
  color: string;
  /** Drawn with the hatch pattern (remainder). */
  hatch: boolean;
  startAngle: number;
  endAngle: number;
  path: string;
  /** Value for labels: "~80%". */
  valueText: string;
  /** Value in words: "around 80%". */
  valueWords: string;
  /** "China: around 80% of Iran's oil exports". */
  accessibleName: string;
  label: LabelModel;
}

/**
 * A slice label: inside (two lines), outside (one line with a leader), in the legend only,
 * or in the centre (the slice the centre names carries no second label).
 */
export interface LabelModel {
  mode: LabelMode;
  /** Position relative to the centre of the ring ({@link DonutModel.cx}, `cy`). */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** Leader line path (outside labels). */
  leader: string;
}

/** Inputs to {@link layoutDonut}. */
export interface DonutOptions {
  /** Plot box in CSS px. */
  width: number;
  height: number;
  lang?: string;
  rtl?: boolean;
  /** Display names by entity id; values without one use their own label. */
  names?: Record<string, string>;
  /** Id of the selected slice: the centre names it (else the largest). */
  selected?: string | null;
}

/** The whole donut. */
export interface DonutModel {
  width: number;
  height: number;
  cx: number;
  cy: number;
  radius: number;
  innerRadius: number;
  slices: SliceModel[];
  centre: { id: string; value: string; name: string; valueSize: number; nameSize: number } | null;
  /** Visible notes explaining what the reader sees (gaps, excess, grouping). */
  notes: string[];
  /** Sum of the values as given. */
  sum: number;
  total: number;
  /** One sentence saying what the graphic shows. */
  summary: string;
}

/** A value that cannot be drawn (`index` -1: the series as a whole). */
export interface SeriesProblem {
  index: number;
  message: string;
}

/** The name of a value for messages and labels. */
export function nameOf(v: SeriesValue, names: Record<string, string> | undefined): string {
  return (v.entity && names?.[v.entity]) || v.label || v.entity || '';
}

/**
 * Checks what validation does not: core's validation rejects values that are missing or not
 * finite numbers (naming their path); here every value must also be above zero, and there is
 * at most one remainder. Returns one problem per bad entry, each naming it.
 */
export function checkSeries(series: Series, names?: Record<string, string>): SeriesProblem[] {
  const { title, values } = series;
  const problems: SeriesProblem[] = [];
  values.forEach(
    (v, index) =>
      v.value > 0 ||
      problems.push({
        index,
        message: `Entry ${index + 1} (“${nameOf(v, names)}”) has ${v.value ? `a negative share (${v.value})` : 'a share of zero'}.`,
      }),
  );
  if (values.filter((v) => v.remainder).length > 1)
    problems.push({ index: -1, message: `“${title}” has more than one remainder.` });
  return problems;
}

type Draft = Omit<SliceModel, 'startAngle' | 'endAngle' | 'path' | 'label'>;

/**
 * Spreads angles so that no slice is narrower than `min`, taking the extra from the
 * others in proportion to their size. `spans` sum to `full`, and `min` times their count
 * is well under `full` (at most nine slices are drawn).
 */
export function enforceMinAngle(spans: number[], min = MIN_ANGLE, full = 2 * Math.PI): number[] {
  const fixed = new Set<number>();
  let out = spans;
  for (;;) {
    const n = fixed.size;
    out.forEach((s, i) => s < min && fixed.add(i));
    if (fixed.size == n) return out;
    const free = spans.reduce((a, s, i) => (fixed.has(i) ? a : a + s), 0);
    out = spans.map((s, i) => (fixed.has(i) ? min : (s * (full - fixed.size * min)) / free));
  }
}

/** The slices a series is drawn with, before geometry: grouping, remainder, gap. */
export function sliceSeries(
  series: Series,
  lang = 'en',
  names?: Record<string, string>,
): { slices: Draft[]; notes: string[]; sum: number } {
  const { total, measure, values } = series;
  const make = (v: Omit<Draft, 'valueText' | 'valueWords' | 'accessibleName'>): Draft => {
    const pct = (words: boolean) => formatPercent((v.value / total) * 100, lang, v.approximate, words);
    const valueWords = pct(true);
    return {
      ...v,
      valueText: pct(false),
      valueWords,
      accessibleName: `${v.name}: ${valueWords} of ${measure}${
        v.hatch
          ? ', the part the source does not specify'
          : v.certainty == 'asserted'
            ? ''
            : ` (${v.certainty})`
      }`,
    };
  };
  const base: Pick<Draft, 'entity' | 'certainty' | 'basis' | 'evidence' | 'members' | 'color' | 'hatch'> = {
    entity: null,
    certainty: 'asserted',
    basis: 'computed',
    evidence: [],
    members: [],
    color: '',
    hatch: false,
  };
  let remainder: Draft | undefined;
  const shares: Draft[] = [];
  values.forEach((v, i) => {
    const hatch = !!v.remainder;
    const d = make({
      ...base,
      ...v,
      id: hatch ? 'remainder' : (v.entity ?? `entry-${i}`),
      kind: hatch ? 'remainder' : 'share',
      entity: hatch ? null : (v.entity ?? null),
      name: hatch ? v.label : nameOf(v, names),
      color: hatch ? 'var(--_neutral)' : '',
      hatch,
    });
    if (hatch) remainder = d;
    else shares.push(d);
  });
  // Largest first; equal values keep their order (sort is stable).
  shares.sort((a, b) => b.value - a.value);
  const notes: string[] = [];
  const sum = values.reduce((a, v) => a + v.value, 0);
  const approximate = values.some((v) => v.approximate);

  const capacity = MAX_SLICES - (remainder ? 1 : 0);
  const grouped = shares.length > capacity ? shares.splice(capacity - 1) : [];
  if (grouped.length) {
    const name = `Other (${grouped.length})`;
    shares.push(
      make({
        ...base,
        id: 'other',
        kind: 'other',
        name,
        value: grouped.reduce((a, d) => a + d.value, 0),
        approximate: grouped.some((d) => d.approximate),
        // Less than asserted when any member is; computed from the members.
        certainty: grouped.find((d) => d.certainty != 'asserted')?.certainty ?? 'asserted',
        evidence: [...new Set(grouped.flatMap((d) => d.evidence))],
        members: grouped.map((d) => `${d.name} ${d.valueText}`),
        color: 'var(--_other)',
      }),
    );
    notes.push(
      `“${name}” groups the ${grouped.length} smallest shares (${grouped.map((d) => d.name).join(', ')}).`,
    );
  }
  shares.forEach((d, i) => d.kind == 'share' && (d.color = `var(--_c${(i % 7) + 1})`));
  const slices = remainder ? [...shares, remainder] : shares;

  const given = `The shares add up to ${formatPercent((sum / total) * 100, lang, approximate, true)}`;
  if (sum < total * 0.999) {
    const gap = make({
      ...base,
      id: 'missing',
      kind: 'missing',
      name: 'Not accounted for',
      value: total - sum,
      approximate,
      color: 'var(--_fg-muted)',
    });
    slices.push(gap);
    notes.push(`${given}; the missing ${gap.valueWords} is the dashed, empty slice.`);
  } else if (sum > total * 1.001) {
    notes.push(`${given}, more than the whole; slices are drawn in proportion to that sum.`);
  }
  return { slices, notes, sum };
}

const point = (r: number, a: number): [number, number] => [r * Math.sin(a), -r * Math.cos(a)];

/**
 * True when a w×h label box centred in the ring sector fits it: its extent along the radius
 * fits the ring's thickness, and its extent across fits the sector's width at the inner radius.
 */
export function fitsInside(
  w: number,
  h: number,
  start: number,
  end: number,
  r0: number,
  r1: number,
): boolean {
  const mid = (start + end) / 2;
  const s = Math.abs(Math.sin(mid));
  const c = Math.abs(Math.cos(mid));
  return r1 - r0 >= w * s + h * c + 6 && Math.abs(end - start) * r0 >= w * c + h * s + 6;
}

/**
 * Lays out the donut for a series in a plot box of `width` × `height`. Call
 * {@link checkSeries} first: values that fail it must not reach this function.
 */
export function layoutDonut(series: Series, options: DonutOptions): DonutModel {
  const { width, height, lang, rtl, names, selected } = options;
  const { measure } = series;
  const { slices: drafts, notes, sum } = sliceSeries(series, lang, names);
  // Each slice's share of the circle, in the data's order.
  const whole = drafts.reduce((a, d) => a + d.value, 0);
  let at = 0;
  const angles = enforceMinAngle(drafts.map((d) => (whole > 0 ? (d.value / whole) * 2 * Math.PI : 0))).map(
    (s) => {
      const start = at;
      at += s;
      return {
        startAngle: rtl ? -at : start,
        endAngle: rtl ? -start : at,
      };
    },
  );
  const mids = angles.map((a) => (a.startAngle + a.endAngle) / 2);

  const cx = width / 2;
  const cy = height / 2;
  const rMax = Math.max(0, Math.min(cx, cy) - 6);
  const outsideW = (d: Draft) => textWidth(`${d.name} ${d.valueText}`, LABEL_SIZE);
  const insideAt = (r: number) =>
    drafts.map((d, i) =>
      fitsInside(
        Math.max(textWidth(d.name, LABEL_SIZE), textWidth(d.valueText, LABEL_SIZE)),
        2 * LINE,
        angles[i]!.startAngle,
        angles[i]!.endAngle,
        r * INNER_RATIO,
        r,
      ),
    );
  let radius = rMax;
  let inside = insideAt(radius);
  // Labels that do not fit: shrink the ring (not too much) to make room for them outside.
  const widest = Math.max(...drafts.map((d, i) => (inside[i] ? 0 : outsideW(d))));
  const rOut = Math.min(cy - 12, cx - 26 - widest);
  if (widest && rOut >= 0.68 * rMax && rOut >= 48) inside = insideAt((radius = rOut));
  const r0 = radius * INNER_RATIO;
  const arcPath = arc<(typeof angles)[number]>()
    .innerRadius(r0)
    .outerRadius(radius)
    .padAngle(PAD_ANGLE)
    .cornerRadius(1.5);

  const labels: LabelModel[] = mids.map((mid, i) => {
    const [x, y] = point((r0 + radius) / 2, mid);
    return { mode: inside[i] ? 'inside' : 'legend', x, y, anchor: 'middle', leader: '' };
  });

  // Outside labels: one line beside the ring, stacked down each side; those that run off
  // the box or are too wide for the room beside the ring stay in the legend.
  for (const side of [1, -1]) {
    let last = -cy;
    const hx = side * (radius + 16);
    mids
      .map((mid, i) => ({ mid, i, y: point(radius + 12, mid)[1] }))
      .filter(({ mid, i }) => !inside[i] && (Math.sin(mid) < 0 ? -1 : 1) == side)
      .sort((a, b) => a.y - b.y)
      .forEach(({ mid, i, y }) => {
        y = Math.max(y, last + LINE);
        if (y > cy - 8 || y < 8 - cy || outsideW(drafts[i]!) > cx - radius - 20) return;
        last = y;
        const [ax, ay] = point(radius, mid);
        const [ex, ey] = point(radius + 10, mid);
        labels[i] = {
          mode: 'outside',
          x: hx + side * 4,
          y,
          anchor: side < 0 == !rtl ? 'end' : 'start',
          leader: `M${r(ax)},${r(ay)}L${r(ex)},${r(ey)}L${r(hx)},${r(y)}`,
        };
      });
  }

  const slices: SliceModel[] = drafts.map((d, i) => ({
    ...d,
    ...angles[i]!,
    path: radius > 0 ? arcPath(angles[i]!)! : '',
    label: labels[i]!,
  }));

  const real = slices.filter((s) => s.kind != 'missing');
  const largest = real.reduce<SliceModel | undefined>((m, s) => (m && m.value >= s.value ? m : s), undefined);
  const focus = slices.find((s) => s.id == selected) ?? largest;
  const nameSize = Math.round(Math.max(12, Math.min(16, r0 * 0.16)));
  // Characters of the name that fit across the hole.
  const fit = Math.floor((1.7 * r0) / (nameSize * 0.6));
  let centre: DonutModel['centre'] = null;
  if (focus && r0 >= 28) {
    const { id, name } = focus;
    centre = {
      id,
      value: focus.valueText,
      name: name.length > fit ? `${name.slice(0, fit - 1).trimEnd()}…` : name,
      valueSize: Math.round(Math.max(16, Math.min(44, r0 * 0.42))),
      nameSize,
    };
    focus.label = { ...focus.label, mode: 'centre' };
  }

  const remainder = real.find((s) => s.hatch && s != largest);
  const missing = slices.find((s) => s.kind == 'missing');
  const summary = largest
    ? `${largest.hatch ? 'The part the source does not specify' : largest.name} accounts for ${largest.valueWords} of ${measure}` +
      (remainder ? `; the source does not specify the remaining ${remainder.valueWords}` : '') +
      (missing ? `; ${missing.valueWords} is not accounted for` : '') +
      '.'
    : '';

  return {
    width,
    height,
    cx,
    cy,
    radius,
    innerRadius: r0,
    slices,
    centre,
    notes,
    sum,
    total: series.total,
    summary,
  };
}

const r = (n: number) => Math.round(n * 10) / 10;
