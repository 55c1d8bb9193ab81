/**
 * A small, self-written version-2 dataset for the network's tests: every relation direction,
 * a colour slot named by the data, a claim that did not happen, attributed claims (a speaker
 * entity and an anonymous description), a relation note, a company, people with roles and
 * affiliations, a grouping, and the network's own words.
 */
import type { Dataset, Evidence } from '@nutgraf/core';

const quote = (id: string, text: string, sentence: number): Evidence => ({
  id,
  quote: text,
  sentence,
  start: sentence * 100,
  end: sentence * 100 + text.length,
  subhead: false,
  selector: { type: 'TextQuoteSelector', exact: text, prefix: 'before ', suffix: ' after' },
});

const claim = (evidence: string) => ({
  certainty: 'asserted' as const,
  basis: 'article' as const,
  evidence: [evidence],
});

export const fixture: Dataset = {
  schemaVersion: 2,
  id: 'network-fixture',
  title: 'Test fixture',
  offsetUnit: 'codepoint',
  source: {
    name: 'Test article',
    title: null,
    byline: null,
    date: null,
    url: 'https://example.org/test-article',
    language: 'en',
    sha256: 'a'.repeat(64),
    sentenceCount: 9,
    selfWritten: true,
  },
  relationTypes: [
    { id: 'ahead', label: 'Deliveries', verb: 'delivered goods to', direction: 'forward' },
    { id: 'back', label: 'Purchases', verb: 'buys goods from', direction: 'backward', color: 4 },
    { id: 'plain', label: 'Talks', verb: 'held talks with', direction: 'none' },
    { id: 'seat', label: 'Board seats', verb: 'holds a seat on', direction: 'forward' },
  ],
  groupings: [{ id: 'board-members', label: 'Board members', from: { type: 'seat', target: 'board' } }],
  entities: [
    { id: 'alpha', kind: 'country', name: 'Alphaland', ...claim('e-alpha') },
    { id: 'beta', kind: 'country', name: 'Betania', ...claim('e-beta') },
    { id: 'acme', kind: 'company', name: 'Acme Holdings', ...claim('e-acme') },
    { id: 'board', kind: 'organisation', name: 'Supervisory Board', ...claim('e-board') },
    {
      id: 'dana',
      kind: 'person',
      name: 'Dana Reyes',
      role: 'chief executive',
      affiliation: 'acme',
      ...claim('e-dana'),
    },
    {
      id: 'ed',
      kind: 'person',
      name: 'Ed Okafor',
      role: 'board chair',
      affiliation: 'board',
      ...claim('e-ed'),
    },
  ],
  relations: [
    { id: 'r-deliver', type: 'ahead', source: 'alpha', target: 'beta', ...claim('e-deliver') },
    {
      id: 'r-buy',
      type: 'back',
      source: 'acme',
      target: 'beta',
      certainty: 'reported',
      basis: 'article',
      attribution: { speaker: 'dana', mode: 'paraphrase' },
      evidence: ['e-buy'],
    },
    {
      id: 'r-talks',
      type: 'plain',
      source: 'alpha',
      target: 'acme',
      note: 'The talks were described as routine.',
      ...claim('e-talks'),
    },
    {
      id: 'r-refuse',
      type: 'ahead',
      source: 'beta',
      target: 'alpha',
      label: 'refused to deliver goods to',
      polarity: 'negative',
      certainty: 'reported',
      basis: 'article',
      attribution: { description: 'an official speaking on condition of anonymity' },
      evidence: ['e-refuse'],
    },
    { id: 'r-seat', type: 'seat', source: 'ed', target: 'board', ...claim('e-seat') },
    {
      id: 'r-seat-invited',
      type: 'seat',
      source: 'dana',
      target: 'board',
      status: 'invited',
      ...claim('e-invited'),
    },
  ],
  series: [],
  evidence: [
    quote('e-alpha', 'Alphaland', 0),
    quote('e-beta', 'Betania', 0),
    quote('e-acme', 'Acme Holdings', 1),
    quote('e-board', 'the supervisory board', 1),
    quote('e-dana', 'Dana Reyes, the chief executive', 2),
    quote('e-ed', 'board chair Ed Okafor', 2),
    quote('e-deliver', 'Alphaland delivered goods to Betania', 3),
    quote('e-buy', 'Acme buys its goods from Betania, Reyes said', 4),
    quote('e-talks', 'held talks with Acme', 5),
    quote('e-refuse', 'Betania refused to deliver', 6),
    quote('e-seat', 'Okafor sits on the board', 7),
    quote('e-invited', 'Reyes was invited to join the board', 8),
  ],
  citations: [],
  presentation: {
    network: {
      heading: 'Deliveries, purchases and a refusal',
      dek: 'Betania refused what Alphaland delivered, an official said.',
      summary: 'A test network of six actors.',
      notes: ['Self-written test data.'],
    },
  },
};

/** The fixture without any words of its own for the network. */
export const wordless: Dataset = { ...fixture, presentation: {} };

/**
 * A copy of what `canvas` shows, at its CSS size times the device pixel ratio: a canvas handed
 * over to the network's worker cannot be read itself.
 */
export function shownCopy(canvas: HTMLCanvasElement): HTMLCanvasElement {
  const box = canvas.getBoundingClientRect();
  const copy = document.createElement('canvas');
  [copy.width, copy.height] = [
    Math.round(box.width * devicePixelRatio),
    Math.round(box.height * devicePixelRatio),
  ];
  copy.getContext('2d', { willReadFrequently: true })!.drawImage(canvas, 0, 0, copy.width, copy.height);
  return copy;
}

/** The pixels `canvas` shows in a square of `half` CSS px around the client point `p`. */
export function pixelsAt(
  canvas: HTMLCanvasElement,
  p: { x: number; y: number },
  half = 4,
): Uint8ClampedArray {
  const box = canvas.getBoundingClientRect();
  const k = devicePixelRatio;
  const [x, y, s] = [
    Math.round((p.x - box.x - half) * k),
    Math.round((p.y - box.y - half) * k),
    Math.round(2 * half * k),
  ];
  return shownCopy(canvas).getContext('2d')!.getImageData(x, y, s, s).data;
}
