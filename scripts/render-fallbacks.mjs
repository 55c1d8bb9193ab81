#!/usr/bin/env node
// `npm run fallbacks`: renders, in Node, static fallback content for each nutgraf tag from the
// bundled dataset — a static SVG of the chart and a <table> — with the components' own pure
// layout modules (packages/<pkg>/src/layout.ts). Writes packages/nutgraf/dist/fallbacks/<tag>.html
// and puts the same markup inside each tag of the demo page (demo/index.html), as light-DOM
// children: shown when scripts are off (AMP, RSS, print, readers without JavaScript), hidden
// once the element upgrades (the components render into a shadow root without a <slot>).
//
// Options: --no-demo (do not touch demo/index.html), --out <dir>.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outDir = args.includes('--out')
  ? args[args.indexOf('--out') + 1]
  : join(root, 'packages/nutgraf/dist/fallbacks');
const writeDemo = !args.includes('--no-demo');

/** Light theme values of the palette tokens (packages/core/src/theme.ts): no CSS variables outside the shadow root. */
const TOKENS = {
  '--_fg': '#1d1d1f',
  '--_fg-muted': '#5b5b61',
  '--_bg': '#ffffff',
  '--_surface': '#f4f4f5',
  '--_land': '#e4e4e7',
  '--_border': '#ffffff',
  '--_rule': '#d4d4d8',
  '--_neutral': '#a1a1aa',
  '--_accent': '#0072b2',
  '--_c1': '#d55e00',
  '--_c2': '#0072b2',
  '--_c3': '#009e73',
  '--_c4': '#cc79a7',
  '--_c5': '#e69f00',
  '--_c6': '#56b4e9',
  '--_c7': '#8a7a00',
};

/** `var(--_c1)` (or a plain colour) → a colour usable in a presentation attribute. */
function colour(value, fallback = TOKENS['--_neutral']) {
  if (!value || value === 'none') return fallback;
  const token = /^var\((--[\w-]+)(?:,\s*(.+))?\)$/.exec(value.trim());
  if (!token) return value;
  return TOKENS[token[1]] ?? (token[2] ? colour(token[2], fallback) : fallback);
}

