/**
 * Candidate relations: every body sentence that names two actors proposes a relation
 * between them, with that sentence as its quote. Its kind comes from the sentence's own
 * verb, so the vocabulary is the story's: "Moscow has recently supplied Tehran" proposes a
 * kind `supply`, "Ankara signed a gas deal with Baku" a kind `sign`, never a kind from
 * another story. The certainty comes from the sentence's hedges, and a negated verb ("did
 * not provide", "refused to join", "has yet to comment") proposes a negative claim. A
 * reviewer keeps, fixes or deletes each one. Subheads propose nothing: they are not evidence.
 *
 * @module
 */

import type { RelationType } from '@nutgraf/core/dataset';
import { findHedges, certaintyOf } from './hedges.js';
import type { Certainty, Hedge } from './hedges.js';
import { slug } from './entities.js';
import { conjugate, nounsOf, verbsOf } from './nlp.js';
import type { Sentence } from './derive/sentences.js';

/** An entity named in the text, with its mentions in code points of the whole text. */
export interface Actor {
  id: string;
  kind: string;
  mentions: Array<{ start: number; end: number }>;
}
/** A proposed relation type: its id, legend word, verb and whether it is directed. */
export type Kind = Pick<RelationType, 'id' | 'label' | 'verb'> & { direction: 'forward' | 'none' };
/** What links two names: the kind, the verb phrase, and whether it did not happen. */
export interface Link {
  kind: Kind;
  label: string;
  negative: boolean;
  cue: string;
  negation?: string;
}
/** A candidate relation proposed from one sentence. */
export interface Candidate extends Link {
  /** entity id, the first named in the sentence */
  source: string;
  /** entity id */
  target: string;
  /** the relation type proposed from the sentence's words */
  kind: Kind;
  /** the sentence's own verb phrase, read from source to target */
  label: string;
  /** the sentence says it did not happen (refused, withheld, not yet) */
  negative: boolean;
  /** the words the kind comes from, or "" when none was found */
  cue: string;
  /** the words that make it negative ("stayed silent", "neither … nor") */
  negation?: string;
  certainty: Certainty;
  hedges: Hedge[];
  sentence: Sentence;
}

/** Verbs that link rather than act: the kind then comes from the noun after them ("is the largest buyer of"). */
const LINKING = new Set(['be', 'have', 'become', 'seem', 'accord']);
/** Verbs that say the next verb did not happen: "refused to join", "declined to comment". */
const REFUSING = new Set(['refuse', 'decline', 'fail', 'withhold']);
/**
 * Words that say something did not happen, wherever they stand between (or right after)
 * the two names: "did not", "has yet to", "refused", "declined", "stayed silent", "without
 * reaction", "no reaction", "cannot", "could not", "neither … nor", "no contract was
 * signed", "withheld". Never "not only … but also".
 */
const NEGATION = new RegExp(
  [
    String.raw`\b(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|should|must|may|might)\s+not\b(?!\s+only\b)`,
    String.raw`\b(?:didn|doesn|don|hasn|haven|hadn|isn|aren|wasn|weren|won|wouldn|couldn|can|shouldn)['’]t\b`,
    String.raw`\bcannot\b`,
    String.raw`\b(?:has|have|had|is|are|was|were)\s+yet\s+to\b`,
    String.raw`\bnot\s+yet\b`,
    String.raw`\b(?:refus|declin)(?:e|ed|es|ing)\b`,
    String.raw`\bfail(?:ed|s|ing)?\s+to\b`,
    String.raw`\b(?:stayed|stays|stay|remained|remains|remain|kept|keeps|keep|fell|was|were|is|are|has\s+been|have\s+been)\s+(?:largely\s+|conspicuously\s+|notably\s+)?silent\b`,
    String.raw`\b(?:without|no)\s+(?:any\s+)?(?:visible\s+|public\s+|official\s+)?(?:reaction|response|comment|protest)\b`,
    String.raw`\bneither\b[^.;]*\bnor\b`,
    String.raw`\bno\s+(?:[\p{L}-]+\s+){0,4}?(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:signed|agreed|approved|reached|made|taken|given|paid|delivered)\b`,
    String.raw`\bwith(?:held|holds|hold|holding)\b`,
    String.raw`\bnever\b`,
  ].join('|'),
  'iu',
);
/** Verbs whose relation is mutual: the kind proposed is undirected. */
const MUTUAL = new Set([
  'meet',
  'talk',
  'speak',
  'negotiate',
  'cooperate',
  'collaborate',
  'ally',
  'partner',
  'agree',
  'clash',
  'compete',
  'merge',
  'trade',
]);
/** Words that only join two names ("Russia and Iran", "Russia-Iran"): the verb then follows both. */
const JOINING = /^(?:and|or|,|-|–|—|\/|&|as well as)?$/u;
/** The kind proposed when no verb or noun links the two. */
const UNLINKED: Kind = {
  id: 'named-with',
  label: 'Named together',
  verb: 'is named together with',
  direction: 'none',
};
/** Particles that make a phrasal verb ("take over", "pull out"); other words after a verb are not part of it. */
const PARTICLES = new Set(['up', 'out', 'off', 'over', 'down', 'away', 'back']);
/** A verb phrase longer than this is cut to its verb. */
const MAX_WORDS = 10;

