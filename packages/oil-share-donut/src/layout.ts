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
import { arc, pie } from 'd3-shape';
import { formatPercent } from '@nutgraf/core';
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
  /** The values grouped in an `other` slice. */
  members: { name: string; value: number; approximate: boolean }[];
  /** CSS colour: a palette token, or `none` for the missing part. */
  color: string;
  /** Drawn with the hatch pattern (remainder). */
  hatch: boolean;
  startAngle: number;
  endAngle: number;
  /** True when the slice was widened to {@link MIN_ANGLE}. */
  widened: boolean;
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

/** A value that cannot be drawn. */
export interface SeriesProblem {
  index: number;
  message: string;
}

/** The name of a value for messages and labels. */
export function nameOf(v: SeriesValue, names: Record<string, string> | undefined): string {
  return (v.entity && names?.[v.entity]) || v.label || v.entity || '';
}

/**
 * Checks every value of a series. Returns one problem per bad entry, each naming it:
 * a missing, non-numeric, NaN or infinite value, zero, or a negative value.
 */
export function checkSeries(series: Series, names?: Record<string, string>): SeriesProblem[] {
  const problems: SeriesProblem[] = [];
  const { title } = series;
  const values = Array.isArray(series.values) ? series.values : [];
  const whole = (what: string) => problems.push({ index: -1, message: `The series “${title}” has ${what}.` });
  if (!values.length) whole('no values');
  values.forEach((v, index) => {
    const value = (v as { value?: unknown }).value;
    const what =
      value === undefined || value === null
        ? 'has no value'
        : typeof value !== 'number' || Number.isNaN(value)
          ? `has a value that is not a number (${String(value)})`
          : !Number.isFinite(value)
            ? 'has an infinite value'
            : value === 0
              ? 'has a share of zero, which cannot be drawn'
              : value < 0
                ? `has a negative share (${value})`
                : '';
    if (what)
      problems.push({
        index,
        message: `Entry ${index + 1} (“${nameOf(v, names) || 'unnamed'}”) of “${title}” ${what}.`,
      });
  });
  if (values.filter((v) => v.remainder).length > 1) whole('more than one remainder');
  if (!(series.total > 0)) whole('no positive total');
  return problems;
}

