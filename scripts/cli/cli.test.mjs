// `nutgraf` as a reporter runs it: a subprocess, its exit codes and its messages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const BIN = join(ROOT, 'packages/nutgraf/bin/nutgraf.mjs');
const ARTICLE = join(ROOT, 'data/source/article.txt');
const SECOND = join(ROOT, 'scripts/cli/fixtures/grain-talks.txt');

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
  for (const args of [['--help'], ['draft', '--help'], ['build', '--help'], ['check', '-h']]) {
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

test('draft → build refuses unreviewed items → review → build → check: the whole path', () => {
  inTemp((dir) => {
    let r = nutgraf(['draft', SECOND], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /6 countries, 2 people, 4 organisations/);
    assert.match(r.stderr, /… finding names/, 'progress on stderr');
    const story = join(dir, 'grain-talks-dataset');

    r = nutgraf(['draft', SECOND], dir);
    assert.equal(r.status, 2, 'never overwrites reviewed work silently');
    assert.match(r.stderr, /refusing to overwrite/);

    r = nutgraf(['build', '--root', story], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /still marked "review": "unreviewed"/);

    for (const f of ['meta', 'entities', 'relations']) {
      const path = join(story, `annotations/${f}.json`);
      writeFileSync(
        path,
        readFileSync(path, 'utf8').replaceAll('"review": "unreviewed"', '"review": "reviewed"'),
      );
    }
    r = nutgraf(['build', '--root', story], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Wrote .*dataset\.json: 12 entities/);
    assert.equal(nutgraf(['build', '--root', story, '--check'], dir).status, 0);

    r = nutgraf(['check', join(story, 'dataset.json'), '--article', SECOND], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid nutgraf dataset: 12 entities/);

    // a quote edited by hand fails the build with the closest passage
    const entities = join(story, 'annotations/entities.json');
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
    readFileSync(join(ROOT, 'packages/nutgraf/cli/derive/dataset.schema.json'), 'utf8'),
    readFileSync(join(ROOT, 'data/dataset.schema.json'), 'utf8'),
    'the package ships the same schema as data/',
  );
  const notAStory = nutgraf(['build', '--root', 'docs']);
  assert.equal(notAStory.status, 3);
  assert.match(notAStory.stderr, /not a story folder/);
});

test('nutgraf check: the curated dataset is valid; a broken one gets JSON paths and plain words', () => {
  let r = nutgraf(['check', 'data/dataset.json', '--article', ARTICLE]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /every quote matches the article/);

  inTemp((dir) => {
    const dataset = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8'));
    dataset.relations[0].type = 'friends';
    delete dataset.relations[1].label;
    dataset.entities[0].colour = 'red';
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, JSON.stringify(dataset, null, 2));
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 1);
    assert.match(
      r.stderr,
      /\$\.relations\[0\]\.type \(armenia-azerbaijan-conflict\): "type" is "friends", which is not allowed; use one of: alliance/,
    );
    assert.match(r.stderr, /\$\.relations\[1\] \([a-z-]+\): the field "label" is missing/);
    assert.match(r.stderr, /\$\.entities\[0\] \(armenia\): unknown field "colour"/);

    const fixed = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8'));
    fixed.relations[0].target = 'narnia';
    writeFileSync(broken, JSON.stringify(fixed));
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /target "narnia" is not an entity/);

    const offsets = JSON.parse(readFileSync(join(ROOT, 'data/dataset.json'), 'utf8'));
    offsets.evidence[0].start += 1;
    writeFileSync(broken, JSON.stringify(offsets));
    assert.equal(nutgraf(['check', broken], dir).status, 0, 'offsets are only checked against an article');
    r = nutgraf(['check', broken, '--article', ARTICLE], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /offsets \d+–\d+ cut/);

    writeFileSync(broken, '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n');
    r = nutgraf(['check', broken], dir);
    assert.equal(r.status, 3);
    assert.match(r.stderr, /not valid JSON at line 4, column 1/);

    writeFileSync(broken, '');
    assert.equal(nutgraf(['check', broken], dir).status, 1);
  });
});