/** @param actors with mentions in code points of the whole text */
export function candidateRelations(sentences: readonly Sentence[], actors: readonly Actor[]): Candidate[] {
  const out: Candidate[] = [];
  /** actors named per sentence: first mention each, and the later ones */
  const bySentence = new Map<
    number,
    Array<{ id: string; at: number; end: number; later: Array<{ at: number; end: number }> }>
  >();
  for (const actor of actors)
    for (const m of actor.mentions) {
      const sentence = sentenceIndexAt(sentences, m.start);
      if (sentence === undefined || m.end > sentences[sentence].end) continue;
      const list = bySentence.get(sentence) ?? [];
      const known = list.find((n) => n.id === actor.id);
      if (known) known.later.push({ at: m.start, end: m.end });
      else list.push({ id: actor.id, at: m.start, end: m.end, later: [] });
      bySentence.set(sentence, list);
    }
  for (const [index, named] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    const sentence = sentences[index];
    if (sentence.subhead || named.length < 2) continue;
    named.sort((a, b) => a.at - b.at);
    const points = [...sentence.text];
    const hedges = findHedges(sentence.text);
    const certainty = certaintyOf(hedges);
    const linkOf = (a: { end: number }, b: { at: number; end: number }) => {
      const between = points
        .slice(Math.max(0, a.end - sentence.start), Math.max(0, b.at - sentence.start))
        .join('');
      const after = points.slice(Math.max(0, b.end - sentence.start)).join('');
      return describeLink(between, after);
    };
    for (let i = 0; i < named.length; i++)
      for (let j = i + 1; j < named.length; j++) {
        const [a, b] = [named[i], named[j]];
        const link = linkOf(a, b);
        out.push({ source: a.id, target: b.id, ...link, certainty, hedges, sentence });
        if (link.negative) continue;
        // one sentence, two claims about the same pair: "A will sell gas to B, but no
        // contract with B has been signed" also proposes the claim that did not happen
        const pairs = [
          ...b.later.map((m) => [a, m, a.id, b.id] as const),
          ...a.later.filter((m) => m.at > b.end).map((m) => [b, m, b.id, a.id] as const),
        ];
        for (const [x, y, source, target] of pairs) {
          const other = linkOf(x, y);
          if (other.negative) {
            out.push({ source, target, ...other, certainty, hedges, sentence });
            break;
          }
        }
      }
  }
  return out;
}

/**
 * The kind, verb phrase and polarity of what links two names, from the words between them
 * (or, for "A and B met", the words after both).
 * @param between the text between the two names
 * @param after the text after the second name
 */