/** Estimated width (px) of a text at a font size; conservative for proportional fonts. */
export function textWidth(text: string, size = LABEL_SIZE): number {
  let w = 0;
  for (const ch of text) w += /[\s.,:;'’!|il1()]/.test(ch) ? 0.32 : /[MWmw%@—]/.test(ch) ? 0.9 : 0.6;
  return w * size;
}

interface Draft extends Omit<SliceModel, 'startAngle' | 'endAngle' | 'widened' | 'path' | 'label'> {
  sort: number;
}

const WEAKER: Certainty[] = ['asserted', 'reported', 'opinion', 'predicted', 'hypothetical'];

/**
 * Spreads angles so that no slice is narrower than `min`, taking the extra from the
 * others in proportion to their size. `spans` sum to `full`.
 */
export function enforceMinAngle(spans: number[], min = MIN_ANGLE, full = 2 * Math.PI): number[] {
  const out = spans.slice();
  if (min * spans.length >= full) return spans.map(() => full / spans.length);
  const fixed = new Set<number>();
  for (let round = 0; round < spans.length; round++) {
    let changed = false;
    out.forEach((s, i) => {
      if (!fixed.has(i) && s < min) {
        fixed.add(i);
        changed = true;
      }
    });
    if (!changed) break;
    const free = full - fixed.size * min;
    const freeSum = spans.reduce((acc, s, i) => (fixed.has(i) ? acc : acc + s), 0);
    spans.forEach((s, i) => (out[i] = fixed.has(i) ? min : (s / freeSum) * free));
  }
  return out;
}

/** The slices a series is drawn with, before geometry: grouping, remainder, gap. */
export function sliceSeries(
  series: Series,
  lang = 'en',
  names?: Record<string, string>,
): { slices: Draft[]; notes: string[]; sum: number } {
  const { total, measure } = series;
  const pct = (v: number, approx: boolean, words = false) =>
    formatPercent((v / total) * 100, lang, approx, words);
  const make = (
    id: string,
    kind: SliceKind,
    name: string,
    value: number,
    approximate: boolean,
    rest: Partial<Draft>,
  ): Draft => ({
    id,
    kind,
    entity: null,
    name,
    value,
    approximate,
    certainty: 'asserted',
    basis: 'computed',
    evidence: [],
    members: [],
    color: '',
    hatch: false,
    valueText: pct(value, approximate),
    valueWords: pct(value, approximate, true),
    accessibleName: '',
    sort: Infinity,
    ...rest,
  });
  const all = series.values.map((v, sort) => {
    const r = !!v.remainder;
    return make(
      r ? 'remainder' : (v.entity ?? `entry-${sort}`),
      r ? 'remainder' : 'share',
      r ? v.label : nameOf(v, names),
      v.value,
      v.approximate,
      {
        entity: r ? null : (v.entity ?? null),
        certainty: v.certainty,
        basis: v.basis,
        evidence: v.evidence ?? [],
        color: r ? 'var(--_neutral)' : '',
        hatch: r,
        sort,
      },
    );
  });
  const remainder = all.find((d) => d.hatch);
  const shares = all.filter((d) => !d.hatch).sort((a, b) => b.value - a.value || a.sort - b.sort);
  const notes: string[] = [];
  const sum = series.values.reduce((acc, v) => acc + v.value, 0);
  const anyApprox = series.values.some((v) => v.approximate);

  const capacity = MAX_SLICES - (remainder ? 1 : 0);
  const kept = shares.slice(0, shares.length > capacity ? capacity - 1 : capacity);
  const grouped = shares.slice(kept.length);
  if (grouped.length) {
    const other = make(
      'other',
      'other',
      `Other (${grouped.length})`,
      grouped.reduce((acc, d) => acc + d.value, 0),
      grouped.some((d) => d.approximate),
      {
        certainty: grouped.reduce<Certainty>(
          (w, d) => (WEAKER.indexOf(d.certainty) > WEAKER.indexOf(w) ? d.certainty : w),
          'asserted',
        ),
        basis: grouped.every((d) => d.basis === grouped[0]!.basis) ? grouped[0]!.basis : 'computed',
        evidence: [...new Set(grouped.flatMap((d) => d.evidence))],
        members: grouped.map((d) => ({ name: d.name, value: d.value, approximate: d.approximate })),
        color: 'var(--_other)',
      },
    );
    kept.push(other);
    notes.push(
      `The ${grouped.length} smallest shares (${grouped.map((d) => d.name).join(', ')}) are grouped as “${other.name}”: ${other.valueWords} of ${measure} in all.`,
    );
  }
  kept.forEach((d, i) => {
    if (d.kind === 'share') d.color = `var(--_c${(i % 7) + 1})`;
  });
  const slices = remainder ? [...kept, remainder] : kept;

  const eps = total * 0.001;
  const given = `The shares given add up to ${pct(sum, anyApprox, sum < total)}`;
  if (sum < total - eps) {
    const gap = make('missing', 'missing', 'Not accounted for', total - sum, anyApprox, { color: 'none' });
    slices.push(gap);
    notes.push(
      `${given} of ${measure}; the missing ${gap.valueWords} is drawn as an empty, dashed slice marked “${gap.name}”.`,
    );
  } else if (sum > total + eps) {
    notes.push(
      `${given}, more than the whole; each slice is drawn in proportion to that sum, and labels keep the stated values.`,
    );
  }
  for (const d of slices)
    d.accessibleName = `${d.name}: ${d.valueWords} of ${measure}${
      d.hatch
        ? ', the part the source does not specify'
        : d.kind === 'missing'
          ? ' missing from the shares given'
          : d.certainty === 'asserted'
            ? ''
            : ` (${d.certainty})`
    }`;
  return { slices, notes, sum };
}

const point = (r: number, a: number): [number, number] => [r * Math.sin(a), -r * Math.cos(a)];

/** True when a w×h box centred on the slice's middle fits inside the ring sector. */
export function fitsInside(
  w: number,
  h: number,
  start: number,
  end: number,
  r0: number,
  r1: number,
): boolean {
  const lo = Math.min(start, end);
  const span = Math.max(start, end) - lo;
  const mid = lo + span / 2;
  const [cx, cy] = point((r0 + r1) / 2, mid);
  const margin = 3;
  const full = 2 * Math.PI;
  // The box's corners, the middles of its sides (and its centre) must all be inside.
  for (const dx of [-1, 0, 1])
    for (const dy of [-1, 0, 1]) {
      const x = cx + (dx * w) / 2;
      const y = cy + (dy * h) / 2;
      const r = Math.hypot(x, y);
      if (r < r0 + margin || r > r1 - margin) return false;
      const d = (((Math.atan2(x, -y) - lo) % full) + full) % full;
      const off = Math.asin(Math.min(1, margin / r));
      if (span < full - 1e-9 && (d < off || d > span - off)) return false;
    }
  return true;
}

/**
 * Lays out the donut for a series in a plot box of `width` × `height`. Call
 * {@link checkSeries} first: values that fail it must not reach this function.
 */
export function layoutDonut(series: Series, options: DonutOptions): DonutModel {
  const { width, height, lang = 'en', rtl = false, names, selected = null } = options;
  const { slices: drafts, notes, sum } = sliceSeries(series, lang, names);
  const arcs = pie<Draft>()
    .sort(null)
    .value((d) => d.value)
    .startAngle(0)
    .endAngle(2 * Math.PI)(drafts);
  const spans = enforceMinAngle(arcs.map((a) => a.endAngle - a.startAngle));
  let at = 0;
  const angles = spans.map((s, i) => {
    const start = at;
    at += s;
    const end = at;
    return {
      start: rtl ? -end : start,
      end: rtl ? -start : end,
      widened: s > arcs[i]!.endAngle - arcs[i]!.startAngle + 1e-9,
    };
  });

  const cx = width / 2;
  const cy = height / 2;
  const rMax = Math.max(0, Math.min(width, height) / 2 - 6);
  const boxOf = (d: Draft) => ({
    w: Math.max(textWidth(d.name), textWidth(d.valueText)) + 4,
    h: 2 * LINE,
  });
  const insideAt = (r: number) =>
    drafts.map((d, i) => {
      const { w, h } = boxOf(d);
      return fitsInside(w, h, angles[i]!.start, angles[i]!.end, r * INNER_RATIO, r);
    });
  let radius = rMax;
  let inside = insideAt(radius);
  const outsideW = (d: Draft) => textWidth(`${d.name} ${d.valueText}`) + 26;
  if (inside.some((f) => !f)) {
    const widest = Math.max(...drafts.map((d, i) => (inside[i] ? 0 : outsideW(d))));
    const rOut = Math.min(height / 2 - 12, width / 2 - widest);
    if (rOut >= 0.68 * rMax && rOut >= 48) {
      radius = rOut;
      inside = insideAt(radius);
    }
  }
  const r0 = radius * INNER_RATIO;
  const arcPath = arc<{ startAngle: number; endAngle: number }>()
    .innerRadius(r0)
    .outerRadius(radius)
    .padAngle(PAD_ANGLE)
    .cornerRadius(1.5);

  const labels: LabelModel[] = drafts.map((_, i) => {
    const mid = (angles[i]!.start + angles[i]!.end) / 2;
    const [x, y] = point((r0 + radius) / 2, mid);
    return inside[i]
      ? { mode: 'inside', x: cx + x, y: cy + y, anchor: 'middle', leader: '' }
      : { mode: 'legend', x: 0, y: 0, anchor: 'middle', leader: '' };
  });

  // Outside labels: one line at the side of the ring, pushed apart vertically.
  const room = width / 2 - radius - 20;
  for (const side of [1, -1]) {
    const items = drafts
      .map((d, i) => ({ d, i, mid: (angles[i]!.start + angles[i]!.end) / 2 }))
      .filter(({ i, mid }) => !inside[i] && (Math.sin(mid) >= 0 ? 1 : -1) === side)
      .map((o) => ({ ...o, y: point(radius + 12, o.mid)[1] }))
      .sort((a, b) => a.y - b.y);
    let last = -Infinity;
    const placed: typeof items = [];
    for (const it of items) {
      const y = Math.max(it.y, last + LINE);
      if (y > height / 2 - 8 || y < -height / 2 + 8 || outsideW(it.d) - 26 > room) continue;
      it.y = y;
      last = y;
      placed.push(it);
    }
    // Pull back up when the stack ran off the bottom.
    for (const it of placed) {
      const [ax, ay] = point(radius, it.mid);
      const [ex, ey] = point(radius + 10, it.mid);
      const hx = side * (radius + 16);
      const left = side < 0;
      labels[it.i] = {
        mode: 'outside',
        x: cx + hx + side * 4,
        y: cy + it.y,
        anchor: left !== rtl ? 'end' : 'start',
        leader: `M${r(cx + ax)},${r(cy + ay)}L${r(cx + ex)},${r(cy + ey)}L${r(cx + hx)},${r(cy + it.y)}`,
      };
    }
  }

  const slices: SliceModel[] = drafts.map((d, i) => {
    const { start: startAngle, end: endAngle, widened } = angles[i]!;
    return {
      ...d,
      startAngle,
      endAngle,
      widened,
      path: radius > 0 ? (arcPath({ startAngle, endAngle }) ?? '') : '',
      label: labels[i]!,
    };
  });

  const real = slices.filter((s) => s.kind !== 'missing');
  const largest = real.reduce<SliceModel | undefined>((m, s) => (!m || s.value > m.value ? s : m), undefined);
  const focus = slices.find((s) => s.id === selected) ?? largest;
  const valueSize = Math.round(Math.max(16, Math.min(44, r0 * 0.42)));
  const nameSize = Math.round(Math.max(12, Math.min(16, r0 * 0.16)));
  const centre =
    focus && r0 >= 28
      ? {
          id: focus.id,
          value: focus.valueText,
          name: fitText(focus.name, 2 * r0 * 0.85, nameSize),
          valueSize,
          nameSize,
        }
      : null;

  const named = centre ? slices.find((s) => s.id === centre.id) : undefined;
  if (named) named.label = { mode: 'centre', x: cx, y: cy, anchor: 'middle', leader: '' };

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
    summary: summarise(series, slices, largest),
  };
}

