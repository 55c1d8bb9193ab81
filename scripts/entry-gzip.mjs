// What a page downloads for an entry, built as the packages are built (rollup.config.js's
// browser plugins and tree-shaking): `scripts/size.mjs` checks it against the budgets, and the
// peer benchmark (`bench/lib/build.mjs`) reports it beside the other libraries.
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { browserPlugins, treeshake } from '../rollup.config.js';

/**
 * Minified, gzipped size of an entry bundled with everything but `external` (import paths, or
 * their prefixes). What a page loads up front: the entry chunk and the chunks it imports
 * statically. Chunks behind a dynamic import (the dataset validator, needed only for data a page
 * passes in) load only when used; `include` names those to count too (with what they import).
 */
export async function entryGzip(entry, external = [], { include = () => false } = {}) {
  const isExternal = (id) => external.some((e) => id === e || id.startsWith(`${e}/`));
  const bundle = await rollup({
    input: entry,
    external: isExternal,
    plugins: browserPlugins(),
    treeshake,
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const starts = [chunks.find((c) => c.isEntry), ...chunks.filter((c) => !c.isEntry && include(c))];
  const loaded = reach(starts, (c) => c.imports.filter((n) => byName.has(n)).map((n) => byName.get(n)));
  return gzipSync([...loaded].map((c) => c.code).join('')).length;
}

/** `starts` and everything reached from them through `next`, each once. */
export function reach(starts, next) {
  const seen = new Set();
  const visit = (x) => {
    if (seen.has(x)) return;
    seen.add(x);
    for (const y of next(x)) visit(y);
  };
  for (const x of starts) visit(x);
  return seen;
}
