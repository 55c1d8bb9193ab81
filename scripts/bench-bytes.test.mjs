// The bytes benchmarks that decision 0006 quotes name the code they measure, export by export
// (`bench/render-floor.mjs`) or member by member (`bench/interaction-bytes.mjs`); a renamed or
// moved one stops them. This runs them (seconds, no browser) so their figures stay measurable.
// It asserts that they build, not what they measure.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';

const run = (...args) => execFileSync(process.execPath, args, { encoding: 'utf8' });
/** The last number on the line that starts with `name`. */
const figure = (out, name) => Number(new RegExp(`^${name}\\s.*?(\\d+)\\s*$`, 'm').exec(out)?.[1]);

test('bench/render-floor.mjs builds every part and prints its total', () => {
  const out = run('bench/render-floor.mjs');
  for (const part of ['loader', 'lit', 'core', 'alliance-map', 'share-donut', 'actor-network'])
    assert.ok(figure(out, part) > 0, `${part}: ${out}`);
  assert.ok(figure(out, 'total') > figure(out, 'as one file'), out);
});

test('bench/interaction-bytes.mjs finds every member it names and builds without them', () => {
  const out = run('bench/interaction-bytes.mjs', '--check');
  assert.ok(figure(out, 'as built') > 0, out);
  assert.ok(figure(out, 'without all of them') > 0, out);
});
