import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { schemaValidator } from '../../packages/nutgraf/cli/derive/validate-schema.mjs';
import { ROOT, SCHEMA } from './build-dataset.mjs';
import { inputs, assemble } from './fixtures.mjs';

const validate = schemaValidator(join(ROOT, SCHEMA));
const built = assemble(inputs()).dataset;
const copy = () => structuredClone(built);

test('the built dataset fits the schema', () => {
  assert.deepEqual(validate(copy()), []);
});

test('the schema rejects a dataset missing a required field', () => {
  const data = copy();
  delete data.relations[0].certainty;
  delete data.source;
  const messages = validate(data).map((p) => `${p.path} ${p.message}`);
  assert.ok(
    messages.includes("$.relations[0] schema: must have required property 'certainty'"),
    messages.join('\n'),
  );
  assert.ok(messages.includes("$ schema: must have required property 'source'"), messages.join('\n'));
});

test('the schema rejects a bad enum value', () => {
  const data = copy();
  data.relations[0].certainty = 'rumoured';
  data.entities[0].kind = 'city';
  const paths = validate(data).map((p) => p.path);
  assert.ok(paths.includes('$.relations[0].certainty'));
  assert.ok(paths.includes('$.entities[0].kind'));
});

test('the schema rejects a non-http(s) citation url', () => {
  for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'example.org']) {
    const data = copy();
    data.citations[0].url = url;
    assert.deepEqual(
      validate(data).map((p) => p.path),
      ['$.citations[0].url'],
      url,
    );
  }
});

test('the schema rejects unknown fields and wrong types', () => {
  const data = copy();
  data.entities[0].colour = 'red';
  data.evidence[0].start = '12';
  data.series[0].values[0].value = '80';
  const paths = validate(data).map((p) => p.path);
  assert.ok(paths.includes('$.entities[0]'));
  assert.ok(paths.includes('$.evidence[0].start'));
  assert.ok(paths.includes('$.series[0].values[0].value'));
});
