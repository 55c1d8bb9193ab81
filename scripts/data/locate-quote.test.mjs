import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../packages/cli/dist/derive/sentences.js';
import { locateQuote } from '../../packages/cli/dist/derive/locate-quote.js';
import { inputs, assemble, buildError, file } from './fixtures.mjs';

const text = inputs().article;
const source = { text, codePoints: [...text], sentences: splitSentences(text) };

test('a quote not found verbatim fails and shows the closest passage', () => {
  const result = locateQuote(source, 'their mutual friend Nicolas Maduro');
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /not in the source verbatim/);
  assert.match(
    result.ok ? '' : result.message,
    /closest passage \(sentence 1, .*\): "their mutual friend Nicolás Maduro"/,
  );
  assert.match(result.ok ? '' : result.message, /U\+00E1/);
});

test('a hyphen where the source has an en dash fails, naming both characters', () => {
  const result = locateQuote(source, 'its two members - Russia and Iran');
  assert.equal(result.ok, false);
  assert.match(result.ok ? '' : result.message, /"-" \(U\+002D\), the source has "–" \(U\+2013\)/);
});

test('the build fails on a non-verbatim quote and names the annotation', () => {
  const input = inputs();
  file(input, 'data/annotations/relations.json').relations[0].evidence[0] =
    'his allies are facing the biggest uprising';
  const message = buildError(input);
  assert.match(message, /relations\.json relations\[0\] \(russia-iran-alliance\)\.evidence\[0\]/);
  assert.match(message, /closest passage/);
});

test('a quote found only in a subhead is not body evidence unless marked subhead', () => {
  const only = locateQuote(source, 'Tehran expects tangible support');
  assert.equal(only.ok, false);
  assert.match(only.ok ? '' : only.message, /stands only in a subhead/);
  const marked = locateQuote(source, { quote: 'Tehran expects tangible support', subhead: true });
  assert.equal(marked.ok && marked.location.subhead, true);
});

test('a quote in both a subhead and the body resolves to the body', () => {
  const result = locateQuote(
    source,
    'Moscow has recently supplied Tehran with armoured vehicles and attack helicopters',
  );
  assert.equal(result.ok && result.location.sentence, 15);
  assert.equal(result.ok && result.location.subhead, false);
});

test('an ambiguous quote fails unless an occurrence is chosen', () => {
  const ambiguous = locateQuote(source, "Putin's silence");
  assert.equal(ambiguous.ok, false);
  assert.match(ambiguous.ok ? '' : ambiguous.message, /ambiguous: it occurs 2 times \(sentences 2, 11\)/);
  const second = locateQuote(source, { quote: "Putin's silence", occurrence: 2 });
  assert.equal(second.ok && second.location.sentence, 11);
  assert.equal(locateQuote(source, { quote: "Putin's silence", occurrence: 3 }).ok, false);
});

test('offsets round-trip: the code point slice of the article at every evidence item is its quote', () => {
  const { dataset } = assemble(inputs());
  const codePoints = [...text];
  assert.equal(dataset.offsetUnit, 'codepoint');
  assert.ok(dataset.evidence.length > 0);
  for (const ev of dataset.evidence) {
    assert.equal(codePoints.slice(ev.start, ev.end).join(''), ev.quote, ev.id);
    const sentence = source.sentences[ev.sentence];
    assert.ok(
      sentence.start <= ev.start && ev.end <= sentence.end,
      `${ev.id} lies in sentence ${ev.sentence}`,
    );
    assert.equal(ev.subhead, sentence.subhead);
  }
});

test('offsets count code points, not UTF-8 bytes, after non-ASCII text', () => {
  const quote = 'one of its members – Armenia – froze its membership in 2024';
  const result = locateQuote(source, quote);
  assert.ok(result.ok);
  const utf16 = text.indexOf(quote);
  assert.equal(result.location.start, [...text.slice(0, utf16)].length);
  // The en dashes and "á" before it are one code point each but three bytes in UTF-8.
  assert.notEqual(result.location.start, Buffer.byteLength(text.slice(0, utf16)));
});
