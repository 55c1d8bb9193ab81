// Quality of `nutgraf draft`, measured on the project's article against the curated
// dataset, on the example stories against theirs, and on self-written articles against
// their expected files: entities, speakers and negative claims (draft-measure.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftAnnotations } from '../../packages/cli/dist/draft.js';
import { findEntities } from '../../packages/cli/dist/entities.js';
import { findHedges, certaintyOf } from '../../packages/cli/dist/hedges.js';
import { resolve } from '../../packages/cli/dist/gazetteer.js';
import { describeLink } from '../../packages/cli/dist/relations.js';
import { splitSentences } from '../../packages/cli/dist/derive/sentences.js';
import { findSpeech } from '../../packages/cli/dist/speech.js';
import { articles, measure, cell } from './draft-measure.mjs';

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
  // Missed are sentences without a hedge word: reported speech ("Lavrov listed …") and the
  // author's judgement ("Russia cannot provide this"). The curated dataset is still being
  // reviewed, so this is a floor on the share flagged, not a list.
  assert.ok(hedgedClaims.size > 0);
  assert.ok(flagged.length / hedgedClaims.size >= 0.5, `${flagged.length} of ${hedgedClaims.size}`);
  assert.ok(
    [...hedgedClaims].some((i) => sentences[i].text === 'However, Russia cannot provide this.') &&
      !findHedges('However, Russia cannot provide this.').length,
    'a judgement without a hedge word is not flagged (a known gap)',
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

// ---- speakers, negative claims and names found by their shape, measured on every article ----

/**
 * Floors for each article the draft is measured on (docs/guide-make-graphics-for-your-story.md,
 * "How good is the draft?"): recall is right / expected, precision right / found. The
 * curated datasets are reviewed by hand and may gain claims, so the floors are ratios with
 * a little slack under what was measured; the self-written fixture must be found whole.
 * @type {Record<string, Record<'entities' | 'speakers' | 'negatives', [number, number]>>}
 *   article → measure → [recall floor, precision floor]
 */
const FLOORS = {
  article: { entities: [1, 0.9], speakers: [0.4, 0.6], negatives: [0.55, 0.55] },
  'gas-corridor': { entities: [1, 0.85], speakers: [0.7, 0.9], negatives: [0.9, 0.9] },
  refusals: { entities: [1, 0.9], speakers: [0.35, 0.9], negatives: [0.35, 0.9] },
  takeover: { entities: [1, 0.85], speakers: [0.25, 0.6], negatives: [0, 0] },
  'speakers-and-refusals': { entities: [1, 1], speakers: [1, 1], negatives: [1, 1] },
  'grain-talks': { entities: [1, 1], speakers: [1, 1], negatives: [1, 1] },
};

test('measured: entities, speakers and negative claims on every article stay above their floors', (t) => {
  const all = articles();
  assert.deepEqual(all.map((a) => a.name).sort(), Object.keys(FLOORS).sort(), 'every article has floors');
  for (const a of all) {
    const m = measure(a.text, a.expected);
    t.diagnostic(
      `${a.name}: entities ${cell(m.entities)}, speakers ${cell(m.speakers)}, negative claims ${cell(m.negatives)} (found / right / missed of expected)`,
    );
    for (const what of /** @type {const} */ (['entities', 'speakers', 'negatives'])) {
      const tally = m[what];
      const [recallFloor, precisionFloor] = FLOORS[a.name][what];
      const recall = tally.expected ? tally.right / tally.expected : 1;
      const precision = tally.found ? tally.right / tally.found : 1;
      assert.ok(recall >= recallFloor, `${a.name} ${what}: recall ${recall.toFixed(2)} < ${recallFloor}`);
      assert.ok(
        precision >= precisionFloor,
        `${a.name} ${what}: precision ${precision.toFixed(2)} < ${precisionFloor}`,
      );
    }
    // something must be measured: a table of zeros proves nothing
    if (a.name !== 'grain-talks') assert.ok(m.speakers.expected > 0 && m.negatives.expected > 0, a.name);
  }
  // the fixture is found whole, and the measure can fail: an empty draft scores zero
  const fixture = /** @type {any} */ (all.find((a) => a.name === 'speakers-and-refusals'));
  const whole = measure(fixture.text, fixture.expected);
  assert.equal(
    whole.speakers.right,
    fixture.expected.claims.filter((/** @type {any} */ c) => c.speaker || c.description).length,
  );
  assert.equal(
    whole.negatives.right,
    fixture.expected.claims.filter((/** @type {any} */ c) => c.polarity === 'negative').length,
  );
  const blank = measure(
    fixture.text.replace(/\p{Lu}/gu, (c) => c.toLowerCase()),
    fixture.expected,
  );
  assert.ok(blank.entities.right < fixture.expected.entities.length / 2, 'lower-cased text loses the names');
});

test('every negation cue proposes a negative claim', () => {
  for (const [between, after] of /** @type {Array<[string, string?]>} */ ([
    [' did not provide support to '],
    [' has yet to pay '],
    [' refused to sign a contract with '],
    [' declined to comment on its contract with '],
    [' stayed silent about '],
    [' remained silent on the proposal from '],
    [' was silent about '],
    [' raised its prices, without reaction from '],
    [' gave no reaction to the offer from '],
    [' cannot finance the pipeline without '],
    [' could not commit funds before '],
    [' and ', ' are neither ready nor willing to share the cost.'],
    [' said no supply contract had been signed with '],
    [' withheld a payment to '],
  ])) {
    const link = describeLink(between, after);
    assert.equal(link.negative, true, `${between}${after ?? ''}`);
    assert.doesNotMatch(link.kind.verb, /\bnot\b|refused|declined|yet to/, 'a kind reads positively');
  }
  for (const between of [
    ' supplied drones to ',
    ' faces not only a wave of protests but also ',
    ' signed a deal with ',
  ])
    assert.equal(describeLink(between).negative, false, between);
});

test('every speech cue proposes who says it: a named speaker as its id, an unnamed one in words', () => {
  /**
   * @param {string} text
   * @param {Array<[string, string, string]>} named [text of the mention, id, kind]
   * @param {Record<string, string>} [nouns]
   */
  const speech = (text, named, nouns = {}) =>
    findSpeech(
      { text, start: 0 },
      named.map(([mention, id, kind]) => {
        const start = [...text.slice(0, text.indexOf(mention))].length;
        return { id, kind, start, end: start + [...mention].length };
      }),
      new Map(Object.entries(nouns)),
    );
  const said = speech('Ana Ruiz said Acme had signed a gas deal with Norway.', [
    ['Ana Ruiz', 'ruiz', 'person'],
    ['Acme', 'acme', 'company'],
    ['Norway', 'norway', 'country'],
  ]);
  assert.deepEqual(said, { speaker: 'ruiz', mode: 'paraphrase', cue: 'said' });
  for (const [
    text,
    named,
    speaker,
  ] of /** @type {Array<[string, Array<[string, string, string]>, string]>} */ ([
    [
      'Ruiz says Norway will pay.',
      [
        ['Ruiz', 'ruiz', 'person'],
        ['Norway', 'norway', 'country'],
      ],
      'ruiz',
    ],
    [
      'Ruiz told reporters that Norway will pay.',
      [
        ['Ruiz', 'ruiz', 'person'],
        ['Norway', 'norway', 'country'],
      ],
      'ruiz',
    ],
    [
      'Ruiz spoke to reporters about Norway.',
      [
        ['Ruiz', 'ruiz', 'person'],
        ['Norway', 'norway', 'country'],
      ],
      'ruiz',
    ],
    [
      'Acme stated that Norway will pay.',
      [
        ['Acme', 'acme', 'company'],
        ['Norway', 'norway', 'country'],
      ],
      'acme',
    ],
    [
      'Acme announced a deal with Norway.',
      [
        ['Acme', 'acme', 'company'],
        ['Norway', 'norway', 'country'],
      ],
      'acme',
    ],
    [
      'Norway will pay, according to Acme.',
      [
        ['Norway', 'norway', 'country'],
        ['Acme', 'acme', 'company'],
      ],
      'acme',
    ],
    [
      'A spokesperson for Acme said Norway will pay.',
      [
        ['Acme', 'acme', 'company'],
        ['Norway', 'norway', 'country'],
      ],
      'acme',
    ],
    [
      'Ana Ruiz, the energy minister of Norway, told reporters so.',
      [
        ['Ana Ruiz', 'ruiz', 'person'],
        ['Norway', 'norway', 'country'],
      ],
      'ruiz',
    ],
    ['"We will pay," said Ana Ruiz, the minister.', [['Ana Ruiz', 'ruiz', 'person']], 'ruiz'],
    ['Flows rose by a tenth, the operator said.', [], 'acme'],
  ]))
    assert.equal(speech(text, named, { operator: 'acme' })?.speaker, speaker, text);
  for (const [text, description] of [
    ['According to some reports, Norway paid.', 'some reports'],
    ['Some reports say Norway paid.', 'some reports'],
    ['Diplomats say Norway paid.', 'diplomats'],
    ['Norway has paid, officials say.', 'officials'],
    [
      'An official speaking on condition of anonymity said Norway paid.',
      'an official speaking on condition of anonymity',
    ],
  ])
    assert.equal(speech(text, [['Norway', 'norway', 'country']])?.description, description, text);
  assert.equal(
    speech('"Norway will not pay for this deal," Ruiz said.', [['Ruiz', 'ruiz', 'person']])?.mode,
    'quote',
  );
  // the author's own words, a refusal to speak, a hedge and a meeting are not speech
  for (const text of [
    'Norway paid for the pipeline.',
    'Acme has not said whether Norway paid.',
    'Acme declined to say whether Norway paid.',
    'Norway is said to have paid.',
    'Ruiz spoke with Norway.',
    'Ruiz said nothing at all.'.replace('Ruiz said', 'Ruiz, who quoted "they said",'),
  ])
    assert.equal(speech(text, [['Norway', 'norway', 'country']]), undefined, text);
});

test('names by shape: titles, appositions, company words and state firms; same surnames kept apart; a family-named company is no person', () => {
  const text =
    'Energy Minister Ana Ruiz said the state firm Petrolia had signed a gas deal with Norway.\n' +
    'Carlos Ruiz, the finance minister, stayed silent.\n' +
    'Ruiz told reporters that the budget was safe.\n' +
    'Ruiz Holdings SA refused to comment, and the Ruiz company has yet to pay Nordic Petroleum.\n' +
    'State-owned Vostra did not reply to Blue Sky Airlines.\n' +
    'Balkan Grid, the operator of the network, said flows rose; the operator said so again.\n';
  const { files } = draftAnnotations(text, { name: 'shapes.txt' });
  const entities = JSON.parse(files['annotations/entities.json']).entities;
  const relations = JSON.parse(files['annotations/relations.json']).relations;
  const byName = new Map(entities.map((/** @type {any} */ e) => [e.name, e]));
  assert.equal(byName.get('Ana Ruiz')?.kind, 'person', 'title and name, title stripped');
  assert.equal(byName.get('Carlos Ruiz')?.kind, 'person', 'apposition; a second Ruiz, kept apart');
  assert.notEqual(byName.get('Ana Ruiz')?.id, byName.get('Carlos Ruiz')?.id);
  for (const company of [
    'Petrolia',
    'Ruiz Holdings SA',
    'Nordic Petroleum',
    'Vostra',
    'Blue Sky Airlines',
    'Balkan Grid',
  ])
    assert.equal(byName.get(company)?.kind, 'company', company);
  assert.deepEqual(
    byName.get('Ruiz Holdings SA')?.aliases,
    ['Ruiz company'],
    '"the Ruiz company" is the company',
  );
  // "Ruiz told …": the nearest full name before it, flagged as ambiguous
  const carlos = byName.get('Carlos Ruiz');
  assert.deepEqual(carlos.aliases, ['Ruiz']);
  assert.match(carlos.comment, /AMBIGUOUS: "Ruiz" alone .* could be Ana Ruiz/);
  assert.equal(byName.get('Ana Ruiz').aliases, undefined, 'no surname-only mention went to Ana Ruiz');
  assert.ok(!entities.some((/** @type {any} */ e) => e.kind === 'person' && /Holdings|company/.test(e.name)));
  // the gas deal is a signing, from the sentence's own verb; attribution and negatives proposed
  const deal = relations.find((/** @type {any} */ r) => r.source === 'petrolia' && r.target === 'norway');
  assert.equal(deal?.type, 'sign');
  assert.doesNotMatch(deal.type, /oil|buy/);
  assert.deepEqual(deal.attribution, { speaker: 'ana-ruiz', mode: 'paraphrase' });
  assert.match(deal.comment, /Attributed from "said" to "ana-ruiz"/);
  const unpaid = relations.find(
    (/** @type {any} */ r) => r.source === 'ruiz-holdings-sa' && r.target === 'nordic-petroleum',
  );
  assert.equal(unpaid?.polarity, 'negative');
  assert.equal(unpaid?.attribution, undefined, 'no speech cue: the author’s own words');
  assert.match(unpaid.comment, /No speech cue/);
});
