// Quality of `nutgraf draft`, measured on the project's article against the curated
// dataset, and on a second, self-written article against its own expected entities.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftAnnotations } from '../../packages/nutgraf/cli/draft.mjs';
import { findEntities } from '../../packages/nutgraf/cli/entities.mjs';
import { findHedges, certaintyOf } from '../../packages/nutgraf/cli/hedges.mjs';
import { resolve } from '../../packages/nutgraf/cli/gazetteer.mjs';
import { describeLink } from '../../packages/nutgraf/cli/relations.mjs';
import { splitSentences } from '../../packages/nutgraf/cli/derive/sentences.mjs';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const read = (/** @type {string} */ path) => readFileSync(join(ROOT, path), 'utf8');
const ARTICLE = read('data/source/article.txt');
const DATASET = JSON.parse(read('data/dataset.json'));
const SECOND = read('scripts/cli/fixtures/grain-talks.txt');
const SECOND_EXPECTED = JSON.parse(read('scripts/cli/fixtures/grain-talks.expected.json'));

/**
 * @param {string} text
 * @param {string} name
 */
function draftEntities(text, name) {
  const { files } = draftAnnotations(text, { name });
  return JSON.parse(files['annotations/entities.json']).entities;
}

/** @param {string} s */
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * An expected entity matches a drafted one: countries by ISO alpha-3, people by surname,
 * organisations by name, id or alias.
 * @param {any} want
 * @param {any} got
 */
function same(want, got) {
  if (want.kind !== got.kind) return false;
  if (want.kind === 'country') return want.iso3 === got.iso3;
  if (want.kind === 'person') {
    const surname = fold(want.name.split(/\s+/).pop());
    return fold(got.name).endsWith(surname);
  }
  const names = [got.id, got.name, ...(got.aliases ?? [])].map(fold);
  return [want.id, want.name, ...(want.aliases ?? [])].filter(Boolean).some((n) => names.includes(fold(n)));
}

/**
 * @param {any[]} expected
 * @param {any[]} drafted
 */
function score(expected, drafted) {
  const missed = expected.filter((w) => !drafted.some((g) => same(w, g)));
  const extra = drafted.filter((g) => !expected.some((w) => same(w, g)));
  const recall = (expected.length - missed.length) / expected.length;
  const precision = (drafted.length - extra.length) / drafted.length;
  return { recall, precision, missed, extra };
}

test('our article: the draft finds every country, person and organisation of the curated dataset', (t) => {
  // The curated dataset also holds outside knowledge (BRICS and CSTO members the article
  // never names); only what comes from the article can be drafted from it.
  const expected = DATASET.entities.filter(
    (/** @type {any} */ e) => e.basis === 'article' && ['country', 'person', 'organisation'].includes(e.kind),
  );
  const drafted = draftEntities(ARTICLE, 'article.txt');
  const { recall, precision, missed, extra } = score(expected, drafted);
  t.diagnostic(
    `our article: recall ${recall.toFixed(3)} (${expected.length - missed.length}/${expected.length}), ` +
      `precision ${precision.toFixed(3)} (${drafted.length - extra.length}/${drafted.length}); ` +
      `extra: ${extra.map((/** @type {any} */ e) => e.id).join(', ') || 'none'}`,
  );
  assert.deepEqual(
    missed.map((/** @type {any} */ e) => e.id),
    [],
  );
  assert.equal(recall, 1);
  // NATO ("NATO-like") is named but left out of the curated dataset: 18 of 19.
  assert.ok(precision >= 0.9, `precision ${precision}`);
  // ids agree with the curated ones, so a reviewed draft lines up with house style
  for (const e of expected)
    assert.ok(
      drafted.some((/** @type {any} */ d) => d.id === e.id),
      e.id,
    );
});

