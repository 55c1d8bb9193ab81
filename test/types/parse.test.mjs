// parseDataset and isDataset at run time, from the built `@nutgraf/core/dataset` (needs
// `npm run build`), beside the compile-time check in tags.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DatasetError, isDataset, parseDataset } from '@nutgraf/core/dataset';

const json = JSON.parse(readFileSync(new URL('../../data/dataset.json', import.meta.url), 'utf8'));

describe('parseDataset and isDataset', () => {
  it('returns a valid dataset as a clean copy, and isDataset says yes', () => {
    const dataset = parseDataset(json);
    assert.notEqual(dataset, json);
    assert.equal(dataset.schemaVersion, 2);
    assert.equal(dataset.entities.length, json.entities.length);
    assert.equal(isDataset(json), true);
  });

  it('throws a DatasetError naming each wrong field', () => {
    const bad = structuredClone(json);
    bad.entities[2].kind = 'planet';
    delete bad.title;
    assert.throws(
      () => parseDataset(bad),
      (error) => {
        assert.ok(error instanceof DatasetError);
        assert.equal(error.name, 'DatasetError');
        assert.match(error.message, /\$\.title: is required but missing/);
        assert.match(error.message, /\$\.entities\[2\]\.kind: must be one of .*not "planet"/);
        assert.deepEqual(
          error.problems.map((p) => p.path),
          ['$.title', '$.entities[2].kind'],
        );
        return true;
      },
    );
    assert.equal(isDataset(bad), false);
  });

  it('isDataset: false for anything not a dataset as it stands', () => {
    for (const value of [null, undefined, 2, 'text', [], { schemaVersion: 2 }])
      assert.equal(isDataset(value), false);
    // Valid once the defaults are filled in, which only parseDataset's copy has.
    const noGroupings = structuredClone(json);
    delete noGroupings.groupings;
    assert.equal(isDataset(noGroupings), false);
    assert.deepEqual(parseDataset(noGroupings).groupings, []);
  });
});
