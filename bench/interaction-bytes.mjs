#!/usr/bin/env node
// `node bench/interaction-bytes.mjs`: how many of the drop-in page's up-front bytes answer a
// reader's actions, so an upper bound on what loading them on first interaction could save.
// It builds nutgraf.js as `npm run build` does, once as it is and once for each group below with
// the bodies of the named class members emptied (the pointer, focus and key handlers, the
// tooltip's showing, placing and evidence panel, the pan and zoom gestures), and prints the
// gzip bytes of each. Terser then drops what only those bodies used. `--check` builds only
// with every group emptied (the test that keeps the list in step with the code).
//
// An upper bound: a real split would add the code that loads the chunk and hands it the
// element's state, and would keep what the first drawing shares with the handlers. Decision
// 0006 compares it with issue 20's budget. A member named here and missing from its file stops
// the script (exit 1): the list must follow the code.
import { gzipSync } from 'node:zlib';
import MagicString from 'magic-string';
import { rollup } from 'rollup';
import configs from '../rollup.config.js';

/** The members that run only when a reader acts, by file (below packages/). */
export const HANDLERS = {
  'actor-network/src/actor-network.ts': [
    '#onPointerOver',
    '#onPointerOut',
    '#svgBox',
    '#toLocal',
    '#nodeAt',
    '#hoverCanvas',
    '#onPointerDown',
    '#onPointerMove',
    '#onPointerUp',
    '#zoomBy',
    '#centreOnFocus',
    '#select',
    '#onFocusIn',
    '#onFocusOut',
    '#focusNode',
    '#onKeyDown',
    '#relation',
    '#showEdgeTooltip',
    '#showNodeTooltip',
    '#onBadgeKey',
    '#toggleType',
    '#copyPositions',
  ],
  'alliance-map/src/alliance-map.ts': [
    '#onGroupingChange',
    '#toggleArc',
    '#activate',
    '#deactivate',
    '#onNear',
    '#onFocusOut',
    '#select',
    '#onKeydown',
    '#itemPoint',
    'zoomBy',
    'resetZoom',
    '#framePoint',
    '#onWheel',
  ],
  'share-donut/src/share-donut.ts': ['#sliceOf', '#leave', '#onEnter', '#onLeave', '#onClick', '#onKeyDown'],
  'core/src/ui/tooltip.ts': [
    'show',
    'hide',
    'hostUpdated',
    'place',
    'onKeydown',
    'onHostKeydown',
    'onPointerDown',
    'pin',
    'unpin',
    'body',
  ],
  'core/src/ui/pan-zoom.ts': [
    'zoomBy',
    'cancel',
    'onWheel',
    'onPointerDown',
    '#moving',
    'onPointerMove',
    'onPointerUp',
  ],
};

const memberName = (key) => (key.type === 'PrivateIdentifier' ? `#${key.name}` : key.name);

/** A plugin that empties the named members' bodies in the files of `files` (after TypeScript). */
function emptyHandlers(files) {
  return {
    name: 'empty-handlers',
    transform(code, id) {
      const file = files.find((f) => id.endsWith(`/packages/${f}`));
      if (!file) return null;
      const names = new Set(HANDLERS[file]);
      const out = new MagicString(code);
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        const member = node.type === 'MethodDefinition' || node.type === 'PropertyDefinition';
        const body = member && node.key && names.has(memberName(node.key)) ? node.value?.body : undefined;
        if (body) {
          out.overwrite(body.start, body.end, body.type === 'BlockStatement' ? '{}' : '0');
          names.delete(memberName(node.key));
          return;
        }
        for (const v of Object.values(node))
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v === 'object') visit(v);
      };
      visit(this.parse(code));
      if (names.size) this.error(`no member ${[...names].join(', ')} (update bench/interaction-bytes.mjs)`);
      return { code: out.toString(), map: null };
    },
  };
}

const embed = configs.find((c) => c.input?.nutgraf);
// After TypeScript and the templates' tidying (the parse needs JavaScript), before terser.
const at = embed.plugins.findIndex((p) => p?.name === 'nutgraf-minify-templates') + 1;

/** The gzip bytes of nutgraf.js with the handlers of `files` emptied. */
async function dropInGzip(files) {
  const plugins = [...embed.plugins.slice(0, at), emptyHandlers(files), ...embed.plugins.slice(at)];
  const bundle = await rollup({ ...embed, plugins, onwarn() {} });
  const { output } = await bundle.generate({ ...embed.output });
  await bundle.close();
  return gzipSync(output.find((o) => o.fileName === 'nutgraf.js').code).length;
}

const files = Object.keys(HANDLERS);
const label = (f) => f.slice(f.lastIndexOf('/') + 1);
// `--check`: one build with every group emptied, which fails if a named member is gone.
const groups = process.argv.includes('--check')
  ? [['without all of them', files]]
  : [...files.map((f) => [`without ${label(f)}'s`, [f]]), ['without all of them', files]];
const base = await dropInGzip([]);
console.log(`${'nutgraf.js, handlers'.padEnd(32)}${'gzip B'.padStart(8)}${'saved B'.padStart(9)}`);
console.log(`${'as built'.padEnd(32)}${String(base).padStart(8)}${''.padStart(9)}`);
for (const [name, group] of groups) {
  const bytes = await dropInGzip(group);
  console.log(`${name.padEnd(32)}${String(bytes).padStart(8)}${String(base - bytes).padStart(9)}`);
}