test('second article (self-written): every expected entity, nothing tuned to one text', (t) => {
  const drafted = draftEntities(SECOND, 'grain-talks.txt');
  const { recall, precision, missed, extra } = score(SECOND_EXPECTED.entities, drafted);
  t.diagnostic(
    `second article: recall ${recall.toFixed(3)} (${SECOND_EXPECTED.entities.length - missed.length}/${SECOND_EXPECTED.entities.length}), ` +
      `precision ${precision.toFixed(3)} (${drafted.length - extra.length}/${drafted.length})`,
  );
  assert.deepEqual(missed, []);
  assert.deepEqual(
    extra.map((/** @type {any} */ e) => e.id),
    [],
  );
});

test('hedged sentences are flagged: the words the standards desk names, and the sentences of hedged claims', (t) => {
  for (const phrase of ['according to', 'presumably', 'could', 'almost certainly', 'possible']) {
    const sentences = splitSentences(ARTICLE).filter((s) => new RegExp(`\\b${phrase}\\b`, 'i').test(s.text));
    assert.ok(sentences.length > 0, phrase);
    for (const s of sentences)
      assert.ok(
        findHedges(s.text).some((h) => h.phrase.toLowerCase() === phrase),
        `${phrase} in sentence ${s.index}`,
      );
  }
  // every sentence that is evidence of a non-asserted claim in the curated dataset
  const sentences = splitSentences(ARTICLE);
  const evidence = new Map(DATASET.evidence.map((/** @type {any} */ e) => [e.id, e]));
  const hedgedClaims = new Set(
    DATASET.relations
      .filter((/** @type {any} */ r) => r.basis === 'article' && r.certainty !== 'asserted')
      .flatMap((/** @type {any} */ r) =>
        r.evidence.map((/** @type {string} */ id) => evidence.get(id).sentence),
      ),
  );
  const flagged = [...hedgedClaims].filter((i) => findHedges(sentences[i].text).length > 0);
  t.diagnostic(
    `our article: ${flagged.length} of ${hedgedClaims.size} sentences behind hedged claims flagged`,
  );
  // Missed, each without a hedge word: reported speech ("Lavrov listed …") and the author's
  // judgement ("Russia cannot provide this", and the sentence it answers). Anything else
  // missed fails here.
  const missed = [...hedgedClaims]
    .filter((i) => !findHedges(sentences[i].text).length)
    .map((i) => sentences[i].text.slice(0, 40))
    .sort();
  assert.deepEqual(
    missed,
    [
      'However, Russia cannot provide this.',
      'Lavrov listed ongoing joint projects, in',
      'The Iranian leadership seeks tangible su',
    ].sort(),
  );

  const second = splitSentences(SECOND)
    .filter((s) => findHedges(s.text).length)
    .map((s) => s.index);
  assert.deepEqual(second, SECOND_EXPECTED.hedgedSentences);
});

test('hedges set the certainty a candidate may carry', () => {
  assert.equal(certaintyOf(findHedges('According to some reports, Moscow supplied Tehran.')), 'reported');
  assert.equal(certaintyOf(findHedges('It could potentially lead China to Russia.')), 'predicted');
  assert.equal(certaintyOf(findHedges('A possible attack by Israel on Iran.')), 'hypothetical');
  assert.equal(certaintyOf(findHedges('Russia supplied Iran.')), 'asserted');
  assert.deepEqual(findHedges('Talks resume in May.'), []);
});

test('lookup table: demonyms, capitals and stand-ins resolve to ISO codes; acronyms to organisations', () => {
  /** @param {string} s */
  const iso = (s) => {
    const r = resolve(s);
    return r?.kind === 'country'
      ? r.country.iso3
      : r?.kind === 'organisation'
        ? r.organisation.id
        : undefined;
  };
  assert.equal(iso('Israeli'), 'ISR');
  assert.equal(iso('Tehran'), 'IRN');
  assert.equal(iso('the Kremlin'), 'RUS');
  assert.equal(iso('Washington'), 'USA');
  assert.equal(iso("Russia's"), 'RUS');
  assert.equal(iso('CSTO'), 'csto');
  assert.equal(iso('NATO'), 'nato');
  assert.equal(iso('Jerusalem'), undefined, 'a contested capital is not resolved');
});

