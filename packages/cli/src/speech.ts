/**
 * Who says a sentence's claims: the speaker of quoted and reported speech. Attribution is
 * not certainty (the newsroom's rule): "Ruiz said X" is X, attributed to Ruiz, and the
 * article is sure she said it. The draft proposes, for each sentence with a speech cue,
 * an `attribution` for the candidate relations it quotes:
 *
 * - a named speaker becomes `speaker` (the entity id): "Ruiz said", "said Ana Ruiz", "Ana
 *   Ruiz, the energy minister, told reporters", "according to figures published by Acme",
 *   "the operator said" (when an apposition called an entity "the operator");
 * - an unnamed one becomes `description`: "according to some reports" → "some reports",
 *   "diplomats say" → "diplomats", "an official speaking on condition of anonymity";
 * - `mode` is `quote` when the sentence quotes the speaker's words in quotation marks, and
 *   `paraphrase` otherwise.
 *
 * A sentence with no speech cue gets no attribution: those are the author's own words.
 * Words inside quotation marks never count as cues (the speaker's "we said" is not the
 * article's).
 *
 * @module
 */

import type { Attribution } from '@nutgraf/core/dataset';

/** An entity named in the sentence, offsets in code points of the whole text. */
export interface NamedMention {
  id: string;
  kind: string;
  start: number;
  end: number;
}
/** How a sentence's claims are said. */
type Mode = NonNullable<Attribution['mode']>;
/** Who says a sentence's claims (an attribution), and the words that say so. */
export interface Speech {
  speaker?: string;
  description?: string;
  mode: Mode;
  cue: string;
}

/** Verbs of speech. "spoke with" is a meeting, not speech; "is said to" is a hedge without a speaker. */
const VERBS = String.raw`said|says|say|told|tells|tell|spoke(?!\s+with\b)|speaks(?!\s+with\b)|stated|states|announced|announces|added|adding|saying|warned|warns|insisted|insists|confirmed|confirms|claimed|claims|declared|declares|wrote|writes`;
const VERB = new RegExp(
  String.raw`(?<![\p{L}])(?<!\b(?:is|are|was|were|be|been|not|never|to)\s)(${VERBS})(?![\p{L}])`,
  'u',
);
const ACCORDING = /\baccording to\s+([^,.;:]+)/iu;
const ANONYMOUS =
  /\b((?:an?|one|two|three|several|some)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:speaking|who spoke)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity)\b/iu;
/** Quoted spans: straight or curly double quotes. */
const QUOTED = /"[^"]*"|“[^”]*”/gu;
/** Where a new clause starts before a speech verb: its subject follows. */
const CLAUSE = /(?:[;:]|,\s+(?:and|but|while|whereas)\s|\b(?:and|but)\s(?=\p{Ll}+\s+(?:say|said|says)\b))/gu;
/** Words that open a noun phrase naming an unnamed speaker. */
const LEAD = /^(?:and|but|while|whereas|as)\s+/iu;

/**
 * The speech in a sentence, if any.
 * @param sentence offsets in code points
 * @param named the entities named in the sentence
 * @param descriptors common noun → entity id ("operator" → "acme")
 */
