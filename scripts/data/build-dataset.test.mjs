import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, OUTPUTS, buildDataset, staleOutputs } from './build-dataset.mjs';
import { inputs, assemble, buildError, file } from './fixtures.mjs';

test('two builds are byte-identical, whatever order the annotation files are read in', () => {
  const first = assemble(inputs()).json;
  const reversed = inputs();
  reversed.files.reverse();
  assert.equal(assemble(reversed).json, first);
  assert.equal(buildDataset().json, first);
});

test('the output is sorted by id, pretty-printed with two spaces and a trailing newline', () => {
  const { dataset, json } = assemble(inputs());
  for (const key of ['entities', 'relations', 'series', 'evidence', 'citations']) {
    const ids = dataset[key].map((/** @type {any} */ x) => x.id);
    assert.deepEqual(ids, [...ids].sort(), key);
  }
  assert.ok(json.startsWith('{\n  "schemaVersion": 1,\n'));
  assert.ok(json.endsWith('}\n'));
});

test('identical quotes become one evidence item', () => {
  const { dataset } = assemble(inputs());
  const quotes = dataset.evidence.map((/** @type {any} */ e) => `${e.start}:${e.end}`);
  assert.equal(new Set(quotes).size, quotes.length);
  const support = dataset.relations.filter((/** @type {any} */ r) => r.type === 'support');
  assert.equal(support.length, 2);
  assert.deepEqual(support[0].evidence, support[1].evidence);
});

test('the remainder of a share series is computed, not reported', () => {
  const series = assemble(inputs()).dataset.series.find(
    (/** @type {any} */ s) => s.id === 'iran-oil-export-shares',
  );
  const rest = series.values.find((/** @type {any} */ v) => v.remainder);
  assert.deepEqual(
    { value: rest.value, basis: rest.basis, entity: rest.entity, approximate: rest.approximate },
    { value: 20, basis: 'computed', entity: undefined, approximate: true },
  );
  const input = inputs();
  file(input, 'data/annotations/series.json').series[0].values[0].value = 120;
  assert.match(buildError(input), /add up to 120, more than the total 100/);
});

test('a changed source text fails the sha256 check', () => {
  const input = inputs();
  input.article += ' ';
  assert.match(buildError(input), /sha256 is [0-9a-f]{64}, but source\.json says b5cdc561/);
});

test('hedged claims keep their certainty', () => {
  const { dataset } = assemble(inputs());
  const certainty = Object.fromEntries(dataset.relations.map((/** @type {any} */ r) => [r.id, r.certainty]));
  assert.equal(certainty['russia-iran-arms-supply'], 'reported');
  assert.equal(certainty['united-states-iran-attack-possible'], 'hypothetical');
  assert.equal(certainty['israel-iran-attack-possible'], 'hypothetical');
  assert.equal(certainty['china-russia-oil-purchase-predicted'], 'predicted');
  const evidence = new Map(dataset.evidence.map((/** @type {any} */ e) => [e.id, e]));
  const arms = dataset.relations.find((/** @type {any} */ r) => r.id === 'russia-iran-arms-supply');
  assert.ok(arms.evidence.every((/** @type {string} */ id) => !evidence.get(id).subhead));
  assert.match(evidence.get(arms.evidence[0]).quote, /^According to some reports/);
});

test('the committed dataset and its core copy are current', () => {
  assert.deepEqual(staleOutputs(buildDataset().json), []);
  assert.equal(readFileSync(join(ROOT, OUTPUTS[0]), 'utf8'), readFileSync(join(ROOT, OUTPUTS[1]), 'utf8'));
});

test('the command fails loudly: a bad quote exits non-zero, --check catches a stale file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-data-'));
  try {
    cpSync(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
    cpSync(join(ROOT, 'scripts/data'), join(dir, 'scripts/data'), { recursive: true });
    cpSync(join(ROOT, 'packages/nutgraf/cli/derive'), join(dir, 'packages/nutgraf/cli/derive'), {
      recursive: true,
    });
    mkdirSync(join(dir, 'packages/core/src'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    const script = join(dir, 'scripts/data/build-dataset.mjs');

    execFileSync(process.execPath, [script], { stdio: 'pipe' });
    assert.equal(spawnSync(process.execPath, [script, '--check']).status, 0);

    writeFileSync(join(dir, OUTPUTS[1]), '{}\n');
    const stale = spawnSync(process.execPath, [script, '--check'], { encoding: 'utf8' });
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /packages\/core\/src\/default-dataset\.json not current/);

    const path = join(dir, 'data/annotations/entities.json');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('Nicolás Maduro was arrested', 'Nicolas Maduro was arrested'),
    );
    const bad = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /not in the source verbatim/);
    assert.match(bad.stderr, /closest passage .*Nicolás Maduro was arrested/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