/** Shortens a text with "…" to fit a width. */
export function fitText(text: string, width: number, size = LABEL_SIZE): string {
  if (textWidth(text, size) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(`${out}…`, size) > width) out = out.slice(0, -1);
  return `${out.trimEnd()}…`;
}

function summarise(series: Series, slices: SliceModel[], largest: SliceModel | undefined): string {
  if (!largest) return '';
  const rest = slices.filter((s) => s !== largest && (s.kind === 'share' || s.kind === 'other'));
  const remainder = slices.find((s) => s.kind === 'remainder');
  const missing = slices.find((s) => s.kind === 'missing');
  const lead =
    largest.kind === 'remainder'
      ? `The largest part of ${series.measure}, ${largest.valueWords}, is not specified by the source`
      : `${largest.name} accounts for ${largest.valueWords} of ${series.measure}`;
  const parts: string[] = [];
  if (rest.length) parts.push(`${rest.length} other ${rest.length === 1 ? 'share is' : 'shares are'} given`);
  if (remainder && remainder !== largest)
    parts.push(`the source does not specify the remaining ${remainder.valueWords}`);
  if (missing) parts.push(`${missing.valueWords} is not accounted for`);
  return `${lead}${parts.length ? `; ${parts.join(', and ')}` : ''}.`;
}

const r = (n: number) => Math.round(n * 10) / 10;
