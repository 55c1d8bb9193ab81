#!/usr/bin/env node
// `node bench/render-floor.mjs`: the least JavaScript the demo page could load and still draw
// what it draws, with no interaction at all. It bundles only what turns the dataset into
// pictures and words: lit, core's data loading, theme, legend, source note and text helpers,
// and each component's layout, geometry, descriptions and stylesheet. It minifies and
// gzips each bundle the way `npm run size` does, split as the lazy page splits them.
//
// Left out, so the figure is a lower bound:
// - every element class: its templates, events and states, and core's base element;
// - tooltips, keys, zoom, drag, linked views, data tables.
// The core helpers the components import are counted once, in the core part. The lazy
// loader, which the demo page loads first, is counted as it is.
// Decision 0702 compares the figure with the 30 KB page budget.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { browserPlugins, treeshake } from '../rollup.config.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (path) => JSON.stringify(join(root, 'packages', path));
const lit = JSON.stringify(fileURLToPath(import.meta.resolve('lit')));

/** What each part exports: only what drawing the bundled dataset needs. */
const PARTS = {
  lit: `export { LitElement, html, svg, css, nothing } from ${lit};`,
  core: `
    export { themeStyles } from ${src('core/src/theme.ts')};
    export { legendStyles, renderLegend } from ${src('core/src/ui/legend.ts')};
    export { sourceNoteStyles, renderSourceNote } from ${src('core/src/ui/source-note.ts')};
    export { basisWords, certaintyStyles, certaintyWords } from ${src('core/src/ui/certainty.ts')};
    export { entityName, formatNumber, formatPercent, listWords, localeOf } from ${src('core/src/i18n.ts')};
    export { loadDataset } from ${src('core/src/dataset/load.ts')};
    export { ResizeController } from ${src('core/src/resize-controller.ts')};
    export { cssProps } from ${src('core/src/ui/css-props.ts')};
    export { textWidth } from ${src('core/src/text-width.ts')};
    export { PALETTE } from ${src('core/src/theme.ts')};
    export { flowEnds, isNegative, relationLabel, relationTypeOf } from ${src('core/src/dataset/relation-types.ts')};
    export { PALETTE_SIZE, groupingColor, typeColor } from ${src('core/src/dataset/palette.ts')};
    export { groupMembers, isFullMember } from ${src('core/src/dataset/groupings.ts')};
    export { attributionWords } from ${src('core/src/dataset/attribution.ts')};
    export { indexDataset } from ${src('core/src/dataset/view.ts')};`,
  'alliance-map': `
    export { layoutMap, fitCodes, NO_ZOOM } from ${src('alliance-map/src/layout.ts')};
    export { placeCount, placeEntities, placeable } from ${src('alliance-map/src/places.ts')};
    export { planArcs } from ${src('alliance-map/src/arcs.ts')};
    export { loadWorld } from ${src('alliance-map/src/geo/world.ts')};
    export { mapGroupings, memberStyle } from ${src('alliance-map/src/groupings.ts')};
    export { summarySentence, markLabel, arcLabel, relationSentence } from ${src('alliance-map/src/describe.ts')};
    export { allianceMapStyles } from ${src('alliance-map/src/alliance-map.styles.ts')};`,
  'share-donut': `
    export { layoutDonut, checkSeries } from ${src('share-donut/src/layout.ts')};
    export { donutStyles } from ${src('share-donut/src/share-donut.styles.ts')};`,
  'actor-network': `
    export { buildModel, forceInput, heightFor, metrics } from ${src('actor-network/src/layout.ts')};
    export { fitPositions } from ${src('actor-network/src/fit.ts')};
    export { buildGraph } from ${src('actor-network/src/graph.ts')};
    export { createForceLayout } from ${src('actor-network/src/simulate.ts')};
    export { summarySentence, nodeName } from ${src('actor-network/src/describe.ts')};
    export { KIND_SYMBOL, nodeShape } from ${src('actor-network/src/geometry.ts')};
    export { actorNetworkStyles } from ${src('actor-network/src/actor-network.styles.ts')};`,
};

const dir = mkdtempSync(join(tmpdir(), 'nutgraf-floor-'));
let total = 0;
const codes = [];
try {
  console.log(`${'part'.padEnd(18)}${'min B'.padStart(8)}${'gzip B'.padStart(9)}`);
  // The lazy loader, which the demo page loads first, as it is; it imports each component's
  // chunk on demand. Lit is measured alone; the other parts leave out lit and core, as the
  // page's chunks do (core's part holds what they import from it).
  const builds = [
    { name: 'loader', input: join(root, 'packages/nutgraf/src/loader.ts'), external: ['@nutgraf'] },
    ...Object.entries(PARTS).map(([name, code]) => {
      const input = join(dir, `${name}.ts`);
      writeFileSync(input, code);
      return { name, input, external: name === 'lit' ? [] : ['lit', '@nutgraf/core'] };
    }),
  ];
  for (const { name, input, external } of builds) {
    const bundle = await rollup({
      input,
      external: (id) => external.some((e) => id === e || id.startsWith(`${e}/`)),
      plugins: browserPlugins(),
      treeshake,
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const gzip = gzipSync(output[0].code).length;
    total += gzip;
    codes.push(output[0].code);
    console.log(`${name.padEnd(18)}${String(output[0].code.length).padStart(8)}${String(gzip).padStart(9)}`);
  }
  console.log(`${'total'.padEnd(18)}${''.padStart(8)}${String(total).padStart(9)}`);
  // For comparison: the same code as one file, which compresses better but would load every
  // component's code on every page (the lazy loading forbids that).
  console.log(
    `${'as one file'.padEnd(18)}${''.padStart(8)}${String(gzipSync(codes.join('\n')).length).padStart(9)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
