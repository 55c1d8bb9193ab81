// `nutgraf` as a reporter runs it: a subprocess, its exit codes and its messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const BIN = join(ROOT, 'packages/cli/dist/bin/nutgraf.js');
const ARTICLE = join(ROOT, 'data/source/article.txt');
const SECOND = join(ROOT, 'scripts/cli/fixtures/grain-talks.txt');
const V1 = join(ROOT, 'scripts/cli/fixtures/v1-dataset.json');

/**
 * @param {string[]} args
 * @param {string} [cwd]
 */
function nutgraf(args, cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  // an expected failure is one plain message, never a stack trace
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, `stack trace in stderr:\n${r.stderr}`);
  return r;
}

/** @param {(dir: string) => void} fn */
function inTemp(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-cli-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('--help on every command exits 0; no command and unknown ones are usage errors (2)', () => {
  for (const args of [
    ['--help'],
    ['draft', '--help'],
    ['build', '--help'],
    ['check', '-h'],
    ['migrate', '--help'],
  ]) {
    const r = nutgraf(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.match(r.stdout, /Usage: nutgraf/);
    assert.match(r.stdout, /Exit codes/);
  }
  assert.equal(nutgraf([]).status, 2);
  const unknown = nutgraf(['publish']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "publish"/);
  const option = nutgraf(['draft', '--bogus', ARTICLE]);
  assert.equal(option.status, 2);
  assert.match(option.stderr, /unknown option --bogus/);
  assert.equal(nutgraf(['draft']).status, 2);
  assert.match(nutgraf(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
});

test('bad input: empty (1), binary (3), 10 MB (3, refused at once), missing (3), a folder (3)', () => {
  inTemp((dir) => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    let r = nutgraf(['draft', empty], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /empty\.txt is empty/);

    writeFileSync(join(dir, 'blank.txt'), '  \n\n ');
    assert.equal(nutgraf(['draft', join(dir, 'blank.txt')], dir).status, 1);

    const binary = join(dir, 'photo.txt');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    r = nutgraf(['draft', binary], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not a text file/);

    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Nicol\xe1s Maduro was arrested in Caracas on Saturday.', 'latin1'));
    r = nutgraf(['draft', latin1], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not UTF-8/);

    const huge = join(dir, 'huge.txt');
    const paragraph = `${readFileSync(ARTICLE, 'utf8')}\n`;
    writeFileSync(huge, paragraph.repeat(Math.ceil(10_000_000 / paragraph.length)));
    const started = Date.now();
    r = nutgraf(['draft', huge], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /huge\.txt is 10\.\d MB; nutgraf reads an article of at most 1\.0 MB/);
    assert.ok(Date.now() - started < 10_000, 'refused before reading');

    r = nutgraf(['draft', join(dir, 'nope.txt')], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /no such file/);
    assert.equal(nutgraf(['draft', dir], dir).status, 3);
  });
});

test('an article in another language is refused (1); --any-language writes a draft marked partial', () => {
  inTemp((dir) => {
    const spanish = join(dir, 'articulo.txt');
    writeFileSync(
      spanish,
      'Vladimir Putin todavía no ha comentado los dramáticos acontecimientos en Irán, donde sus aliados se ' +
        'enfrentan al mayor levantamiento desde la victoria de la Revolución Islámica en 1979. Si Teherán se ' +
        'resiente del silencio de su amigo ruso, debería recordar que Putin también guardó silencio sobre la ' +
        'operación estadounidense en Venezuela.\n',
    );
    let r = nutgraf(['draft', spanish], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /does not look like English/);
    assert.match(r.stderr, /nothing was written/);

    r = nutgraf(['draft', spanish, '--any-language', '--quiet'], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /PARTIAL draft/);
    assert.match(r.stderr, /the draft is partial/);
    const report = JSON.parse(readFileSync(join(dir, 'articulo-dataset/draft-report.json'), 'utf8'));
    assert.equal(report.status, 'partial');
    assert.equal(report.language.supported, false);
    const meta = readFileSync(join(dir, 'articulo-dataset/annotations/meta.json'), 'utf8');
    assert.match(meta, /PARTIAL DRAFT/);
  });
});

/**
 * @param {string} path
 * @param {(data: any) => void} edit
 */
function editJson(path, edit) {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, `${JSON.stringify(data, null, 2)}\n`);
}

test('draft → build refuses unreviewed items → review and edit → build → check: the whole path', () => {
  inTemp((dir) => {
    let r = nutgraf(['draft', SECOND], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /6 countries, 2 people, 4 organisations, \d+ candidate relations of \d+ proposed kind\(s\)/,
    );
    assert.match(r.stderr, /… finding names/, 'progress on stderr');
    const story = join(dir, 'grain-talks-dataset');
    const annotations = join(story, 'annotations');
    assert.deepEqual(readdirSync(annotations).sort(), [
      'entities.json',
      'meta.json',
      'presentation.json',
      'relations.json',
      'vocabulary.json',
    ]);

    r = nutgraf(['draft', SECOND], dir);
    assert.equal(r.status, 2, 'never overwrites reviewed work silently');
    assert.match(r.stderr, /refusing to overwrite/);

    r = nutgraf(['build', '--root', story], dir);
    assert.equal(r.status, 1);
    const unreviewed = readdirSync(annotations)
      .map((f) => readFileSync(join(annotations, f), 'utf8').split('"review": "unreviewed"').length - 1)
      .reduce((a, b) => a + b, 0);
    assert.match(r.stderr, new RegExp(`${unreviewed} item\\(s\\) still marked "review": "unreviewed"`));
    const kinds = JSON.parse(readFileSync(join(annotations, 'vocabulary.json'), 'utf8')).relationTypes;
    assert.ok(
      kinds.length > 0 && kinds.every((/** @type {any} */ k) => k.review === 'unreviewed'),
      'proposed kinds are reviewed too',
    );

    // review: accept everything, then edit as a reporter would
    for (const f of readdirSync(annotations)) {
      const path = join(annotations, f);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replaceAll('"review": "unreviewed"', '"review": "reviewed"'),
      );
    }
    editJson(join(annotations, 'vocabulary.json'), (v) => {
      const meet = v.relationTypes.find((/** @type {any} */ t) => t.id === 'meet');
      Object.assign(meet, { label: 'Talks', verb: 'held talks with', color: 2 });
    });
    editJson(join(annotations, 'relations.json'), (v) => {
      // a claim that did not happen, attributed to a speaker
      v.relations.push({
        id: 'zelensky-russia-accept',
        type: 'accept',
        source: 'zelensky',
        target: 'russia',
        label: 'would not accept a deal that rewards the aggression of',
        polarity: 'negative',
        certainty: 'reported',
        basis: 'article',
        attribution: { speaker: 'zelensky', mode: 'quote' },
        evidence: ['Ukraine would not accept "any deal that rewards aggression."'],
      });
    });
    editJson(join(annotations, 'vocabulary.json'), (v) => {
      v.relationTypes.push({ id: 'accept', label: 'Acceptance', verb: 'accepts', direction: 'forward' });
    });
    writeFileSync(
      join(annotations, 'series.json'),
      JSON.stringify({
        series: [
          {
            id: 'wheat-buyers',
            title: 'Who buys Ukrainian wheat',
            measure: "Ukraine's wheat exports",
            unit: 'percent',
            total: 100,
            values: [
              {
                entity: 'egypt',
                label: 'Egypt',
                value: 30,
                approximate: true,
                certainty: 'reported',
                basis: 'article',
                evidence: ['Egypt, the largest buyer of Ukrainian wheat'],
              },
              { remainder: 'unspecified', label: 'Not specified by the source' },
            ],
          },
        ],
      }),
    );
    editJson(join(annotations, 'presentation.json'), (v) => {
      v.presentation = {
        map: { heading: 'Talks on grain' },
        share: { heading: 'Wheat', series: 'wheat-buyers' },
      };
    });

    r = nutgraf(['build', '--root', story], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Wrote .*dataset\.json \(version 2\): 12 entities/);
    assert.equal(nutgraf(['build', '--root', story, '--check'], dir).status, 0);
    const dataset = JSON.parse(readFileSync(join(story, 'dataset.json'), 'utf8'));
    assert.equal(dataset.schemaVersion, 2);
    assert.deepEqual(
      dataset.relationTypes.find((/** @type {any} */ t) => t.id === 'meet'),
      {
        id: 'meet',
        label: 'Talks',
        verb: 'held talks with',
        direction: 'none',
        color: 2,
      },
    );
    const refusal = dataset.relations.find((/** @type {any} */ x) => x.id === 'zelensky-russia-accept');
    assert.equal(refusal.polarity, 'negative');
    assert.equal(refusal.attribution.speaker, 'zelensky');
    assert.deepEqual(
      dataset.series[0].values.map((/** @type {any} */ v) => [v.value, v.remainder ?? null, v.basis]),
      [
        [30, null, 'article'],
        [70, 'unspecified', 'computed'],
      ],
    );
    assert.equal(dataset.presentation.share.series, 'wheat-buyers');

    r = nutgraf(['check', join(story, 'dataset.json'), '--article', SECOND], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid nutgraf dataset \(version 2\): 12 entities/);
    assert.match(r.stdout, /every quote matches the article/);

    // a quote edited by hand fails the build with the closest passage
    const entities = join(annotations, 'entities.json');
    writeFileSync(
      entities,
      readFileSync(entities, 'utf8').replace('Recep Tayyip Erdoğan told', 'Recep Tayyip Erdogan told'),
    );
    r = nutgraf(['build', '--root', story], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /not in the source verbatim/);
    assert.equal(nutgraf(['build', '--root', story, '--check'], dir).status, 1);
  });
});

test('nutgraf build is the derivation of npm run data: the repository data folder builds to data/dataset.json', () => {
  const r = nutgraf(['build', '--root', 'data', '--check', '--quiet']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /data\/dataset\.json is current/);
  assert.equal(
    existsSync(join(ROOT, 'packages/cli/src/derive/dataset.schema.json')),
    false,
    'no copy of the schema',
  );
  const notAStory = nutgraf(['build', '--root', 'docs']);
  assert.equal(notAStory.status, 3);
  assert.match(notAStory.stderr, /not a story folder/);
});

test('nutgraf check: the curated dataset is valid; a broken one gets JSON paths, ids and plain words from the model', () => {
  let r = nutgraf(['check', 'data/dataset.json', '--article', ARTICLE]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /every quote matches the article/);
  const curated = () => JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8'));

  inTemp((dir) => {
    const broken = join(dir, 'broken.json');
    // shape: a relation type with a wrong field, a relation without its certainty
    let dataset = curated();
    const at = dataset.relationTypes.findIndex((/** @type {any} */ t) => t.id === 'attack');
    dataset.relationTypes[at].direction = 'sideways';
    delete dataset.relations[1].certainty;
    writeFileSync(broken, JSON.stringify(dataset, null, 2));
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      new RegExp(
        `\\$\\.relationTypes\\[${at}\\]\\.direction \\(attack\\): must be one of .*forward.*backward.*none.*, not "sideways"`,
      ),
    );
    assert.match(r.stderr, /\$\.relations\[1\]\.certainty \([a-z-]+\): is required but missing/);

    // references: a type the dataset does not declare, an unknown field, a dangling end
    dataset = curated();
    dataset.relations[0].type = 'friends';
    dataset.entities[0].colour = 'red';
    dataset.relations[2].target = 'narnia';
    writeFileSync(broken, JSON.stringify(dataset, null, 2));
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /\$\.relations\[0\]\.type \(armenia-azerbaijan-conflict\): names "friends", which is not in \$\.relationTypes/,
    );
    assert.match(r.stderr, /\$\.entities\[0\]\.colour \(armenia\): is not a known field/);
    assert.match(r.stderr, /\$\.relations\[2\]\.target \([a-z-]+\): names "narnia", which is not an entity/);

    // provenance: offsets and selectors are only checked against an article
    const offsets = curated();
    offsets.evidence[0].start += 1;
    offsets.evidence[1].selector.prefix = 'somewhere else';
    writeFileSync(broken, JSON.stringify(offsets));
    assert.equal(nutgraf(['check', broken], dir).status, 0, 'offsets are only checked against an article');
    r = nutgraf(['check', broken, '--article', ARTICLE], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\$\.evidence\[0\] \(ev-[0-9a-f-]+\): offsets \d+–\d+ cut/);
    assert.match(
      r.stderr,
      /\$\.evidence\[1\]\.selector\.prefix \(ev-[0-9a-f-]+\): is "somewhere else", but the article has/,
    );
    r = nutgraf(['check', 'data/dataset.json', '--article', SECOND]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /\$\.source\.sha256: the article's sha256 is/);

    writeFileSync(broken, '{\n  "schemaVersion": 2,\n  "id": "x",\n}\n');
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not valid JSON at line 4, column 1/);

    writeFileSync(broken, '');
    assert.equal(nutgraf(['check', broken], dir).status, 1);
  });
});

