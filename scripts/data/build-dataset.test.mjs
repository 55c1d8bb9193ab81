import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, OUTPUTS, buildDataset, staleOutputs } from './build-dataset.mjs';
import { inputs, assemble, buildError, series, CHINA_QUOTE } from './fixtures.mjs';

test('two builds are byte-identical, whatever order the annotation files are read in', () => {
  const first = assemble(inputs()).json;
  const reversed = inputs();
  reversed.files.reverse();
  assert.equal(assemble(reversed).json, first);
  assert.equal(buildDataset().json, first);
});

test('the output is version 2, sorted by id, pretty-printed with two spaces and a trailing newline', () => {
  const { dataset, json } = assemble(inputs());
  for (const key of ['entities', 'relations', 'series', 'evidence', 'citations']) {
    const ids = dataset[key].map((/** @type {any} */ x) => x.id);
    assert.deepEqual(ids, [...ids].sort(), key);
  }
  assert.ok(json.startsWith('{\n  "schemaVersion": 2,\n'));
  assert.ok(json.endsWith('}\n'));
});

test('identical quotes become one evidence item', () => {
  const { dataset } = assemble(inputs());
  const quotes = dataset.evidence.map((/** @type {any} */ e) => `${e.start}:${e.end}`);
  assert.equal(new Set(quotes).size, quotes.length);
  const support = dataset.relations.filter(
    (/** @type {any} */ r) => r.type === 'support' && r.polarity !== 'negative',
  );
  assert.equal(support.length, 3);
  assert.deepEqual(support[0].evidence, support[2].evidence);
});

test('every selector is the quote with the article text just before and after it', () => {
  const { dataset } = assemble(inputs());
  const points = [...inputs().article];
  for (const ev of dataset.evidence) {
    const { type, exact, prefix, suffix } = ev.selector;
    assert.equal(type, 'TextQuoteSelector');
    assert.equal(exact, ev.quote, ev.id);
    assert.equal(points.slice(ev.start - [...prefix].length, ev.start).join(''), prefix, ev.id);
    assert.equal(points.slice(ev.end, ev.end + [...suffix].length).join(''), suffix, ev.id);
    // 32 characters of context, fewer only at the edges of the article
    assert.equal([...prefix].length, Math.min(32, ev.start), ev.id);
    assert.equal([...suffix].length, Math.min(32, points.length - ev.end), ev.id);
  }
});

test('the relation types, groupings and headings are the story’s, from its annotations', () => {
  const { dataset } = assemble(inputs());
  const types = Object.fromEntries(dataset.relationTypes.map((/** @type {any} */ t) => [t.id, t]));
  assert.deepEqual(types['oil-purchase'], {
    id: 'oil-purchase',
    label: 'Oil',
    verb: 'buys oil from',
    direction: 'backward',
    color: 7,
  });
  assert.equal(types.alliance.direction, 'none');
  assert.equal(types['arms-supply'].direction, 'forward');
  // every type a relation names is declared, and every declared type is used
  const used = new Set(dataset.relations.map((/** @type {any} */ r) => r.type));
  assert.deepEqual([...used].sort(), Object.keys(types).sort());
  // the map's arc types get different colours, and the grouping it shows first one of its own
  const arcs = dataset.presentation.map.arcs.map((/** @type {string} */ id) => types[id].color);
  assert.equal(new Set(arcs).size, arcs.length);
  const first = dataset.groupings.find((/** @type {any} */ g) => g.id === dataset.presentation.map.grouping);
  assert.ok(!arcs.includes(first.color));
  assert.deepEqual(
    dataset.groupings.map((/** @type {any} */ g) => [g.id, g.from]),
    [
      ['brics', { type: 'membership', target: 'brics' }],
      ['csto', { type: 'membership', target: 'csto' }],
    ],
  );
  assert.equal(dataset.presentation.map.heading, 'Who stands with whom');
  assert.equal(dataset.presentation.map.grouping, 'brics');
  assert.equal(dataset.presentation.share.series, 'iran-oil-export-shares');
});

test('the unspecified remainder of a share series is computed from its total, not reported', () => {
  const rest = assemble(inputs()).dataset.series[0].values.find((/** @type {any} */ v) => v.remainder);
  assert.deepEqual(
    {
      remainder: rest.remainder,
      value: rest.value,
      basis: rest.basis,
      entity: rest.entity,
      approximate: rest.approximate,
    },
    { remainder: 'unspecified', value: 20, basis: 'computed', entity: undefined, approximate: true },
  );
  const input = inputs();
  series(input).values[0].value = 120;
  assert.match(buildError(input), /add up to 120, more than the total 100/);
});

