// Measures `nutgraf draft` against what a careful reviewer found: entities, speakers
// (attribution) and negative claims, as found / right / missed. Used by
// draft-quality.test.mjs (floors) and run by hand to print the guide's table:
//   node scripts/cli/draft-measure.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { draftAnnotations } from '../../packages/cli/dist/draft.js';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');

/**
 * @typedef {{ source: string, target: string, sentences: number[], speaker?: string, description?: string, polarity?: string }} Claim
 * @typedef {{ entities: any[], claims: Claim[] }} Expected
 * @typedef {{ expected: number, found: number, right: number, missed: number }} Tally
 * @typedef {{ entities: Tally, speakers: Tally, negatives: Tally, missedEntities: string[], extraEntities: string[], wrongSpeakers: string[], missedSpeakers: string[], wrongNegatives: string[], missedNegatives: string[] }} Measurement
 */

/** @param {string} s */
const fold = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .replace(/^(?:the|an?)\s+/u, '')
    .trim();

/**
 * An expected entity matches a drafted one: countries by ISO alpha-3, people by surname,
 * organisations and companies (either kind: the reviewer settles which) by name, id or alias.
 * @param {any} want
 * @param {any} got
 */
export function same(want, got) {
  const actor = (/** @type {string} */ k) => (k === 'company' ? 'organisation' : k);
  if (actor(want.kind) !== actor(got.kind)) return false;
  if (want.kind === 'country') return want.iso3 === got.iso3;
  if (want.kind === 'person') {
    // a full name must be the same full name: two people may share a surname
    const name = fold(got.name);
    return name.split(/\s+/).length > 1
      ? name === fold(want.name)
      : name === fold(want.name.split(/\s+/).pop());
  }
  const names = [got.id, got.name, ...(got.aliases ?? [])].map(fold);
  return [want.id, want.name, ...(want.aliases ?? [])].filter(Boolean).some((n) => names.includes(fold(n)));
}

/**
 * What the curated dataset holds that a draft can find: entities and relations from the
 * article. Claims attributed to the article's author are the author's own words (no speaker).
 * @param {any} dataset
 * @returns {Expected}
 */
export function fromDataset(dataset) {
  const evidence = new Map(dataset.evidence.map((/** @type {any} */ e) => [e.id, e]));
  const entities = dataset.entities.filter(
    (/** @type {any} */ e) =>
      e.basis === 'article' && ['country', 'person', 'organisation', 'company'].includes(e.kind),
  );
  const claims = dataset.relations
    .filter((/** @type {any} */ r) => r.basis === 'article')
    .map((/** @type {any} */ r) => {
      const a = r.attribution ?? {};
      const author = !a.speaker && /\bauthor\b/iu.test(a.description ?? '');
      return {
        source: r.source,
        target: r.target,
        sentences: r.evidence.map((/** @type {string} */ id) => evidence.get(id).sentence),
        ...(a.speaker ? { speaker: a.speaker } : {}),
        ...(a.description && !author ? { description: a.description } : {}),
        ...(r.polarity ? { polarity: r.polarity } : {}),
      };
    });
  return { entities, claims };
}

/**
 * Drafts `text` and scores the draft against `expected`.
 * @param {string} text
 * @param {Expected} expected
 * @returns {Measurement}
 */
