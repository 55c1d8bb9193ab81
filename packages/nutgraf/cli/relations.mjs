/**
 * Candidate relations: every body sentence that names two actors proposes a relation
 * between them, with that sentence as its quote. The type and label are guessed from
 * the sentence's words and the certainty from its hedges; a reviewer keeps, fixes or
 * deletes each one. Subheads propose nothing: they are not evidence.
 *
 * @module
 */

import { findHedges, certaintyOf } from './hedges.mjs';

/**
 * @typedef {import('./derive/sentences.mjs').Sentence} Sentence
 * @typedef {{ id: string, kind: string, mentions: Array<{ start: number, end: number }> }} Actor
 * @typedef {object} Candidate
 * @property {string} source entity id, the first named in the sentence
 * @property {string} target entity id
 * @property {string} type
 * @property {string} label
 * @property {string} cue the words the type was guessed from, or "" for the default
 * @property {import('./hedges.mjs').Certainty} certainty
 * @property {import('./hedges.mjs').Hedge[]} hedges
 * @property {Sentence} sentence
 */

/** First match wins; the default is "cooperation", the vaguest type. */
const TYPE_CUES = /** @type {Array<[string, string, RegExp]>} */ ([
  [
    'arms-supply',
    'supplied weapons to',
    /\b(?:suppl\w*|deliver\w*|sold|sells?)\b[^.]*\b(?:arms|weapons?|drones?|missiles?|helicopters?|vehicles?|tanks?|ammunition)\b|\b(?:drones?|missiles?|weapons?)\b/iu,
  ],
  [
    'attack',
    'attacked',
    /\b(?:attack\w*|air ?strikes?|strikes?|struck|bomb\w*|shell\w*|counter-strikes?)\b/iu,
  ],
  ['seizure', 'seized', /\b(?:seiz\w*|confiscat\w*|impound\w*)\b/iu],
  ['exile', 'went into exile in', /\bexile\w*\b/iu],
  ['membership', 'is a member of', /\b(?:member\w*|joined|join)\b/iu],
  ['sanctions', 'imposes sanctions on', /\bsanction\w*\b/iu],
  ['oil-purchase', 'buys oil from', /\b(?:oil|crude|buyer|customer|imports?)\b/iu],
  [
    'military-operation',
    'carried out a military operation in',
    /\b(?:invasion|invade\w*|operation|war in|troops|occup\w*)\b/iu,
  ],
  ['conflict', 'is in conflict with', /\b(?:conflict|war with|fighting|clash\w*)\b/iu],
  ['alliance', 'is allied with', /\b(?:all(?:y|ies|ied|iance)|partner\w*)\b/iu],
  ['support', 'supported', /\bsupport\w*\b/iu],
  ['contact', 'spoke with', /\b(?:spoke|talks?|met|meeting|call(?:ed)?|phoned)\b/iu],
  ['leadership', 'leads', /\b(?:head of|leader|president|minister|chief)\b/iu],
]);

/**
 * @param {Sentence[]} sentences
 * @param {Actor[]} actors with mentions in code points of the whole text
 * @returns {Candidate[]}
 */
export function candidateRelations(sentences, actors) {
  /** @type {Candidate[]} */
  const out = [];
  /** @type {Map<number, Array<{ id: string, at: number }>>} actors named per sentence, first mention each */
  const bySentence = new Map();
  for (const actor of actors)
    for (const m of actor.mentions) {
      const sentence = sentenceIndexAt(sentences, m.start);
      if (sentence === undefined || m.end > sentences[sentence].end) continue;
      const list = bySentence.get(sentence) ?? [];
      if (!list.some((n) => n.id === actor.id)) list.push({ id: actor.id, at: m.start });
      bySentence.set(sentence, list);
    }
  const kinds = new Map(actors.map((a) => [a.id, a.kind]));
  for (const [index, named] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index];
    if (sentence.subhead || named.length < 2) continue;
    named.sort((a, b) => a.at - b.at);
    const hedges = findHedges(sentence.text);
    const certainty = certaintyOf(hedges);
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++) {
        let source = named[i].id;
        let target = named[j].id;
        const pair = [kinds.get(source), kinds.get(target)];
        const [type, label, cue] = guessType(sentence.text, pair);
        // a member points at its organisation; a leader at what it leads
        if (
          (type === 'membership' && pair[0] === 'organisation') ||
          (type === 'leadership' && pair[1] === 'person')
        )
          [source, target] = [target, source];
        out.push({ source, target, type, label, cue, certainty, hedges, sentence });
      }
  }
  return out;
}

/**
 * The index of the sentence holding a code point, by binary search.
 * @param {Sentence[]} sentences in text order
 * @param {number} at
 * @returns {number | undefined}
 */
export function sentenceIndexAt(sentences, at) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < sentences[mid].start) hi = mid - 1;
    else if (at >= sentences[mid].end) lo = mid + 1;
    else return mid;
  }
  return undefined;
}

/**
 * The first type whose cue is in the sentence and that fits the two actors: a membership
 * needs one organisation, a leadership one person and one country or organisation.
 * @param {string} text
 * @param {Array<string | undefined>} [kinds] kinds of the two actors
 * @returns {[string, string, string]} type, label, cue
 */
export function guessType(text, kinds = []) {
  const orgs = kinds.filter((k) => k === 'organisation').length;
  const people = kinds.filter((k) => k === 'person').length;
  for (const [type, label, re] of TYPE_CUES) {
    if (type === 'membership' && orgs !== 1) continue;
    if (type === 'leadership' && people !== 1) continue;
    const m = re.exec(text);
    if (m) return [type, label, m[0]];
  }
  return ['cooperation', 'works with', ''];
}