export function describeLink(between: string, after = ''): Link {
  const link = linkWithoutCues(between, after);
  if (link.negative) return link;
  // a negation the verb did not carry: between the names, or in the clause right after
  // the second one ("Russia neither wants nor has the ability to help")
  const clause = after.split(/[,;:.!?]/u)[0] ?? '';
  const cue = NEGATION.exec(between.replace(/["“”]/gu, '')) ?? NEGATION.exec(clause);
  if (!cue) return link;
  const negation = cue[0].replace(/\s+/gu, ' ');
  const inside = between.indexOf(cue[0]);
  if (inside !== -1 && !/^(?:neither|without|no)\b/iu.test(negation)) {
    // the kind from the words from the negation on ("… said that no contract was signed with")
    const from = between.slice(inside);
    const own = fromVerb(tidy(from), tidy(from));
    if (own && own.kind.id !== link.kind.id && own.cue && !link.cue)
      return { ...own, negative: true, negation };
  }
  return { ...link, negative: true, negation };
}

function linkWithoutCues(between: string, after: string): Link {
  // "the UN's World Food Programme": one name inside the other, no verb between them
  if (/^['’]s$/u.test(between.trim()))
    return { kind: UNLINKED, label: UNLINKED.verb, negative: false, cue: '' };
  const phrase = tidy(between);
  if (JOINING.test(phrase)) {
    // "Turkish and Ukrainian officials met": the verb after both, and mutual
    const clause = tidy(after.split(/[,;:.!?]/u)[0] ?? '');
    const found = fromVerb(clause, clause);
    if (found) {
      // the kind reads positively: "did not meet" → a kind "met with", the relation negative
      const verb = found.negative ? `${found.kind.verb.split(' ')[0]} with` : `${found.cue} with`;
      return { ...found, label: `${found.cue} with`, kind: { ...found.kind, verb, direction: 'none' } };
    }
    // "the Russia-Iran partnership": a noun after both
    const noun = fromNoun(clause, clause);
    if (noun) {
      const verb = `has a ${noun.cue} with`;
      return { ...noun, label: verb, kind: { ...noun.kind, verb, direction: 'none' } };
    }
    return { kind: UNLINKED, label: UNLINKED.verb, negative: false, cue: '' };
  }
  return (
    fromVerb(phrase, phrase) ??
    fromNoun(phrase, phrase) ?? { kind: UNLINKED, label: UNLINKED.verb, negative: false, cue: '' }
  );
}

/**
 * The kind from the first verb of `text` that acts (not "is", "has"): its infinitive names
 * the kind, its gerund is the legend word, and the phrase from it on is the verb.
 * @param phrase the relation's own words
 */
function fromVerb(text: string, phrase: string): Link | undefined {
  if (!text) return undefined;
  const verbs = verbsOf(text).map((v) => ({
    text: v.text.replace(/[,;:.!?]+$/u, ''),
    infinitive: v.infinitive,
    negative: v.negative,
    passive: /^(?:is|are|was|were|been|being|be)$/iu.test(v.auxiliary),
  }));
  let at = verbs.findIndex((v) => v.infinitive && !LINKING.has(v.infinitive.split(/\s+/u)[0]));
  if (at === -1) return undefined;
  let negative = verbs[at].negative || /\b(?:has|have|had|is|are|was|were) yet to\b/iu.test(text);
  if (REFUSING.has(verbs[at].infinitive.split(/\s+/u)[0]) && verbs[at + 1]) {
    // "refused to join the sanctions against": a kind "join", negative
    negative = true;
    at += 1;
  }
  const verb = verbs[at];
  const [head, particle] = verb.infinitive.split(/\s+/u);
  const lemma = particle && PARTICLES.has(particle) ? `${head} ${particle}` : head;
  const forms = conjugate(head);
  const id = slug(lemma);
  if (!id) return undefined;
  const start = text.indexOf(verb.text);
  // The kind's verb reads positively, from the verb on: "did not provide support to" →
  // "provided support to"; a passive ("was arrested by") keeps its own words.
  const tail = lemma === head ? '' : ` ${particle}`;
  const past = verb.passive ? verb.text : `${forms.PastTense ?? head}${tail}`;
  const rest = start === -1 ? '' : text.slice(start + verb.text.length);
  const kindVerb = cut(`${past}${rest}`, past);
  return {
    kind: {
      id,
      label: capitalise(`${forms.Gerund ?? head}${tail}`),
      verb: kindVerb,
      direction: MUTUAL.has(head) ? 'none' : 'forward',
    },
    label: cut(phrase, verb.text) || kindVerb,
    negative,
    cue: verb.text,
  };
}

/**
 * The kind from the noun a linking verb points at: "is by far the largest buyer of" → `buyer`.
 * @param phrase the relation's own words
 */
function fromNoun(text: string, phrase: string): Link | undefined {
  if (!text) return undefined;
  // the noun the linking verb points at: "drones have been a mainstay of" → mainstay
  const linking = verbsOf(text)[0]?.text;
  const at = linking ? text.indexOf(linking) : -1;
  const tail = linking && at !== -1 ? text.slice(at + linking.length) : '';
  const first = nounsOf(tail)[0] ?? nounsOf(text)[0];
  if (!first) return undefined;
  const root = first.root ?? first.text;
  const word = root.split(/\s+/).pop() ?? '';
  const id = slug(word);
  if (!id) return undefined;
  const label = cut(phrase, word);
  return {
    kind: { id, label: capitalise(word), verb: label, direction: 'forward' },
    label,
    negative: false,
    cue: word,
  };
}

/**
 * The text without the possessive of the name before it, quotes, edge punctuation and a
 * trailing joining word.
 */
function tidy(text: string): string {
  let out = text
    .replace(/^['’]s\b/u, '')
    .replace(/["“”«»()]/gu, '')
    .replace(/\s+/gu, ' ');
  // edge punctuation, and a clause's last joining word ("told reporters that")
  for (let before = ''; before !== out;) {
    before = out;
    out = out
      .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
      .replace(/\s(?:and|but|while|that|or|which|who)$/iu, '');
  }
  return out;
}

/** A verb phrase of at most {@link MAX_WORDS} words; a longer one is cut to `short`. */
function cut(phrase: string, short: string): string {
  const text = tidy(phrase);
  return text.split(' ').length <= MAX_WORDS ? text : tidy(short);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The index of the sentence holding a code point, by binary search.
 * @param sentences in text order
 */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number | undefined {
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
