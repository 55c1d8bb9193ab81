// `bench/render-floor.mjs` names the exports that drawing needs, module by module; a renamed or
// moved export stops it with a build error. This runs it (a few seconds, no browser) so that
// decision 0006's render floor stays measurable. It asserts that it builds, not what it measures.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

test('bench/render-floor.mjs builds every part and prints its total', () => {
  const out = execFileSync(process.execPath, ['bench/render-floor.mjs'], { encoding: 'utf8' });
  const gzip = (name) => Number(new RegExp(`^${name}\\s+(?:\\d+\\s+)?(\\d+)$`, 'm').exec(out)?.[1]);
  for (const part of ['loader', 'lit', 'core', 'alliance-map', 'share-donut', 'actor-network'])
    assert.ok(gzip(part) > 0, `${part}: ${out}`);
  assert.ok(gzip('total') > gzip('as one file'), out);
});