test('mentions carry code-point offsets; hyphenated pairs split, possessives stripped, al-Assad kept whole', () => {
  const { entities } = findEntities(ARTICLE);
  const cps = [...ARTICLE];
  for (const e of entities)
    for (const m of e.mentions)
      assert.equal(cps.slice(m.start, m.end).join(''), m.text, `${e.key} at ${m.start}`);
  const texts = (/** @type {string} */ key) =>
    entities.find((e) => e.key === key)?.mentions.map((m) => `${m.text}@${m.start}`) ?? [];
  const pair = ARTICLE.indexOf('Russia-Iran');
  const at = [...ARTICLE.slice(0, pair)].length;
  assert.ok(texts('country:RUS').includes(`Russia@${at}`));
  assert.ok(texts('country:IRN').includes(`Iran@${at + 7}`));
  assert.ok(texts('country:RUS').some((t) => t.startsWith('Moscow@')));
  assert.ok(!entities.some((e) => e.mentions.some((m) => /['’]s$/.test(m.text))), 'no possessive left');
  const assad = entities.find((e) => e.key === 'person:assad');
  assert.equal(assad?.name, 'Bashar al-Assad');
  // "Nicolás" before an offset makes code points and UTF-8 bytes differ; the offsets are code points
  const maduro = entities.find((e) => e.key === 'person:maduro');
  assert.equal(maduro?.mentions[0].text, 'Nicolás Maduro');
});

test('every drafted item is unreviewed and every candidate relation quotes its sentence and names a declared kind', () => {
  const { files, report } = draftAnnotations(ARTICLE, { name: 'article.txt' });
  const entities = JSON.parse(files['annotations/entities.json']).entities;
  const relations = JSON.parse(files['annotations/relations.json']).relations;
  const meta = JSON.parse(files['annotations/meta.json']).dataset;
  const vocabulary = JSON.parse(files['annotations/vocabulary.json']);
  const kinds = vocabulary.relationTypes;
  for (const item of [...entities, ...relations, ...kinds, meta]) assert.equal(item.review, 'unreviewed');
  assert.deepEqual(vocabulary.groupings, []);
  assert.deepEqual(JSON.parse(files['annotations/presentation.json']).presentation, {});
  assert.ok(relations.length > 0);
  const declared = new Set(kinds.map((/** @type {any} */ k) => k.id));
  assert.equal(declared.size, kinds.length, 'each kind once');
  for (const r of relations) {
    assert.ok(declared.has(r.type), r.type);
    assert.equal(r.evidence.length, 1);
    const quote = typeof r.evidence[0] === 'string' ? r.evidence[0] : r.evidence[0].quote;
    assert.ok(ARTICLE.includes(quote));
  }
  for (const k of kinds) {
    assert.ok(['forward', 'none'].includes(k.direction), k.id);
    assert.ok(k.label && k.verb, k.id);
  }
  const arms = relations.find(
    (/** @type {any} */ r) =>
      r.source === 'russia' && r.target === 'iran' && /According to some reports/.test(r.evidence[0]),
  );
  assert.equal(arms?.certainty, 'reported');
  assert.equal(arms?.type, 'supply', 'the kind is the sentence’s own verb, "supplied"');
  assert.equal(arms?.label, 'has recently supplied');
  assert.equal(report.status, 'complete');
  assert.equal(report.language.supported, true);
  assert.equal(report.counts.relationTypes, kinds.length);
});

test('kinds come from each sentence’s own verb: a gas deal is not an oil purchase', () => {
  const text =
    'Azerbaijan signed a gas deal with Türkiye on Monday.\n' +
    'China buys oil from Iran at a discount.\n' +
    'Germany imports gas from Norway.\n';
  const { files } = draftAnnotations(text, { name: 'energy.txt' });
  const relations = JSON.parse(files['annotations/relations.json']).relations;
  const kinds = JSON.parse(files['annotations/vocabulary.json']).relationTypes;
  const between = (/** @type {string} */ a, /** @type {string} */ b) =>
    relations.find((/** @type {any} */ r) => r.source === a && r.target === b);
  assert.equal(between('azerbaijan', 'turkiye')?.type, 'sign');
  assert.equal(between('azerbaijan', 'turkiye')?.label, 'signed a gas deal with');
  assert.equal(between('china', 'iran')?.type, 'buy');
  assert.equal(between('germany', 'norway')?.type, 'import');
  assert.deepEqual(
    kinds.map((/** @type {any} */ k) => [k.id, k.label, k.verb]),
    [
      ['sign', 'Signing', 'signed a gas deal with'],
      ['buy', 'Buying', 'bought oil from'],
      ['import', 'Importing', 'imported gas from'],
    ],
  );
});

test('a negated verb proposes a negative claim; a mutual verb an undirected kind', () => {
  for (const [words, kind, negative] of /** @type {const} */ ([
    [' did not provide security support to ', 'provide', true],
    [' refused to join the sanctions against ', 'join', true],
    [' has yet to comment on ', 'comment', true],
    [' will not accept ', 'accept', true],
    [' supplied drones to ', 'supply', false],
  ])) {
    const link = describeLink(words);
    assert.equal(link.kind.id, kind, words);
    assert.equal(link.negative, negative, words);
    assert.doesNotMatch(link.kind.verb, /\bnot\b|refused|yet to/, 'a kind reads positively');
  }
  assert.equal(describeLink(' met ').kind.direction, 'none');
  assert.equal(describeLink(' and ', ' officials met in Ankara').kind.id, 'meet');
  assert.equal(describeLink(' and ', ' officials met in Ankara').kind.direction, 'none');
  assert.equal(describeLink(' supplied ').kind.direction, 'forward');
  assert.equal(describeLink(', ').kind.id, 'named-with', 'no verb: a placeholder kind to review');

  const { files } = draftAnnotations(ARTICLE, { name: 'article.txt' });
  const relations = JSON.parse(files['annotations/relations.json']).relations;
  const silent = relations.find(
    (/** @type {any} */ r) => r.source === 'putin' && r.target === 'iran' && r.type === 'comment',
  );
  assert.equal(silent?.polarity, 'negative', '"Putin has yet to comment on … Iran"');
  assert.match(silent?.comment, /Proposed as negative/);
});

test('candidate relations cover the pairs of the curated relations from the article', (t) => {
  const { files } = draftAnnotations(ARTICLE, { name: 'article.txt' });
  const candidates = JSON.parse(files['annotations/relations.json']).relations;
  const pair = (/** @type {any} */ r) => [r.source, r.target].sort().join('|');
  const proposed = new Set(candidates.map(pair));
  const curated = DATASET.relations.filter((/** @type {any} */ r) => r.basis === 'article');
  const covered = curated.filter((/** @type {any} */ r) => proposed.has(pair(r)));
  const directed = curated.filter((/** @type {any} */ r) =>
    candidates.some((/** @type {any} */ c) => c.source === r.source && c.target === r.target),
  );
  const kinds = new Set(candidates.map((/** @type {any} */ c) => c.type));
  t.diagnostic(
    `our article: ${covered.length}/${curated.length} curated pairs proposed, ${directed.length} in the same direction, ` +
      `${candidates.length} candidates of ${kinds.size} proposed kinds in all`,
  );
  // Missed: Armenia–CSTO, where the article says "one of its members" (no coreference).
  assert.ok(covered.length >= curated.length - 1, `${covered.length}/${curated.length}`);
});
