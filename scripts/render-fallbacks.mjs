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
    export * as mapDescribe from ${src('packages/alliance-map/src/describe.ts')};
    export * as donut from ${src('packages/oil-share-donut/src/layout.ts')};
    export * as network from ${src('packages/actor-network/src/layout.ts')};
    export * as networkGraph from ${src('packages/actor-network/src/graph.ts')};
    export * as networkSimulate from ${src('packages/actor-network/src/simulate.ts')};
    export * as networkDescribe from ${src('packages/actor-network/src/describe.ts')};
    export { typeColor, relationLabel, relationTypeOf } from ${src('packages/core/src/index.ts')};
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

const text = (x, y, s, { anchor = 'middle', size = 12, weight } = {}) =>
  `<text x="${n(x)}" y="${n(y)}" text-anchor="${anchor}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} fill="${TOKENS['--_fg']}" stroke="${TOKENS['--_bg']}" stroke-width="3" paint-order="stroke" stroke-linejoin="round">${escape(s)}</text>`;

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

function mapFallback(L) {
  const ds = L.defaultDataset;
  const json = JSON.parse(readFileSync(join(root, 'packages/alliance-map/src/geo/world-110m.json'), 'utf8'));
  const world = L.mapWorld.decodeWorld(json, 'world-110m');
  const groupings = L.mapGroupings.deriveGroupings(ds);
  const grouping = groupings[0];
  const width = 640;
  const height = 340;
  const name = (e) => L.entityName(e, 'en');
  const model = L.map.layoutMap(ds, world, { width, height, grouping, name, labelSize: 12 });
  const t = model.transform;
  const sw = 0.6;
  const screen = (path) => (/^[MLZ\d.,\se-]*$/.test(path) ? toScreenPath(path, t) : null);
  // Shapes wholly outside the frame are left out: they would only add bytes to the page.
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
  const shape = (path, attrs) => {
    const flat = screen(path);
    if (flat && !inFrame(flat)) return '';
    return flat
      ? `<path d="${flat}" ${attrs} />`
      : `<path d="${d(path)}" transform="matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})" ${attrs} />`;
  };
  const shapes = [
    shape(model.sphere, `fill="${TOKENS['--_surface']}"`),
    ...model.land.map((l) =>
      shape(l.d, `fill="${TOKENS['--_land']}" stroke="${TOKENS['--_bg']}" stroke-width="${sw}"`),
    ),
    ...model.marks
      .filter((m) => m.d)
      .map((m) =>
        shape(
          m.d,
          `fill="${colour(m.fill, TOKENS['--_land'])}" stroke="${TOKENS['--_bg']}" stroke-width="${sw}"`,
        ).replace(' />', `><title>${escape(name(m.entity))}</title></path>`),
      ),
  ].join('');
  const points = model.marks
    .filter((m) => m.point)
    .map(
      (m) =>
        `<circle cx="${n(m.point.x)}" cy="${n(m.point.y)}" r="4" fill="${colour(m.fill, TOKENS['--_fg-muted'])}" stroke="${TOKENS['--_bg']}" />`,
    )
    .join('');
  const arcs = model.arcs
    .map(
      (a) =>
        `<path d="${d(a.d)}" fill="none" stroke="${colour(a.color, TOKENS['--_fg'])}" stroke-width="2" /><path d="${d(a.head)}" fill="${colour(a.color, TOKENS['--_fg'])}" />`,
    )
    .join('');
  const labels = model.labels.map((l) => text(l.x, l.y, l.text, { anchor: l.anchor, size: 12 })).join('');
  const summary = L.mapDescribe.summarySentence(ds, model, grouping);
  const legend = (grouping?.groups ?? [])
    .map((g) => `${g.label ?? g.name ?? g.id}`)
    .filter(Boolean)
    .join(', ');
  const svg = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escape(summary)}" font-family="system-ui, sans-serif">
      ${shapes}${points}${arcs}${labels}
    </svg>`;
  return fallback('alliance-map', {
    svg,
    caption: legend ? `${summary} Groups: ${legend}.` : summary,
    table: L.mapDescribe.dataTable(ds, name),
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
      const head = e.arrow ? `<path d="${d(e.arrow)}" fill="${negative ? 'none' : c}"${negative ? ` stroke="${colour(L.typeColor(ds, e.edge.type))}" stroke-width="2"` : ''} />` : '';
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