/** CSS `color-mix(in srgb, a p, b)` of two opaque `#rrggbb` colours (p from 0 to 1). */
function mix(a, b, p) {
  const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  if (!/^#[\da-f]{6}$/i.test(a) || !/^#[\da-f]{6}$/i.test(b)) return a;
  const [x, y] = [rgb(a), rgb(b)];
  return `#${x
    .map((c, i) =>
      Math.round(c * p + y[i] * (1 - p))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

const escape = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
const n = (x) => (Math.round(x * 10) / 10).toString();
/** A path with its numbers rounded to one decimal (a tenth of a pixel or less at the size drawn). */
const d = (path) => path.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (x) => n(Number(x)));

/** Bundles the layout modules (TypeScript, `@nutgraf/*` from source) into one ES module and imports it. */
async function loadLayouts() {
  const tmp = mkdtempSync(join(tmpdir(), 'nutgraf-fallbacks-'));
  const src = (p) => JSON.stringify(join(root, p));
  const entry = `
    export { defaultDataset } from ${src('packages/core/src/default-dataset.ts')};
    export { entityName, formatPercent } from ${src('packages/core/src/i18n.ts')};
    export { certaintyWords } from ${src('packages/core/src/ui/certainty.ts')};
    export * as map from ${src('packages/alliance-map/src/layout.ts')};
    export * as mapWorld from ${src('packages/alliance-map/src/geo/world.ts')};
    export * as mapGroupings from ${src('packages/alliance-map/src/groupings.ts')};
    export * as mapArcs from ${src('packages/alliance-map/src/arcs.ts')};
    export * as mapPlaces from ${src('packages/alliance-map/src/places.ts')};
    export * as mapDescribe from ${src('packages/alliance-map/src/describe.ts')};
    export * as mapTable from ${src('packages/alliance-map/src/table.ts')};
    export * as donut from ${src('packages/oil-share-donut/src/layout.ts')};
    export * as network from ${src('packages/actor-network/src/layout.ts')};
    export * as networkGraph from ${src('packages/actor-network/src/graph.ts')};
    export * as networkSimulate from ${src('packages/actor-network/src/simulate.ts')};
    export * as networkDescribe from ${src('packages/actor-network/src/describe.ts')};
    export { typeColor, relationLabel, relationTypeOf, isNegative, listWords, textWidth } from ${src('packages/core/src/index.ts')};
  `;
  const outfile = join(tmp, 'layouts.mjs');
  await build({
    stdin: { contents: entry, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
    plugins: [
      {
        name: 'nutgraf-sources',
        setup(b) {
          b.onResolve({ filter: /^@nutgraf\// }, ({ path }) => {
            const [, pkg, sub] = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(path);
            return { path: join(root, `packages/${pkg}/src/${sub ?? 'index'}.ts`) };
          });
        },
      },
    ],
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** One table: caption, header row, rows of text. */
function table({ caption, columns, rows }) {
  return `<table>
      <caption>${escape(caption)}</caption>
      <thead><tr>${columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('')}</tr></thead>
      <tbody>
        ${rows.map((r) => `<tr>${r.map((c, i) => (i ? `<td>${escape(c)}</td>` : `<th scope="row">${escape(c)}</th>`)).join('')}</tr>`).join('\n        ')}
      </tbody>
    </table>`;
}

/** The fallback block: a figure with the static SVG, a caption and the table. */
function fallback(tag, { svg, caption, table: t }) {
  return `<div class="nutgraf-fallback" data-nutgraf-fallback="${tag}">
    ${svg}
    <p class="nutgraf-fallback-note">${escape(caption)}</p>
    ${table(t)}
  </div>`;
}

const text = (x, y, s, { anchor = 'middle', size = 12, weight, dy, fill = TOKENS['--_fg'], italic } = {}) =>
  `<text x="${n(x)}" y="${n(y)}"${dy ? ` dy="${dy}"` : ''} text-anchor="${anchor}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''}${italic ? ' font-style="italic"' : ''} fill="${fill}" stroke="${TOKENS['--_bg']}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escape(s)}</text>`;

function donutFallback(L) {
  const ds = L.defaultDataset;
  const chosen = ds.presentation?.share?.series;
  const series = ds.series.find((x) => x.id === chosen) ?? ds.series[0];
  const title = ds.presentation?.share?.heading ?? series.title;
  const width = 400;
  const height = 400;
  const slots = L.donut.colorSlotsOf(ds.series);
  const model = L.donut.layoutDonut(series, { width, height, lang: 'en', slots });
  const slices = model.slices
    .map((s) => {
      const fill = s.hatch ? TOKENS['--_neutral'] : colour(s.color);
      return `<path d="${d(s.path)}" fill="${fill}" stroke="${TOKENS['--_bg']}" stroke-width="1"><title>${escape(s.accessibleName)}</title></path>`;
    })
    .join('');
  const labels = model.slices
    .filter((s) => s.label && (s.label.mode === 'inside' || s.label.mode === 'outside'))
    .map((s) => text(s.label.x, s.label.y, `${s.name} ${s.valueText}`, { anchor: s.label.anchor }))
    .join('');
  const centre = model.centre
    ? text(0, -4, model.centre.value, { size: model.centre.valueSize, weight: 700 }) +
      text(0, model.centre.nameSize + 4, model.centre.name, { size: model.centre.nameSize })
    : '';
  const svg = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(`${title}. ${model.summary}`)}" font-family="system-ui, sans-serif">
      <g transform="translate(${n(model.cx)} ${n(model.cy)})">${slices}${labels}${centre}</g>
    </svg>`;
  return fallback('oil-share-donut', {
    svg,
    caption: `${title}. ${model.summary}${model.notes.length ? ` ${model.notes.join(' ')}` : ''}`,
    table: {
      caption: `${title}: ${series.measure}`,
      columns: ['Part', 'Value', 'Certainty'],
      rows: model.slices.map((s) => [s.name, s.valueWords, L.certaintyWords(s.certainty)]),
    },
  });
}

/** Dash of a stroked line by certainty, and whether it is drawn lighter (core's certaintyStyles). */
const DASH = { reported: '6 4', predicted: '1 4', hypothetical: '1 4', opinion: '1 4' };
const faint = (certainty) => DASH[certainty] === '1 4';
/** A sentence ends with a full stop. */
const sentence = (s) => (/[.!?…]$/.test(s) ? s : `${s}.`);

/**
 * Key items laid out in rows under the map: `{ symbol(x, y), label, row }`, each symbol 14 px
 * wide and centred on y; `row` starts a new row (a new group of the key). Returns the markup
 * and the height it takes.
 */
function keyRows(L, items, width, top, size = 11) {
  const row = 18;
  let x = 0;
  let y = top + row / 2;
  let out = '';
  for (const { symbol, label, row: first } of items) {
    // The estimate with some room: the reader's font may be wider.
    const w = 14 + 5 + L.textWidth(label, size) * 1.1;
    if (x > 0 && (first || x + w > width)) {
      x = 0;
      y += row;
    }
    out += `${symbol(x, y)}<text x="${n(x + 19)}" y="${n(y)}" dy="0.35em" font-size="${size}" fill="${TOKENS['--_fg']}">${escape(label)}</text>`;
    x += w + 14;
  }
  return { svg: out, height: items.length ? y + row / 2 - top : 0 };
}

function mapFallback(L) {
  const ds = L.defaultDataset;
  const words = ds.presentation?.map ?? {};
  const json = JSON.parse(readFileSync(join(root, 'packages/alliance-map/src/geo/world-110m.json'), 'utf8'));
  const world = L.mapWorld.decodeWorld(json, 'world-110m');
  // What the element shows by default: the dataset's grouping, else its first; every arc type.
  const groupings = L.mapGroupings.mapGroupings(ds);
  const grouping = groupings.find((g) => g.id === words.grouping) ?? groupings[0];
  const plan = L.mapArcs.planArcs(ds);
  const heading = words.heading || "Map of the story's actors";
  const width = 640;
  const height = 320;
  // Sentences and the table name entities in full (as the element does when wide); labels on
  // the map are those the element draws at this width (short names below 700 px).
  const name = (e) => L.entityName(e, 'en');
  const labelName = (e) => e.shortName ?? name(e);
  const model = L.map.layoutMap(ds, world, {
    width,
    height,
    grouping,
    fit: L.map.fitCodes(words.frame),
    name: labelName,
    labelSize: 12,
  });
  if (model.unknown.length)
    console.warn(`fallbacks: the map cannot place ${model.unknown.map((e) => e.id).join(', ')}`);
  const t = model.transform;
  const fg = TOKENS['--_fg'];
  const muted = TOKENS['--_fg-muted'];
  const bg = TOKENS['--_bg'];
  const group = colour(grouping?.color, TOKENS['--_accent']);
  // The element's fills (alliance-map.styles.ts): members filled, members known from outside
  // the source lighter; partial members (invited, frozen, former, not asserted) and the story's
  // other countries grey. Partial members are outlined in the grouping's colour (the element
  // also hatches them).
  const fillOf = (style) =>
    style === 'full'
      ? mix(group, bg, 0.8)
      : style === 'outside'
        ? mix(group, bg, 0.4)
        : mix(TOKENS['--_land'], muted, 0.7);
  const countryStroke = (style) =>
    style === 'partial'
      ? `stroke="${group}" stroke-width="1.2"`
      : `stroke="${TOKENS['--_border']}" stroke-width="0.6"`;

  // Shapes are in the reference frame: drawn in screen px with integer coordinates, and left
  // out when wholly outside the frame (they would only add bytes to the page).
  const inFrame = (flat) => {
    const xs = [];
    const ys = [];
    for (const [, x, y] of flat.matchAll(/(-?\d+),(-?\d+)/g)) {
      xs.push(Number(x));
      ys.push(Number(y));
    }
    return !(
      Math.max(...xs) < 0 ||
      Math.min(...xs) > width ||
      Math.max(...ys) < 0 ||
      Math.min(...ys) > height
    );
  };
  /** `d` and `transform` attributes of a reference-frame path, or '' when it is outside the frame. */
  const shapeAttrs = (path) => {
    if (!/^[MLZ\d.,\se-]*$/.test(path))
      return `d="${d(path)}" transform="matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})"`;
    const flat = toScreenPath(path, t);
    return inFrame(flat) ? `d="${flat}"` : '';
  };
  // The countries outside the story in one path where they can be (as the element draws them).
  const landAttrs = `fill="${TOKENS['--_land']}" stroke="${TOKENS['--_border']}" stroke-width="0.6"`;
  const landShapes = model.land.map((l) => shapeAttrs(l.d)).filter(Boolean);
  const flatLand = landShapes.filter((a) => !a.includes('transform='));
  const land = [
    flatLand.length ? `<path d="${flatLand.map((a) => a.slice(3, -1)).join('')}" ${landAttrs} />` : '',
    ...landShapes.filter((a) => a.includes('transform=')).map((a) => `<path ${a} ${landAttrs} />`),
  ].join('');
  // Marks are titled with their names (their relations are in the table); arcs with their sentence.
  const markTitle = (m) => `<title>${escape(name(m.entity))}</title>`;
  const countries = model.marks
    .filter((m) => m.d)
    .map((m) => {
      const attrs = shapeAttrs(m.d);
      const style = m.style ?? 'neutral';
      return attrs
        ? `<path ${attrs} fill="${fillOf(style)}" ${countryStroke(style)} stroke-linejoin="round">${markTitle(m)}</path>`
        : '';
    })
    .join('');
  // Small countries as dots, other actors as diamonds.
  const points = model.marks
    .filter((m) => m.point)
    .map((m) => {
      const { x, y } = m.point;
      const style = m.style ?? 'neutral';
      const paint =
        style === 'partial'
          ? `fill="${bg}" stroke="${group}" stroke-width="2"`
          : `fill="${style === 'neutral' ? muted : fillOf(style)}" stroke="${bg}" stroke-width="1.5"`;
      return m.entity.kind === 'country'
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" ${paint}>${markTitle(m)}</circle>`
        : `<path d="M${n(x)},${n(y - 6)}l6,6l-6,6l-6,-6z" ${paint}>${markTitle(m)}</path>`;
    })
    .join('');
  // Arcs coloured by type, dashed by certainty; a claim that did not happen is a thin grey line
  // with an × in its type's colour and no arrowhead.
  const arcs = model.arcs
    .map((a) => {
      const c = colour(a.color, fg);
      const certainty = a.relation.certainty;
      const dash = DASH[certainty] ? ` stroke-dasharray="${DASH[certainty]}"` : '';
      const light = faint(certainty) ? ' opacity="0.6"' : '';
      const halo = `<path d="${d(a.d + a.cross)}" fill="none" stroke="${bg}" stroke-opacity="0.7" stroke-width="5" stroke-linecap="round" />`;
      const line = `<path d="${d(a.d)}" fill="none" stroke="${a.negative ? muted : c}" stroke-width="${a.negative ? 1.25 : 2}" stroke-linecap="round"${dash}${light} />`;
      const head = a.head ? `<path d="${d(a.head)}" fill="${c}" stroke="${bg}"${light} />` : '';
      const cross = a.cross
        ? `<path d="${d(a.cross)}" fill="none" stroke="${c}" stroke-width="2.5" stroke-linecap="round" />`
        : '';
      return `<g><title>${escape(L.mapDescribe.arcLabel(ds, a, name))}</title>${halo}${line}${head}${cross}</g>`;
    })
    .join('');
  const labelsById = new Map(model.labels.map((l) => [l.id, l]));
  const labels =
    model.marks
      .map((m) => {
        const l = labelsById.get(m.id);
        if (!l) return '';
        const leader = l.leader
          ? `<line x1="${n(l.leader.x1)}" y1="${n(l.leader.y1)}" x2="${n(l.leader.x2)}" y2="${n(l.leader.y2)}" stroke="${muted}" />`
          : '';
        return `${leader}${text(l.x, l.y, l.text, { anchor: l.anchor, dy: '0.35em', weight: m.actor ? 600 : undefined })}`;
      })
      .join('') +
    model.edgeLabels
      .map((l) => text(l.x, l.y, l.text, { anchor: l.anchor, dy: '0.35em', fill: muted, italic: true }))
      .join('');

  // The key under the map, as the element's: colours, arrow types, arrow styles.
  const key = [];
  const swatch = (fill, stroke) => (x, y) =>
    `<rect x="${n(x + 1)}" y="${n(y - 6)}" width="12" height="12" fill="${fill}" ${stroke} />`;
  const stroke =
    (c, { dash, width: w = 2, cross } = {}) =>
    (x, y) =>
      `<path d="M${n(x)},${n(y)}h14" fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''} />${
        cross
          ? `<path d="M${n(x + 4)},${n(y - 4)}l6,8M${n(x + 10)},${n(y - 4)}l-6,8" fill="none" stroke="${fg}" stroke-width="1.5" />`
          : ''
      }`;
  if (grouping) {
    const at = L.mapPlaces.placeable(ds);
    const placed = [...grouping.members.values()].filter((m) => at.get(m.entity) === m.entity);
    const styles = new Set(placed.map(L.mapGroupings.memberStyle));
    const why = [
      ...new Set(
        placed
          .filter((m) => L.mapGroupings.memberStyle(m) === 'partial')
          .map((m) =>
            m.status && m.status !== 'active'
              ? L.mapDescribe.STATUS[m.status]
              : L.certaintyWords(m.certainty),
          ),
      ),
    ];
    key.push({ symbol: swatch(fillOf('full'), `stroke="none"`), label: grouping.label });
    if (styles.has('outside'))
      key.push({
        symbol: swatch(fillOf('outside'), `stroke="none"`),
        label: `${grouping.label}, outside knowledge †`,
      });
    if (why.length)
      key.push({
        symbol: swatch(fillOf('partial'), countryStroke('partial')),
        label: `${grouping.label}: ${L.listWords(why)}`,
      });
  }
  for (const [i, type] of plan.types.entries())
    key.push({
      symbol: stroke(colour(L.typeColor(ds, type), fg)),
      label: L.relationTypeOf(ds, type).label,
      row: i === 0,
    });
  if (plan.types.length)
    key.push(
      { symbol: stroke(fg), label: 'stated', row: true },
      { symbol: stroke(fg, { dash: DASH.reported }), label: 'reported' },
      { symbol: stroke(fg, { dash: DASH.hypothetical }), label: 'possible' },
      ...(plan.drawn.some(L.isNegative)
        ? [{ symbol: stroke(muted, { width: 1.25, cross: true }), label: 'did not happen' }]
        : []),
    );
  const keys = keyRows(L, key, width, height + 8);

  const summary = L.mapDescribe.summarySentence(ds, grouping);
  const outside =
    !!grouping &&
    ([...grouping.members.values()].some((m) => m.basis === 'outside') ||
      plan.drawn.some((r) => r.basis === 'outside'));
  const citations = ds.citations.map((c) => c.title).join('; ');
  const caption = [
    sentence(heading),
    words.dek ? sentence(words.dek) : '',
    summary,
    plan.undrawn.length
      ? `Possible, not drawn as arrows: ${plan.undrawn.map((r) => L.mapDescribe.relationSentence(ds, r, name)).join('; ')}.`
      : '',
    ...(words.notes ?? []).map(sentence),
    outside ? `† Not from the article: outside knowledge${citations ? `, from ${citations}` : ''}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
  // The map in a nested svg, which clips what lies beyond the frame; the key below it.
  const svg = `<svg viewBox="0 0 ${width} ${n(height + 8 + keys.height)}" role="img" aria-label="${escape(`${sentence(heading)} ${summary}`)}" font-family="system-ui, sans-serif">
      <svg width="${width}" height="${height}"><path ${shapeAttrs(model.sphere)} fill="${TOKENS['--_surface']}" />${land}${countries}${points}${arcs}${labels}</svg>
      ${keys.svg}
    </svg>`;
  return fallback('alliance-map', {
    svg,
    caption,
    table: L.mapTable.dataTable(ds, groupings, name),
  });
}

function networkFallback(L) {
  const ds = L.defaultDataset;
  const graph = L.networkGraph.buildGraph(ds, { memberships: 'edges', lang: 'en', compact: false });
  const width = 640;
  const height = L.network.heightFor(width);
  const m = L.network.metrics(graph.nodes.length, width);
  const raw = L.networkSimulate.runForceLayout(L.network.forceInput(graph, width, height, 1));
  const positions = L.network.fitPositions(raw, width, height, m);
  const model = L.network.buildModel(graph, positions, width, height, {});
  const hulls = model.hulls
    .map((h) => `<path d="${d(h.d)}" fill="${TOKENS['--_surface']}" stroke="${TOKENS['--_rule']}" />`)
    .join('');
  const edges = model.edges
    .map((e) => {
      const negative = e.edge.polarity === 'negative';
      const c = negative ? TOKENS['--_fg-muted'] : colour(L.typeColor(ds, e.edge.type), TOKENS['--_neutral']);
      const dash =
        e.edge.certainty === 'asserted'
          ? ''
          : e.edge.certainty === 'reported'
            ? ' stroke-dasharray="6 4"'
            : ' stroke-dasharray="2 3"';
      const head = e.arrow
        ? `<path d="${d(e.arrow)}" fill="${negative ? 'none' : c}"${negative ? ` stroke="${colour(L.typeColor(ds, e.edge.type))}" stroke-width="2"` : ''} />`
        : '';
      return `<path d="${d(e.d)}" fill="none" stroke="${c}" stroke-width="${negative ? 1 : 1.5}"${dash} />${head}`;
    })
    .join('');
  const nodes = model.nodes
    .map(
      (nd) =>
        `<circle cx="${n(nd.x)}" cy="${n(nd.y)}" r="${n(nd.r)}" fill="${nd.node.kind === 'organisation' || nd.node.kind === 'company' ? TOKENS['--_fg'] : TOKENS['--_bg']}" stroke="${TOKENS['--_fg']}" stroke-width="1.5"><title>${escape(nd.node.name)}</title></circle>`,
    )
    .join('');
  const labels = model.nodes
    .filter((nd) => nd.label.visible !== false)
    .map((nd) =>
      text(nd.label.x, nd.label.y, nd.node.label, { anchor: nd.label.anchor, size: m.fontSize ?? 12 }),
    )
    .join('');
  const names = new Map(graph.nodes.map((g) => [g.id, g.name]));
  const summary = L.networkDescribe.summarySentence(graph, graph.edges.length + graph.grouped.length);
  const svg = `<svg viewBox="0 0 ${width} ${n(height)}" role="img" aria-label="${escape(summary)}" font-family="system-ui, sans-serif">
      ${hulls}${edges}${nodes}${labels}
    </svg>`;
  return fallback('actor-network', {
    svg,
    caption: summary,
    table: {
      caption: 'Relations between the actors',
      columns: ['From', 'Relation', 'To'],
      rows: graph.edges.map((e) => [
        names.get(e.source) ?? e.source,
        L.networkDescribe.relationSentence(ds, e, (id) => names.get(id) ?? id),
        names.get(e.target) ?? e.target,
      ]),
    },
  });
}

/**
 * A polygon path (M, L, Z only) of the map's reference frame, drawn in screen px under
 * `t`, with integer coordinates and repeated points dropped: a fifth of the bytes.
 */
function toScreenPath(path, t) {
  let out = '';
  let last = '';
  for (const [, cmd, xs, ys] of path.matchAll(/([MLZ])(?:(-?[\d.e-]+)[ ,](-?[\d.e-]+))?/g)) {
    if (cmd === 'Z') {
      out += 'Z';
      last = '';
      continue;
    }
    const p = `${Math.round(Number(xs) * t.k + t.x)},${Math.round(Number(ys) * t.k + t.y)}`;
    if (cmd === 'L' && p === last) continue;
    out += (cmd === 'L' ? 'L' : 'M') + p;
    last = p;
  }
  return out;
}

const RENDERERS = {
  'alliance-map': mapFallback,
  'oil-share-donut': donutFallback,
  'actor-network': networkFallback,
};

/** Puts `html` inside every `<tag …>…</tag>` of `page`, replacing what was there. */
export function injectFallback(page, tag, html) {
  const re = new RegExp(`(<${tag}\\b[^>]*>)[\\s\\S]*?(</${tag}>)`, 'g');
  return page.replace(re, (_, open, close) => `${open}\n${html}\n${close}`);
}

const L = await loadLayouts();
mkdirSync(outDir, { recursive: true });
const made = {};
let failed = 0;
for (const [tag, render] of Object.entries(RENDERERS)) {
  try {
    made[tag] = render(L);
    writeFileSync(join(outDir, `${tag}.html`), `${made[tag]}\n`);
    console.log(
      `fallbacks: ${tag} → ${join(outDir, `${tag}.html`).replace(root, '')} (${made[tag].length} B)`,
    );
  } catch (error) {
    failed++;
    console.error(`fallbacks: could not render <${tag}>: ${error.stack ?? error}`);
  }
}
const demo = join(root, 'demo/index.html');
if (writeDemo && existsSync(demo)) {
  let page = readFileSync(demo, 'utf8');
  for (const [tag, html] of Object.entries(made)) page = injectFallback(page, tag, html);
  const options = (await prettier.resolveConfig(demo)) ?? {};
  writeFileSync(demo, await prettier.format(page, { ...options, filepath: demo }));
  console.log(`fallbacks: injected ${Object.keys(made).length} into demo/index.html`);
}
process.exit(failed ? 1 : 0);