export function findSpeech(
  sentence: { text: string; start: number },
  named: readonly NamedMention[],
  descriptors: ReadonlyMap<string, string>,
): Speech | undefined {
  const text = sentence.text;
  const masked = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const quoted = [...text.matchAll(QUOTED)].some((q) => q[0].split(/\s+/u).length >= 3);
  const mode: Mode = quoted ? 'quote' : 'paraphrase';
  /** UTF-16 index in the sentence → code point offset in the whole text */
  const cp = (i: number) => sentence.start + [...text.slice(0, i)].length;
  /** the mentions inside a span of the sentence (UTF-16) */
  const inside = (from: number, to: number) => named.filter((m) => m.start >= cp(from) && m.end <= cp(to));

  const anonymous = ANONYMOUS.exec(masked);
  if (anonymous)
    return { description: lowerFirst(anonymous[1].replace(/\s+/gu, ' ')), mode, cue: anonymous[0] };

  const according = ACCORDING.exec(masked);
  if (according) {
    const from = according.index + according[0].indexOf(according[1]);
    const who = pick(inside(from, from + according[1].length));
    if (who) return { speaker: who.id, mode, cue: according[0].trim() };
    return withSpeaker(according[1].trim(), descriptors, mode, 'according to');
  }

  const verb = VERB.exec(masked);
  if (!verb) return undefined;
  const at = verb.index;
  const cue = verb[1];
  // the subject: from the last clause break (or the sentence's start) to the verb
  let from = 0;
  for (const m of masked.slice(0, at).matchAll(CLAUSE)) from = m.index + m[0].length;
  const before = masked.slice(from, at);
  // ", the operator said": a short noun phrase between the last comma and the verb
  const comma = before.lastIndexOf(',');
  const tail = comma === -1 ? '' : before.slice(comma + 1).trim();
  if (tail && tail.split(/\s+/u).length <= 6 && !/\b(?:is|are|was|were|has|have|had)\b/u.test(tail)) {
    const start = from + comma + 1;
    const who = pick(inside(start, at));
    if (who) return { speaker: who.id, mode, cue };
    return withSpeaker(tail, descriptors, mode, cue);
  }
  const who = pick(inside(from, at));
  if (who) return { speaker: who.id, mode, cue };
  const subject = before.replace(/[\s,]+$/u, '').trim();
  if (!subject) {
    // "…," said Ana Ruiz, the energy minister: the speaker follows the verb
    const after = masked.slice(at + cue.length);
    const next = named.filter((m) => m.start >= cp(at + cue.length)).sort((a, b) => a.start - b.start)[0];
    const gap = next ? [...after].slice(0, next.start - cp(at + cue.length)).join('') : '';
    if (next && gap.trim().split(/\s+/u).filter(Boolean).length <= 4) return { speaker: next.id, mode, cue };
    return undefined;
  }
  if (subject.split(/\s+/u).length > 8) return undefined;
  return withSpeaker(subject, descriptors, mode, cue);
}

/** @param phrase a noun phrase naming a speaker no mention names */
function withSpeaker(
  phrase: string,
  descriptors: ReadonlyMap<string, string>,
  mode: Mode,
  cue: string,
): Speech | undefined {
  const found = speakerFrom(phrase, descriptors);
  if (found.speaker) return { speaker: found.speaker, mode, cue };
  const description = unnamed(phrase);
  // a pronoun ("he said") names no one: the reviewer adds the speaker
  if (!description || /^(?:he|she|it|they|we|i|you|this|that)$/iu.test(description)) return undefined;
  return { description, mode, cue };
}

/** "the operator" → the entity an apposition called "the operator". */
function speakerFrom(phrase: string, descriptors: ReadonlyMap<string, string>): { speaker?: string } {
  const m = /^(?:the|its|their)\s+([\p{L}-]+)$/iu.exec(phrase.replace(LEAD, '').trim());
  const id = m ? descriptors.get(m[1].toLowerCase()) : undefined;
  return id ? { speaker: id } : {};
}

/** The words for an unnamed speaker, lower-cased unless a name: "Diplomats" → "diplomats". */
function unnamed(phrase: string): string {
  return lowerFirst(phrase.replace(LEAD, '').replace(/\s+/gu, ' ').trim());
}

/**
 * The speaker among the mentions of a subject: a person first, then an organisation or
 * company, then a country.
 */
function pick(mentions: readonly NamedMention[]): NamedMention | undefined {
  const order = ['person', 'organisation', 'company', 'country'];
  return [...mentions].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.start - b.start)[0];
}

function lowerFirst(s: string): string {
  return /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