test('without a total there is no unspecified remainder, and no sum to check', () => {
  // a remainder asks for the total
  const input = inputs();
  delete series(input).total;
  assert.match(
    buildError(input),
    /series\.json series\[0\] \(iran-oil-export-shares\)\.values\[1\]: an unspecified remainder is the rest of a known whole, but this series gives no "total"/,
  );
  // values in a physical unit that make no whole build as they are, with nothing computed
  const bcm = inputs();
  const s = series(bcm);
  delete s.total;
  s.unit = 'bcm';
  s.unitName = 'billion cubic metres';
  s.values = [s.values[0]];
  s.values[0].value = 12.5;
  const built = assemble(bcm).dataset.series[0];
  assert.equal(built.total, undefined);
  assert.equal(built.unit, 'bcm');
  assert.deepEqual(
    built.values.map((/** @type {any} */ v) => v.value),
    [12.5],
  );
  // with a total, values without a remainder must add up to it
  const short = inputs();
  series(short).values = [series(short).values[0]];
  assert.match(buildError(short), /values add up to 80, not the total 100/);
});

test('a stated remainder is kept as the source states it, with its own evidence', () => {
  const input = inputs();
  series(input).values[1] = {
    label: 'Other buyers',
    value: 20,
    approximate: true,
    remainder: 'stated',
    certainty: 'reported',
    basis: 'article',
    attribution: { description: 'some reports' },
    evidence: ['exports at a huge discount due to sanctions'],
  };
  const { dataset } = assemble(input);
  const rest = dataset.series[0].values.find((/** @type {any} */ v) => v.remainder);
  const evidence = dataset.evidence.find((/** @type {any} */ e) => e.id === rest.evidence[0]);
  assert.deepEqual(
    { ...rest, evidence: evidence.quote },
    {
      label: 'Other buyers',
      value: 20,
      approximate: true,
      remainder: 'stated',
      certainty: 'reported',
      basis: 'article',
      attribution: { description: 'some reports' },
      evidence: 'exports at a huge discount due to sanctions',
    },
  );
  // a stated remainder is a claim: it needs evidence, and it must fit the total
  series(input).values[1].evidence = [];
  series(input).values[1].value = 25;
  const message = buildError(input);
  assert.match(message, /values\[1\]: basis "article" needs at least one evidence quote/);
  assert.match(message, /values add up to 105, not the total 100/);
});

test('an unspecified remainder refuses fields the build computes, and the version-1 form', () => {
  const input = inputs();
  Object.assign(series(input).values[1], { value: 20, evidence: [CHINA_QUOTE] });
  const message = buildError(input);
  assert.match(message, /"value" of an unspecified remainder is computed by the build; remove it/);
  assert.match(message, /"evidence" of an unspecified remainder is computed by the build/);
  const v1 = inputs();
  series(v1).values[1].remainder = true;
  assert.match(buildError(v1), /"remainder": true is the version-1 form: write "unspecified"/);
});

test('a changed source text fails the sha256 check', () => {
  const input = inputs();
  input.article += ' ';
  assert.match(buildError(input), /sha256 is [0-9a-f]{64}, but source\.json says b5cdc561/);
});

test('hedged claims keep their certainty, and who says them', () => {
  const { dataset } = assemble(inputs());
  const byId = Object.fromEntries(dataset.relations.map((/** @type {any} */ r) => [r.id, r]));
  assert.equal(byId['russia-iran-arms-supply'].certainty, 'reported');
  assert.deepEqual(byId['russia-iran-arms-supply'].attribution, {
    description: 'some reports',
    mode: 'paraphrase',
  });
  // "Lavrov said X" is X, asserted (the article is sure he said it), attributed to Lavrov.
  assert.equal(byId['russia-iran-cooperation'].certainty, 'asserted');
  assert.equal(byId['russia-iran-cooperation'].attribution.speaker, 'lavrov');
  assert.equal(byId['united-states-iran-attack-possible'].certainty, 'hypothetical');
  assert.equal(byId['israel-iran-attack-possible'].certainty, 'hypothetical');
  assert.equal(byId['iran-united-states-attack-counter-strikes'].certainty, 'hypothetical');
  assert.equal(byId['china-russia-oil-purchase-predicted'].certainty, 'predicted');
  /** @type {Record<string, number>} */
  const counts = {};
  for (const r of dataset.relations) counts[r.certainty] = (counts[r.certainty] ?? 0) + 1;
  assert.deepEqual(counts, { asserted: 47, reported: 1, predicted: 3, hypothetical: 4, opinion: 5 });
  // the article's argument: help and words that did not come, each with its hedge
  const negative = dataset.relations.filter((/** @type {any} */ r) => r.polarity === 'negative');
  assert.equal(negative.length, 9);
  assert.equal(byId['russia-iran-response-excluded'].certainty, 'predicted');
  assert.equal(byId['russia-iran-help-counter-strikes-not'].certainty, 'hypothetical');
  assert.equal(byId['russia-iran-support-cannot'].attribution.description, "the article's author");
  const evidence = new Map(dataset.evidence.map((/** @type {any} */ e) => [e.id, e]));
  const arms = byId['russia-iran-arms-supply'];
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
    // the built CLI, with its package.json (which makes its .js files ES modules)
    cpSync(join(ROOT, 'packages/cli/dist'), join(dir, 'packages/cli/dist'), { recursive: true });
    cpSync(join(ROOT, 'packages/cli/package.json'), join(dir, 'packages/cli/package.json'));
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
