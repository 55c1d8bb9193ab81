import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../packages/cli/dist/derive/sentences.js';
import { inputs } from './fixtures.mjs';

test('subhead lines are their own sentences, flagged subhead', () => {
  const sentences = splitSentences(inputs().article);
  assert.equal(sentences.length, 38);
  assert.deepEqual(
    sentences.filter((s) => s.subhead).map((s) => s.index),
    [7, 12, 17, 22, 27, 30],
  );
  assert.equal(sentences[7].text, 'Tehran expects tangible support');
});

test('every sentence is the code point slice of the text at its offsets', () => {
  const text = inputs().article;
  const codePoints = [...text];
  for (const s of splitSentences(text)) assert.equal(codePoints.slice(s.start, s.end).join(''), s.text);
});

test('a body line splits after terminal punctuation, not after abbreviations or inside a sentence', () => {
  const sentences = splitSentences(
    'A head\nOne ends here. Two "quoted." Mr. Smith said e.g. this. 3 more!\n',
  );
  assert.deepEqual(
    sentences.map((s) => [s.text, s.subhead]),
    [
      ['A head', true],
      ['One ends here.', false],
      ['Two "quoted."', false],
      ['Mr. Smith said e.g. this.', false],
      ['3 more!', false],
    ],
  );
});
