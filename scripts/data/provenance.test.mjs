// The standards desk's rules on a built dataset: where each claim comes from, remainders,
// and every quote and selector against the article (check-provenance.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkProvenance } from '../../packages/cli/dist/derive/check-provenance.js';
import { inputs, assemble } from './fixtures.mjs';

const article = inputs().article;
const built = assemble(inputs()).dataset;
const copy = () => structuredClone(built);
/** @param {Record<string, any>} dataset @param {string} [text] */
const messages = (dataset, text) => checkProvenance(dataset, text).map((p) => `${p.where}: ${p.message}`);

test('the built dataset keeps every rule, quotes and selectors included', () => {
  assert.deepEqual(messages(copy(), article), []);
});

test('a selector whose prefix or suffix is not the article around its quote is found', () => {
  const data = copy();
  data.evidence[3].selector.prefix = 'not the text before it';
  data.evidence[4].selector.suffix = `${data.evidence[4].selector.suffix}!`;
  const found = messages(data, article);
  assert.equal(found.length, 2, found.join('\n'));
  assert.match(
    found[0],
    /^\$\.evidence\[3\]\.selector\.prefix: is "not the text before it", but the article has ".*" before the quote$/,
  );
  assert.match(
    found[1],
    /^\$\.evidence\[4\]\.selector\.suffix: is ".*!", but the article has ".*" after the quote$/,
  );
  // without the article, quotes and selectors are not checked
  assert.deepEqual(messages(data), []);
});

test('offsets that do not cut the quote out of the article are found, in code points or UTF-16', () => {
  const data = copy();
  data.evidence[0].start += 1;
  assert.match(
    messages(data, article)[0],
    /^\$\.evidence\[0\]: offsets \d+–\d+ cut ".*" out of the article, not the quote$/,
  );
  // the same quote in UTF-16 offsets after "á" and "–" is found at other numbers
  const utf16 = copy();
  utf16.offsetUnit = 'utf16';
  for (const ev of utf16.evidence) {
    const at = article.indexOf(ev.quote, [...article].slice(0, ev.start).join('').length);
    ev.start = at;
    ev.end = at + ev.quote.length;
  }
  assert.deepEqual(messages(utf16, article), []);
});

test('claims carry evidence or a citation by their basis; only an unspecified remainder is computed', () => {
  const data = copy();
  data.relations[0].evidence = [];
  data.entities.find((/** @type {any} */ e) => e.basis === 'outside').citations = [];
  data.relations[1].basis = 'computed';
  const found = messages(data);
  assert.ok(
    found.some((m) => /^\$\.relations\[0\]: basis "article" needs at least one evidence quote$/.test(m)),
  );
  assert.ok(found.some((m) => /^\$\.entities\[\d+\]: basis "outside" needs at least one citation$/.test(m)));
  assert.ok(found.some((m) => /^\$\.relations\[1\]: a relation cannot be computed/.test(m)));
});

test('a series checks its sum only when it has a total, and its unspecified remainder needs one', () => {
  const data = copy();
  const s = data.series[0];
  s.values[0].value = 70;
  assert.deepEqual(messages(data), [
    '$.series[0]: values add up to 90, not the total 100; give the rest as a remainder, or leave out "total" if the source gives no whole',
  ]);
  delete s.total;
  assert.deepEqual(messages(data), [
    '$.series[0].values[1]: an unspecified remainder is the rest of a known whole, but the series has no "total"; give the total the source states, or remove the remainder',
  ]);
  s.values.pop();
  assert.deepEqual(messages(data), [], 'no total, no remainder: nothing to add up');
});

test('an unspecified remainder belongs to nobody and is computed; a series has one remainder at most', () => {
  const data = copy();
  const rest = data.series[0].values[1];
  rest.entity = 'china';
  rest.basis = 'article';
  data.series[0].values.push({ ...data.series[0].values[0], value: 0, remainder: 'stated' });
  const found = messages(data);
  assert.ok(found.includes('$.series[0]: has 2 remainders; a series has at most one'), found.join('\n'));
  assert.ok(
    found.some((m) =>
      /values\[1\]: an unspecified remainder is computed from the total, never reported/.test(m),
    ),
  );
  assert.ok(
    found.some((m) => /values\[1\]: an unspecified remainder is the rest nobody is named for/.test(m)),
  );
});

test('a citation nobody cites is found', () => {
  const data = copy();
  data.citations.push({
    id: 'cite-spare',
    title: 'Spare',
    url: 'https://example.org/',
    accessed: '2026-01-01',
  });
  assert.deepEqual(messages(data), [
    `$.citations[${data.citations.length - 1}]: "cite-spare" is never used: no claim cites it`,
  ]);
});

test('group members named one by one are claims too', () => {
  const data = copy();
  data.groupings.push({
    id: 'named',
    label: 'Named',
    members: [{ entity: 'iran', certainty: 'asserted', basis: 'outside', evidence: [] }],
  });
  assert.deepEqual(messages(data), [
    `$.groupings[${data.groupings.length - 1}].members[0]: basis "outside" needs at least one citation`,
  ]);
});