export function measure(text, expected) {
  const { files } = draftAnnotations(text, { name: 'article.txt' });
  const drafted = JSON.parse(files['annotations/entities.json']).entities;
  const relations = JSON.parse(files['annotations/relations.json']).relations;

  const missedEntities = expected.entities.filter((w) => !drafted.some((/** @type {any} */ g) => same(w, g)));
  const extra = drafted.filter((/** @type {any} */ g) => !expected.entities.some((w) => same(w, g)));
  /** drafted id → expected id */
  const toExpected = new Map(
    drafted.map((/** @type {any} */ g) => [g.id, expected.entities.find((w) => same(w, g))?.id]),
  );
  const candidates = relations
    .map((/** @type {any} */ r) => ({
      pair: [toExpected.get(r.source), toExpected.get(r.target)].sort().join('|'),
      sentence: Number(/^Candidate: sentence (\d+)/.exec(r.comment)?.[1]),
      negative: r.polarity === 'negative',
      attribution: r.attribution
        ? {
            speaker: r.attribution.speaker ? toExpected.get(r.attribution.speaker) : undefined,
            description: r.attribution.description,
          }
        : undefined,
    }))
    .filter((/** @type {any} */ c) => !c.pair.includes('undefined'));

  const speakers = { expected: 0, found: 0, right: 0, missed: 0 };
  const negatives = { expected: 0, found: 0, right: 0, missed: 0 };
  /** @type {string[]} */ const wrongSpeakers = [];
  /** @type {string[]} */ const missedSpeakers = [];
  /** @type {string[]} */ const wrongNegatives = [];
  /** @type {string[]} */ const missedNegatives = [];
  for (const claim of expected.claims) {
    const pair = [claim.source, claim.target].sort().join('|');
    const name = `${claim.source}–${claim.target} (sentence ${claim.sentences.join(', ')})`;
    const matched = candidates.filter(
      (/** @type {any} */ c) => c.pair === pair && claim.sentences.includes(c.sentence),
    );
    const wantNegative = claim.polarity === 'negative';
    const wantSpeaker = Boolean(claim.speaker || claim.description);
    // the candidate a reviewer would keep for this claim: one of the same polarity if any
    const chosen = matched.find((/** @type {any} */ c) => c.negative === wantNegative) ?? matched[0];
    if (wantNegative) negatives.expected++;
    if (chosen?.negative) {
      negatives.found++;
      if (wantNegative) negatives.right++;
      else wrongNegatives.push(name);
    } else if (wantNegative) missedNegatives.push(name);
    if (wantSpeaker) speakers.expected++;
    const got = chosen?.attribution;
    if (got) {
      speakers.found++;
      const right = claim.speaker
        ? got.speaker === claim.speaker
        : Boolean(claim.description && got.description && similar(got.description, claim.description));
      if (right) speakers.right++;
      else wrongSpeakers.push(`${name}: ${got.speaker ?? got.description}`);
    }
    if (
      wantSpeaker &&
      !(
        got &&
        (claim.speaker
          ? got.speaker === claim.speaker
          : got.description && similar(got.description, claim.description ?? ''))
      )
    )
      missedSpeakers.push(`${name}: ${claim.speaker ?? claim.description}`);
  }
  speakers.missed = speakers.expected - speakers.right;
  negatives.missed = negatives.expected - negatives.right;
  return {
    entities: {
      expected: expected.entities.length,
      found: drafted.length,
      right: drafted.length - extra.length,
      missed: missedEntities.length,
    },
    speakers,
    negatives,
    missedEntities: missedEntities.map((e) => e.id ?? e.name ?? e.iso3),
    extraEntities: extra.map((/** @type {any} */ e) => e.id),
    wrongSpeakers,
    missedSpeakers,
    wrongNegatives,
    missedNegatives,
  };
}

/**
 * Two descriptions of an unnamed speaker agree: the same words, or one inside the other
 * ("diplomats" and "western diplomats").
 * @param {string} a
 * @param {string} b
 */
function similar(a, b) {
  const [x, y] = [fold(a), fold(b)];
  return x === y || x.includes(y) || y.includes(x);
}

/** @param {string} path */
const read = (path) => readFileSync(join(ROOT, path), 'utf8');

/**
 * The articles the draft is measured on: the project's article against the curated
 * dataset, each example story against its dataset, and the self-written fixtures against
 * their expected files.
 * @returns {Array<{ name: string, label: string, text: string, expected: Expected }>}
 */
export function articles() {
  const out = [
    {
      name: 'article',
      label: "the project's article on Russia and Iran, against the curated `data/dataset.json`",
      text: read('data/source/article.txt'),
      expected: fromDataset(JSON.parse(read('data/dataset.json'))),
    },
  ];
  const stories = join(ROOT, 'examples', 'stories');
  for (const story of readdirSync(stories).sort()) {
    const folder = join('examples', 'stories', story);
    if (!existsSync(join(ROOT, folder, 'dataset.json'))) continue;
    out.push({
      name: story,
      label: `example story \`${story}\`, against its \`dataset.json\``,
      text: read(join(folder, 'article.txt')),
      expected: fromDataset(JSON.parse(read(join(folder, 'dataset.json')))),
    });
  }
  for (const fixture of ['speakers-and-refusals', 'grain-talks']) {
    const expected = JSON.parse(read(`scripts/cli/fixtures/${fixture}.expected.json`));
    out.push({
      name: fixture,
      label: `self-written \`scripts/cli/fixtures/${fixture}.txt\``,
      text: read(`scripts/cli/fixtures/${fixture}.txt`),
      expected: {
        entities: expected.entities,
        claims: (expected.claims ?? []).map((/** @type {any} */ c) => ({
          ...c,
          sentences: c.sentences ?? [c.sentence],
        })),
      },
    });
  }
  return out;
}

/** @param {Tally} t */
export const cell = (t) => `${t.found} / ${t.right} / ${t.missed} of ${t.expected}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log('| article | entities | speakers | negative claims |');
  console.log('| --- | --- | --- | --- |');
  for (const a of articles()) {
    const m = measure(a.text, a.expected);
    console.log(`| ${a.label} | ${cell(m.entities)} | ${cell(m.speakers)} | ${cell(m.negatives)} |`);
    if (process.argv.includes('--why'))
      console.log(
        JSON.stringify(
          {
            missedEntities: m.missedEntities,
            extraEntities: m.extraEntities,
            wrongSpeakers: m.wrongSpeakers,
            missedSpeakers: m.missedSpeakers,
            wrongNegatives: m.wrongNegatives,
            missedNegatives: m.missedNegatives,
          },
          null,
          1,
        ),
      );
  }
}
