/**
 * Pure layout of the share donut: a series and a size in, a plain model out (SVG path
 * strings, label positions, notes, problems, sentences). No DOM, no Lit.
 *
 * The rules for hard data live here, so they can be tested with numbers:
 * - zero or negative values are problems naming the entry (nothing is drawn);
 * - the whole is the series' `total`; for a percent series without one, 100; for a share
 *   inside a share without one, the parent's value when it is in the same unit;
 * - with a whole, values adding up to less get the rest as one neutral, hatched slice, "not
 *   specified by the source", computed and never split; values adding up to more are drawn
 *   in proportion to their sum, with a note;
 * - without a whole, nothing is computed: the ring shows the values as parts of their own
 *   sum, the labels show the values themselves (never percentages), and a note says so;
 * - a value the source gives as the rest (`remainder: 'stated'`) is a labelled slice like
 *   any other, drawn after the shares; an `unspecified` one is neutral and hatched;
 * - more than {@link MAX_SLICES} slices: the smallest shares are grouped into "Other (n)";
 * - a tiny slice keeps at least {@link MIN_ANGLE} of the circle;
 * - a label that does not fit inside its slice moves outside with a leader line, or to the legend.
 *
 * @module
 */
import { PALETTE_SIZE, certaintyWords, formatNumber, msg, textWidth } from '@nutgraf/core';
import type { Attribution, Basis, Certainty, Series, SeriesValue } from '@nutgraf/core';
import './messages.js';

/** At most this many slices come from the data (the computed rest is extra). */
export const MAX_SLICES = 8;
/** The smallest angle (radians) a slice is drawn with, so it stays visible and focusable. */
export const MIN_ANGLE = 0.05;
/** Gap between slices (radians, at the ring's pad radius). */
export const PAD_ANGLE = 0.008;
/** Inner radius as a fraction of the outer radius. */
export const INNER_RATIO = 0.58;
/** Label font size (px). */
export const LABEL_SIZE = 12;
/** Line height of labels (px). */
const LINE = 15;
/** Id of the computed rest of a known whole (named "Not specified by the source"). */
export const REST = 'rest';

/**
 * What a slice stands for: a share, the grouped smallest shares, the rest as the source
 * states it, or a part the source does not specify (given, or computed from the whole).
 */
export type SliceKind = 'share' | 'other' | 'stated' | 'unspecified';

/** Where a slice's label went. */
export type LabelMode = 'inside' | 'outside' | 'legend' | 'centre';

