/**
 * What the draft asks of compromise (an English NLP library), with types: the names it
 * tags, the verbs and nouns of a phrase, and a verb's forms. The library answers in
 * untyped JSON; this module reads it, and nothing else in the CLI touches the library.
 *
 * @module
 */

import nlp from 'compromise';
import { isRecord } from './json.js';
import type { JsonObject } from './json.js';

/** What compromise tags a name as. */
export type NameTag = 'person' | 'place' | 'organisation' | 'acronym';

/** A name compromise tagged, at UTF-16 offsets of the text it was given. */
export interface TaggedName {
  tag: NameTag;
  start: number;
  length: number;
}

/** A verb phrase as compromise reads it. */
export interface VerbReading {
  /** the words as written */
  text: string;
  /** "provide", "take over"; '' when unknown */
  infinitive: string;
  /** the verb is negated ("did not provide") */
  negative: boolean;
  /** its auxiliary ("was" in "was arrested"); '' when none */
  auxiliary: string;
}

/** A noun phrase as compromise reads it. */
export interface NounReading {
  text: string;
  /** the noun's root ("buyer" of "the largest buyers"), when known */
  root: string | undefined;
}

type Doc = ReturnType<typeof nlp>;

/** The JSON of a view, as a list of objects. */
function jsonOf(view: Pick<Doc, 'json'>, options?: { offset: boolean }): JsonObject[] {
  const json: unknown = view.json(options);
  return Array.isArray(json) ? json.filter(isRecord) : [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const TAGGERS: Array<[NameTag, (doc: Doc) => Pick<Doc, 'json'>]> = [
  ['person', (doc) => doc.people()],
  ['place', (doc) => doc.places()],
  ['organisation', (doc) => doc.organizations()],
  ['acronym', (doc) => doc.acronyms()],
];

/** The people, places, organisations and acronyms compromise tags in a text, in that order. */
export function taggedNames(line: string): TaggedName[] {
  const doc = nlp(line);
  const out: TaggedName[] = [];
  for (const [tag, select] of TAGGERS) {
    for (const m of jsonOf(select(doc), { offset: true })) {
      const { offset } = m;
      if (!isRecord(offset) || typeof offset.start !== 'number' || typeof offset.length !== 'number')
        continue;
      out.push({ tag, start: offset.start, length: offset.length });
    }
  }
  return out;
}

/** The verbs of a phrase, in order. */
export function verbsOf(phrase: string): VerbReading[] {
  return jsonOf(nlp(phrase).verbs()).map((v) => {
    const verb = isRecord(v.verb) ? v.verb : {};
    return {
      text: text(v.text),
      infinitive: text(verb.infinitive),
      negative: verb.negative === true,
      auxiliary: text(verb.auxiliary),
    };
  });
}

/** The nouns of a phrase, in order. */
export function nounsOf(phrase: string): NounReading[] {
  return jsonOf(nlp(phrase).nouns()).map((n) => {
    const noun = isRecord(n.noun) ? n.noun : {};
    return { text: text(n.text), root: typeof noun.root === 'string' ? noun.root : undefined };
  });
}

/** Forms of a verb by name (`PastTense`, `Gerund` …); empty when the library knows none. */
export function conjugate(infinitive: string): Partial<Record<string, string>> {
  const [forms] = nlp(infinitive).verbs().conjugate();
  if (!isRecord(forms)) return {};
  return Object.fromEntries(
    Object.entries(forms).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