test('nutgraf check on a version-1 dataset says so and points to nutgraf migrate', () => {
  const r = nutgraf(['check', V1]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\$\.schemaVersion: is 1, an earlier version/);
  assert.match(r.stderr, /nutgraf migrate .*v1-dataset\.json --article/);
});

test('nutgraf migrate: version 1 → a valid version 2; --article gives selectors their context', () => {
  inTemp((dir) => {
    const bare = join(dir, 'bare.json');
    let r = nutgraf(['migrate', V1, '--out', bare], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(
      r.stdout,
      /version 2, 3 relation types, 2 groupings; selectors have no context \(pass --article/,
    );
    const plain = JSON.parse(readFileSync(bare, 'utf8'));
    assert.equal(plain.schemaVersion, 2);
    assert.ok(
      plain.evidence.every(
        (/** @type {any} */ e) => e.selector.prefix === '' && e.selector.exact === e.quote,
      ),
    );
    assert.equal(JSON.parse(readFileSync(V1, 'utf8')).schemaVersion, 1, '--out leaves the input as it was');

    const out = join(dir, 'migrated.json');
    r = nutgraf(['migrate', V1, '--article', ARTICLE, '--out', out], dir);
    assert.equal(r.status, 0, r.stderr);
    const migrated = JSON.parse(readFileSync(out, 'utf8'));
    const points = [...readFileSync(ARTICLE, 'utf8')];
    for (const e of migrated.evidence) {
      assert.equal(e.selector.prefix, points.slice(Math.max(0, e.start - 32), e.start).join(''), e.id);
      assert.equal(e.selector.suffix, points.slice(e.end, e.end + 32).join(''), e.id);
    }
    // version 1's words for its own types, its memberships as groupings, its remainder unspecified
    const types = Object.fromEntries(migrated.relationTypes.map((/** @type {any} */ t) => [t.id, t]));
    assert.equal(types['oil-purchase'].direction, 'backward');
    assert.equal(types['oil-purchase'].label, 'Oil');
    assert.deepEqual(migrated.groupings.map((/** @type {any} */ g) => g.id).sort(), ['brics', 'csto']);
    assert.equal(
      migrated.series[0].values.find((/** @type {any} */ v) => v.basis === 'computed').remainder,
      'unspecified',
    );
    r = nutgraf(['check', out, '--article', ARTICLE], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid nutgraf dataset \(version 2\): 6 entities, 6 relations of 3 type\(s\)/);

    // a version-2 file: nothing to do, nothing written
    const before = readFileSync(out, 'utf8');
    r = nutgraf(['migrate', out], dir);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /already version 2; nothing to do/);
    assert.equal(readFileSync(out, 'utf8'), before);

    // the wrong article: refused, nothing written
    r = nutgraf(['migrate', V1, '--article', SECOND, '--out', join(dir, 'wrong.json')], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is not the article .* was built from/);
    assert.equal(existsSync(join(dir, 'wrong.json')), false);

    // not a dataset version at all
    writeFileSync(bare, '{ "schemaVersion": 7 }');
    r = nutgraf(['migrate', bare], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /only version 1 can be migrated/);
  });
});