/** One drawn slice. Angles in radians, clockwise from 12 o'clock (mirrored in right-to-left). */
export interface SliceModel {
  /** Stable id: the entity id (first value of the entity), else `entry-<index>`; `other`; `rest` (the computed rest). */
  id: string;
  kind: SliceKind;
  entity: string | null;
  /** Display name: the entity's name, the value's label, "Other (3)", "Not specified by the source". */
  name: string;
  /** The value as given (for `other`, the sum of its members; for `rest`, computed). */
  value: number;
  approximate: boolean;
  certainty: Certainty;
  basis: Basis;
  attribution?: Attribution;
  evidence: string[];
  /** The values grouped in an `other` slice, as "Alpha 3%". */
  members: string[];
  /** CSS colour: a palette slot, `var(--_other)`, or neutral (hatched). */
  color: string;
  /** Drawn with the hatch pattern (a part the source does not specify). */
  hatch: boolean;
  startAngle: number;
  endAngle: number;
  path: string;
  /** Value for labels: "~80%", "~2.9 bcm". */
  valueText: string;
  /** Value in words: "around 80%", "around 2.9 billion cubic metres". */
  valueWords: string;
  /** "Alpha: around 80% of the measure, according to X". */
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

/** The series a share inside a share divides, and the value of it that is the whole. */
export interface ParentShare {
  series: Series;
  value: SeriesValue;
  /** Display name of the value. */
  name: string;
}

/** Inputs to {@link layoutDonut}. */
export interface DonutOptions {
  /** Plot box in CSS px. */
  width: number;
  height: number;
  lang?: string;
  rtl?: boolean;
  /** Names in the page's language, by the entity name a value's label may repeat (see {@link nameOf}). */
  names?: Map<string, string>;
  /** Id of the selected slice: the centre names it (else the largest). */
  selected?: string | null;
  /** Palette slot (1-based) by {@link colorKey}, from {@link colorSlotsOf}. */
  slots?: Map<string, number>;
  /** Who says a claim, in words ("according to X"), or undefined. */
  said?: (attribution: Attribution | undefined, certainty?: Certainty) => string | undefined;
  /** For a share inside a share: the parent value that is this series' whole. */
  parent?: ParentShare;
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
  /** Every value as given, ungrouped, and the computed rest: the rows of the data table. */
  parts: SlicePart[];
  centre: { id: string; value: string; name: string; valueSize: number; nameSize: number } | null;
  /** Visible notes explaining what the reader sees (no whole, excess, grouping). */
  notes: string[];
  /** Sum of the values as given. */
  sum: number;
  /** The whole the values are parts of, when known. */
  total: number | undefined;
  /** For a share inside a share: "of Alpha’s around 80% of the measure". */
  within: string;
  /** One sentence saying what the graphic shows. */
  summary: string;
}

/** A value that cannot be drawn (`index` -1: the series as a whole). */
export interface SeriesProblem {
  index: number;
  message: string;
}

/**
 * The name of a value for messages and labels: its label, the dataset's words for the part
 * ("Alpha (pipeline)", "Everyone else"); a label that is just an entity's name is that name in
 * the page's language (`names`: source name → localised name).
 */
export function nameOf(v: SeriesValue, names: Map<string, string> | undefined): string {
  return names?.get(v.label) ?? v.label;
}

/**
 * Checks what validation does not: core's validation rejects values that are missing or not
 * finite numbers (naming their path); here the series must have values, each above zero.
 * Returns one problem per bad entry, each naming it, in `lang`.
 */
export function checkSeries(series: Series, names?: Map<string, string>, lang = 'en'): SeriesProblem[] {
  const problems: SeriesProblem[] = series.values.length
    ? []
    : [{ index: -1, message: msg('donut.noValues', { title: series.title }, lang) }];
  series.values.forEach(
    (v, index) =>
      v.value > 0 ||
      problems.push({
        index,
        message: msg(
          v.value ? 'donut.negative' : 'donut.zero',
          { n: index + 1, name: nameOf(v, names), value: v.value },
          lang,
        ),
      }),
  );
  return problems;
}

/**
 * A value with its unit, in the page's language: "~80%", "~2.9 bcm"; in words "around 80%",
 * "around 2.9 billion cubic metres".
 */
export function formatValue(
  series: Pick<Series, 'unit' | 'unitName'>,
  value: number,
  approximate: boolean,
  words: boolean,
  lang = 'en',
): string {
  // As precise as the data (to two decimals): a value given as 25.1 never reads "25%".
  const text =
    series.unit == 'percent'
      ? formatNumber(value / 100, lang, { style: 'percent', maximumFractionDigits: 2 })
      : `${formatNumber(value, lang, { maximumFractionDigits: 2 })} ${(words && series.unitName) || series.unit}`;
  if (!approximate) return text;
  return words
    ? msg(series.unit == 'percent' ? 'percent.around' : 'around', { value: text }, lang)
    : '~' + text;
}

/**
 * The whole a series divides: its `total`; else 100 for percent; else, inside a share, the
 * parent's value when it is in the same unit; else unknown.
 */
export function wholeOf(series: Series, parent?: ParentShare): number | undefined {
  return (
    series.total ??
    (series.unit == 'percent' ? 100 : parent?.series.unit == series.unit ? parent?.value.value : undefined)
  );
}

/** The key a value's colour is kept under across series: its entity, else its label. */
export const colorKey = (v: SeriesValue) => v.entity ?? `label:${v.label}`;

/**
 * Palette slots for every value of every series, the same for a value's entity in all of
 * them: the first series first, each in drawing order (largest first), each new key taking
 * the next slot round the palette. Parts the source does not specify take none.
 */
export function colorSlotsOf(list: Series[]): Map<string, number> {
  const slots = new Map<string, number>();
  for (const s of list)
    for (const v of [...s.values].sort((a, b) => +!!a.remainder - +!!b.remainder || b.value - a.value))
      if (v.remainder != 'unspecified' && !slots.has(colorKey(v)))
        slots.set(colorKey(v), (slots.size % PALETTE_SIZE) + 1);
  return slots;
}

/** A slice before geometry; also a row of the data table. */
export type SlicePart = Omit<SliceModel, 'startAngle' | 'endAngle' | 'path' | 'label'>;
type Draft = SlicePart;

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

/** The slices a series is drawn with, before geometry: order, grouping, colours, the rest. */
export function sliceSeries(
  series: Series,
  options: Omit<DonutOptions, 'width' | 'height'> = {},
): { slices: Draft[]; parts: Draft[]; notes: string[]; sum: number; total: number | undefined } {
  const { lang, names, said, parent } = options;
  const { measure, values } = series;
  const slots = options.slots ?? colorSlotsOf([series]);
  const total = wholeOf(series, parent);
  const format = (value: number, approximate: boolean, words: boolean) =>
    formatValue(series, value, approximate, words, lang);
  const restNames = [msg('donut.restName', {}, lang), msg('donut.restName')];
  const make = (v: Omit<Draft, 'valueText' | 'valueWords' | 'accessibleName'>): Draft => {
    const valueWords = format(v.value, v.approximate, true);
    const text = [
      msg('donut.of', { value: valueWords, measure }, lang),
      // Unless its name says so already.
      v.hatch && v.id != REST && !restNames.includes(v.name) ? msg('donut.notSpecified', {}, lang) : '',
      v.kind == 'stated' ? msg('donut.theRest', {}, lang) : '',
      said?.(v.attribution, v.certainty) ?? '',
    ]
      .filter(Boolean)
      .join(msg('comma', {}, lang));
    return {
      ...v,
      valueText: format(v.value, v.approximate, false),
      valueWords,
      accessibleName: msg(
        'colon',
        {
          label: v.name,
          text:
            v.certainty == 'asserted'
              ? text
              : msg('paren', { text, more: certaintyWords(v.certainty, lang) }, lang),
        },
        lang,
      ),
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
  const rests: Draft[] = [];
  const shares: Draft[] = [];
  values.forEach((v, i) => {
    const hatch = v.remainder == 'unspecified';
    const d = make({
      ...base,
      ...v,
      // The entity's id, unless an earlier value has the same entity.
      id: v.entity && values.findIndex((w) => w.entity == v.entity) == i ? v.entity : `entry-${i}`,
      kind: hatch ? 'unspecified' : v.remainder ? 'stated' : 'share',
      entity: v.entity ?? null,
      name: nameOf(v, names),
      color: hatch ? 'var(--_neutral)' : `var(--_c${slots.get(colorKey(v)) ?? 1})`,
      hatch,
    });
    (v.remainder ? rests : shares).push(d);
  });
  // Largest first; equal values keep their order (sort is stable). The rest, stated before
  // unspecified, comes after the shares and is never grouped.
  shares.sort((a, b) => b.value - a.value);
  rests.sort((a, b) => +a.hatch - +b.hatch);
  const parts = [...shares, ...rests];
  const notes: string[] = [];
  const sum = values.reduce((a, v) => a + v.value, 0);
  const approximate = values.some((v) => v.approximate);

  const capacity = MAX_SLICES - rests.length;
  const grouped = shares.length > capacity ? shares.splice(capacity - 1) : [];
  if (grouped.length) {
    const name = msg('donut.other', { count: grouped.length }, lang);
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
      msg(
        'donut.grouped',
        { name, count: grouped.length, names: grouped.map((d) => d.name).join(msg('comma', {}, lang)) },
        lang,
      ),
    );
  }
  const slices = [...shares, ...rests];
  // Two slices of one donut never share a colour while a slot is free.
  const used = new Set<string>();
  for (const d of slices)
    if (d.kind == 'share' || d.kind == 'stated') {
      for (let i = 1; used.has(d.color) && i <= PALETTE_SIZE; i++) d.color = `var(--_c${i})`;
      used.add(d.color);
    }

  const given = format(sum, approximate, true);
  if (total == undefined) {
    notes.push(msg('donut.noTotal', { sum: given }, lang));
  } else if (sum < total * 0.999) {
    const rest = make({
      ...base,
      id: REST,
      kind: 'unspecified',
      name: msg('donut.restName', {}, lang),
      value: total - sum,
      approximate: approximate || (series.total == undefined && !!parent?.value.approximate),
      color: 'var(--_neutral)',
      hatch: true,
    });
    slices.push(rest);
    parts.push(rest);
  } else if (sum > total * 1.001) {
    notes.push(msg('donut.excess', { sum: given, total: format(total, false, true) }, lang));
  }
  return { slices, parts, notes, sum, total };
}

const point = (r: number, a: number): [number, number] => [r * Math.sin(a), -r * Math.cos(a)];
const r = (n: number) => Math.round(n * 10) / 10;
const at = (radius: number, a: number) => point(radius, a).map(r).join(',');

/**
 * The SVG path of a ring sector from angle `a0` to `a1` (clockwise from 12 o'clock, `a0` <
 * `a1`) between radii `r0` and `r1`, with a gap of {@link PAD_ANGLE} (at the pad radius
 * √(r0² + r1²)) of equal width along its straight edges. A whole turn is a full ring.
 */
export function sectorPath(a0: number, a1: number, r0: number, r1: number): string {
  const span = a1 - a0;
  if (span > 2 * Math.PI - 1e-6)
    return [r1, r0]
      .map(
        (q, i) =>
          `M0,${-r(q)}A${r(q)},${r(q)} 0 1 ${1 - i} 0,${r(q)}A${r(q)},${r(q)} 0 1 ${1 - i} 0,${-r(q)}`,
      )
      .join('');
  const half = (Math.hypot(r0, r1) * PAD_ANGLE) / 2;
  const side = (q: number, sweep: number) => {
    const p = Math.min(Math.asin(Math.min(1, half / q)), span / 2);
    const [from, to] = sweep ? [a0 + p, a1 - p] : [a1 - p, a0 + p];
    return `${at(q, from)}A${r(q)},${r(q)} 0 ${+(span - 2 * p > Math.PI)} ${sweep} ${at(q, to)}`;
  };
  return `M${side(r1, 1)}L${side(r0, 0)}Z`;
}

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
  const { width, height, lang, rtl, selected, parent } = options;
  const { measure } = series;
  const { slices: drafts, parts, notes, sum, total } = sliceSeries(series, options);
  // Each slice's share of the circle, in drawing order.
  const whole = drafts.reduce((a, d) => a + d.value, 0);
  let run = 0;
  const angles = enforceMinAngle(drafts.map((d) => (whole > 0 ? (d.value / whole) * 2 * Math.PI : 0))).map(
    (s) => {
      const start = run;
      run += s;
      return {
        startAngle: rtl ? -run : start,
        endAngle: rtl ? -start : run,
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
        labels[i] = {
          mode: 'outside',
          x: hx + side * 4,
          y,
          anchor: side < 0 == !rtl ? 'end' : 'start',
          leader: `M${at(radius, mid)}L${at(radius + 10, mid)}L${r(hx)},${r(y)}`,
        };
      });
  }

  const slices: SliceModel[] = drafts.map((d, i) => ({
    ...d,
    ...angles[i]!,
    path: radius > 0 ? sectorPath(angles[i]!.startAngle, angles[i]!.endAngle, r0, radius) : '',
    label: labels[i]!,
  }));

  // The centre and the summary name the largest part the source names.
  const largest = slices.reduce<SliceModel | undefined>(
    (m, s) => (m && (s.hatch || m.value >= s.value) ? m : s),
    undefined,
  );
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
      // As large as the hole allows, and narrow enough for a long value with its unit.
      valueSize: Math.floor(
        Math.max(12, Math.min(44, r0 * 0.42, (150 * r0) / textWidth(focus.valueText, 100))),
      ),
      nameSize,
    };
    focus.label = { ...focus.label, mode: 'centre' };
  }

  const within = parent
    ? msg(
        'donut.within',
        {
          name: parent.name,
          value: formatValue(parent.series, parent.value.value, parent.value.approximate, true, lang),
          measure: parent.series.measure,
        },
        lang,
      )
    : '';
  const rest = slices.filter((s) => s.hatch && s != largest);
  const more =
    slices
      .filter((s) => s.kind == 'stated' && s != largest)
      .map((s) => msg('donut.statedRest', { value: s.valueWords, name: s.name }, lang))
      .join('') +
    (rest.length
      ? msg(
          'donut.restLeft',
          {
            value: formatValue(
              series,
              rest.reduce((a, s) => a + s.value, 0),
              rest.some((s) => s.approximate),
              true,
              lang,
            ),
          },
          lang,
        )
      : '');
  const summary = largest
    ? msg(
        within ? 'donut.sumWithin' : 'donut.sum',
        { name: largest.name, value: largest.valueWords, measure, within, more },
        lang,
      )
    : '';

  return {
    width,
    height,
    cx,
    cy,
    radius,
    innerRadius: r0,
    slices,
    parts,
    centre,
    notes,
    sum,
    total,
    within,
    summary,
  };
}
