/**
 * Drafts starter annotations for an article: the files a story folder needs so that
 * `nutgraf build` can derive a dataset from it, every item marked `"review": "unreviewed"`
 * (the build refuses those until a person has checked them), plus a report for the
 * reviewer: every mention with its offsets, hedged sentences, names left unresolved.
 *
 * Pure apart from the NLP: text in, file contents out.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import { splitSentences } from './derive/sentences.js';
import type { Sentence } from './derive/sentences.js';
import { locateQuote } from './derive/locate-quote.js';
import type { EvidenceSpec } from './derive/locate-quote.js';
import { findEntities, slug } from './entities.js';
import type { FoundEntity, Mention } from './entities.js';
import { findHedges } from './hedges.js';
import type { Hedge } from './hedges.js';
import { candidateRelations, sentenceIndexAt } from './relations.js';
import type { Kind } from './relations.js';
import { findSpeech } from './speech.js';
import type { Speech } from './speech.js';
import { guessLanguage } from './language.js';
import type { LanguageGuess } from './language.js';
import { ISO_CITATION } from './gazetteer.js';

/** What draft-report.json holds, for the reviewer. */
export interface DraftReport {
  $comment: string;
  article: string;
  sha256: string;
  status: 'partial' | 'complete';
  language: LanguageGuess;
  counts: {
    sentences: number;
    entities: number;
    countries: number;
    people: number;
    organisations: number;
    companies: number;
    relations: number;
    relationTypes: number;
    negative: number;
    attributed: number;
    hedgedSentences: number;
  };
  entities: Array<{ id: string; kind: FoundEntity['kind']; name: string; mentions: Mention[] }>;
  hedged: Array<{
    sentence: number;
    start: number;
    end: number;
    subhead: boolean;
    text: string;
    hedges: Hedge[];
  }>;
  unresolved: Mention[];
}

export interface DraftResult {
  /** path in the story folder → content */
  files: Record<string, string>;
  /** what draft-report.json holds */
  report: DraftReport;
}

/** How an annotation cites a sentence: its text, or `{ quote, subhead?, occurrence? }`. */
type Quote = string | EvidenceSpec;

/** An entity as the draft writes it: the model's fields in its order, then the reviewer's. */
interface DraftEntity {
  id: string;
  kind: FoundEntity['kind'];
  name: string;
  iso3?: string;
  isoNumeric?: string;
  iso2?: string;
  aliases?: string[];
  basis?: 'article';
  certainty?: 'asserted';
  evidence?: Quote[];
  citations?: string[];
  review?: string;
  comment?: string;
}

const UNREVIEWED = 'unreviewed';

/**
 * @param text the article
 * @param options `name` names the article (its file name); `partial` marks a draft of an
 *   unsupported language
 */
export function draftAnnotations(
  text: string,
  {
    name,
    partial = false,
    onProgress,
    onStep,
  }: {
    name: string;
    partial?: boolean;
    onProgress?: (what: string, done: number, total: number) => void;
    onStep?: (message: string) => void;
  },
): DraftResult {
  const language = guessLanguage(text);
  onStep?.('splitting sentences');
  const sentences = splitSentences(text);
  const codePoints = [...text];
  const source = { text, codePoints, sentences };
  onStep?.(`finding names in ${sentences.length} sentences`);
  const found = findEntities(text, { onProgress: (d, t) => onProgress?.('finding names', d, t) });

  const sentenceAt = (start: number) => {
    const i = sentenceIndexAt(sentences, start);
    return i === undefined ? undefined : sentences[i];
  };
  /** identical sentences, by kind and text */
  const identical = new Map<string, Sentence[]>();
  for (const s of sentences) {
    const key = `${s.subhead}:${s.text}`;
    identical.set(key, [...(identical.get(key) ?? []), s]);
  }
  /** how often each sentence's text occurs anywhere in the article */
  const occurrences = new Map<string, number>();
  const countInText = (quote: string) => {
    let n = occurrences.get(quote);
    if (n === undefined) {
      n = 0;
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) n++;
      occurrences.set(quote, n);
    }
    return n;
  };
  /** The quote for a sentence, with `occurrence` or `subhead` when the build needs them. */
  const quoteFor = (sentence: Sentence): Quote => {
    const spec: EvidenceSpec = sentence.subhead
      ? { quote: sentence.text, subhead: true }
      : { quote: sentence.text };
    const same = identical.get(`${sentence.subhead}:${sentence.text}`) ?? [];
    const total = countInText(sentence.text);
    if (total === 1) return spec.subhead ? spec : spec.quote;
    const whole =
      (identical.get(`true:${sentence.text}`)?.length ?? 0) +
      (identical.get(`false:${sentence.text}`)?.length ?? 0);
    if (total === whole) return { ...spec, occurrence: same.indexOf(sentence) + 1 };
    // the text also stands inside a longer sentence: let the build's own locator count
    const located = locateQuote(source, spec);
    if (located.ok) return spec.subhead ? spec : spec.quote;
    const all = sentences.filter(
      (s) => s.subhead === sentence.subhead && s.text.includes(sentence.text) && s.start <= sentence.start,
    );
    return { ...spec, occurrence: all.reduce((n, s) => n + countIn(s.text, sentence.text), 0) };
  };

  // ids: countries and organisations by name, people by surname; unique
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base || 'item';
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };

  const entities = found.entities.map((e) => {
    const id = uniqueId(
      e.kind === 'country' ? slug(e.name) : (e.organisationId ?? slug(e.key.replace(/^\w+:/, ''))),
    );
    const first = e.mentions.find((m) => !sentenceAt(m.start)?.subhead) ?? e.mentions[0];
    const sentence = sentenceAt(first.start);
    if (!sentence) throw new Error(`no sentence holds code point ${first.start}`);
    const forms = [...new Set(e.mentions.map((m) => m.text))].filter((t) => t !== e.name);
    const how = [...new Set(e.mentions.map((m) => m.how))];
    const item: DraftEntity = { id, kind: e.kind, name: e.name };
    if (e.country) {
      Object.assign(item, { iso3: e.country.iso3, isoNumeric: e.country.isoNumeric, iso2: e.country.iso2 });
    }
    if (forms.length) item.aliases = forms;
    Object.assign(item, { basis: 'article', certainty: 'asserted', evidence: [quoteFor(sentence)] });
    if (e.country) item.citations = [ISO_CITATION.id];
    item.review = UNREVIEWED;
    item.comment =
      `${e.mentions.length} mention(s), first at code point ${e.mentions[0].start}; found as ${how.join(', ')}. ` +
      (how.includes('stand-in')
        ? 'Check each stand-in (a capital for its country) means the country here. '
        : '') +
      (e.kind === 'person' ? 'Add a "role" if the article gives one. ' : '') +
      (e.organisationId === undefined && e.kind === 'organisation'
        ? 'Not in the lookup table: check the name. '
        : '') +
      (e.kind === 'company'
        ? 'Found by its shape, in no lookup table: check the name and that it is a company. '
        : '') +
      (e.ambiguous ?? [])
        .map(
          (a) =>
            `AMBIGUOUS: "${a.mention.text}" alone at code point ${a.mention.start} was given to ${e.name}, the nearest full name before it, ` +
            `but could be ${a.others.join(' or ')}: check which person it is. `,
        )
        .join('') +
      'Check the quote names the entity.';
    return { item, found: e };
  });

  onStep?.('proposing relations');
  const actors = entities.map(({ item, found: e }) => ({
    id: item.id,
    kind: item.kind,
    mentions: e.mentions,
  }));
  const candidates = candidateRelations(sentences, actors);

  // who says each sentence's claims: the entities named in it, and the common nouns
  // ("the operator", "the institute") an apposition or a name gave an entity
  /** noun → entity id; null when two entities share it */
  const nouns = new Map<string, string | null>();
  const noun = (noun: string, id: string) =>
    nouns.set(noun, nouns.has(noun) && nouns.get(noun) !== id ? null : id);
  for (const { item, found: e } of entities) {
    for (const d of e.descriptors ?? []) noun(d, item.id);
    if (item.kind === 'company') ['company', 'firm'].forEach((n) => noun(n, item.id));
  }
  const descriptors = new Map([...nouns].filter((entry): entry is [string, string] => entry[1] !== null));
  const speechBySentence = new Map<number, Speech | undefined>();
  const speechIn = (sentence: Sentence) => {
    if (!speechBySentence.has(sentence.index)) {
      const named = actors.flatMap((a) =>
        a.mentions
          .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
          .map((m) => ({ id: a.id, kind: a.kind, start: m.start, end: m.end })),
      );
      speechBySentence.set(sentence.index, findSpeech(sentence, named, descriptors));
    }
    return speechBySentence.get(sentence.index);
  };
  /** entity id → where its ambiguous surname mentions start */
  const ambiguousAt = new Map<string, number[]>(
    entities.map(({ item, found: e }) => [item.id, (e.ambiguous ?? []).map((a) => a.mention.start)]),
  );
  const kinds = new Map<string, { kind: Kind; cue: string; sentence: number; uses: number }>();
  const relationIds = new Set<string>();
  const relations = candidates.map((c) => {
    const known = kinds.get(c.kind.id);
    if (known) known.uses++;
    else kinds.set(c.kind.id, { kind: c.kind, cue: c.cue, sentence: c.sentence.index, uses: 1 });
    let id = `${c.source}-${c.target}-${c.kind.id}`;
    for (let n = 2; relationIds.has(id); n++) id = `${c.source}-${c.target}-${c.kind.id}-${n}`;
    relationIds.add(id);
    const hedgeWords = c.hedges.map((h) => `"${h.phrase}" (${h.certainty})`).join(', ');
    const speech = speechIn(c.sentence);
    const attribution = speech
      ? {
          ...(speech.speaker ? { speaker: speech.speaker } : { description: speech.description }),
          mode: speech.mode,
        }
      : undefined;
    const ambiguous = [c.source, c.target].filter((end) =>
      (ambiguousAt.get(end) ?? []).some((at) => at >= c.sentence.start && at < c.sentence.end),
    );
    return {
      id,
      type: c.kind.id,
      source: c.source,
      target: c.target,
      label: c.label,
      ...(c.negative ? { polarity: 'negative' } : {}),
      certainty: c.certainty,
      basis: 'article',
      ...(attribution ? { attribution } : {}),
      evidence: [quoteFor(c.sentence)],
      review: UNREVIEWED,
      comment:
        `Candidate: sentence ${c.sentence.index} names both. ` +
        (c.cue
          ? `Kind "${c.kind.id}" proposed from "${c.cue}". `
          : `No verb links the two: "${c.kind.id}" is a placeholder kind. `) +
        (c.negative
          ? `Proposed as negative (did not happen) from "${c.negation ?? c.cue}": check the sentence says so, or delete "polarity". `
          : '') +
        (hedgeWords ? `Hedged by ${hedgeWords}: keep the certainty at most "${c.certainty}". ` : '') +
        (speech
          ? `Attributed from "${speech.cue}" to ${speech.speaker ? `"${speech.speaker}"` : `an unnamed speaker, "${speech.description}"`} ` +
            `(${speech.mode === 'quote' ? 'quoted in quotation marks' : 'reported, not quoted'}): check who says it, or delete "attribution" if these are the author's own words. `
          : 'No speech cue: the author\'s own words (add "attribution" if someone else says it). ') +
        (ambiguous.length
          ? `AMBIGUOUS: a surname alone in this sentence could be more than one person (${ambiguous.join(', ')}): check. `
          : '') +
        'Check the direction (source → target), the kind and the label (read from source to target), or delete it.',
    };
  });
  const relationTypes = [...kinds.values()].map(({ kind, cue, sentence, uses }) => ({
    ...kind,
    review: UNREVIEWED,
    comment:
      (cue
        ? `Proposed from "${cue}" in sentence ${sentence}`
        : 'A placeholder for names with no verb between them') + `; ${uses} candidate relation(s) use it.`,
  }));

  onStep?.('flagging hedges');
  const hedged = sentences
    .map((s) => ({ s, hedges: findHedges(s.text) }))
    .filter(({ hedges }) => hedges.length)
    .map(({ s, hedges }) => ({
      sentence: s.index,
      start: s.start,
      end: s.end,
      subhead: s.subhead,
      text: s.text,
      hedges: hedges.map((h) => ({ ...h, start: s.start + h.start, end: s.start + h.end })),
    }));

  const sha256 = createHash('sha256').update(text, 'utf8').digest('hex');
  const status: DraftReport['status'] = partial || !language.supported ? 'partial' : 'complete';
  const banner =
    `Drafted by nutgraf draft from ${name}. Every item is "review": "unreviewed": check it against the article, ` +
    'fix it, then set "review": "reviewed" or delete it. nutgraf build refuses unreviewed items.' +
    (status === 'partial'
      ? ' PARTIAL DRAFT: the article does not look like English, so names, hedges and relations are missing.'
      : '');
  const datasetId = slug(name.replace(/\.[^.]+$/, '')) || 'story';
  const countries = entities.filter(({ item }) => item.kind === 'country');

  const files: Record<string, string> = {
    'source/article.txt': text,
    'source/source.json': json({
      name,
      title: null,
      byline: null,
      url: null,
      date: null,
      language: language.supported ? 'en' : 'und',
      sha256,
      notes: {
        title: 'Fill in, or leave null with a note if the source gives none.',
        byline: 'Fill in, or leave null.',
        url: 'Fill in, or leave null.',
        date: 'Fill in as { "value": "YYYY-MM-DD", "estimated": false }, or estimated: true if inferred.',
        sha256: 'Pins the text: if article.txt changes, the build fails until this is updated.',
      },
    }),
    'annotations/meta.json': json({
      $comment: banner,
      dataset: { id: datasetId, title: `Draft: ${name}`, review: UNREVIEWED },
    }),
    'annotations/vocabulary.json': json({
      $comment:
        `${banner} relationTypes: the story's own kinds of relation, proposed from the verbs of its sentences. ` +
        'Keep the sentence\'s word or choose a better one; merge kinds that mean the same (and change "type" in ' +
        'relations.json to match). label is the legend word; verb the default verb phrase read from source to target; ' +
        'direction forward (source → target), backward (target → source, e.g. a purchase whose goods flow from the ' +
        'seller) or none (mutual); color (1–7, optional) a palette slot. ' +
        "groupings: named sets of entities that colour the map, e.g. an organisation's members " +
        '{ "id", "label", "from": { "type": "<a membership kind>", "target": "<organisation id>" } } ' +
        'or members named one by one, each with its certainty and evidence.',
      relationTypes,
      groupings: [],
    }),
    'annotations/presentation.json': json({
      $comment:
        'Optional words and choices of each graphic; the graphics use neutral wording for what is left out. ' +
        'map: heading, dek, summary, notes, arcs (kinds drawn as arcs), grouping (shown first), frame. ' +
        'share: heading, dek, summary, notes, series (the series the donut shows). network: heading, dek, summary, notes.',
      presentation: {},
    }),
    'annotations/entities.json': json({ $comment: banner, entities: entities.map(({ item }) => item) }),
    'annotations/relations.json': json({ $comment: banner, relations }),
  };
  if (countries.length)
    files['outside/iso-3166.json'] = json({
      $comment: 'The ISO 3166-1 codes the draft gave the countries come from this source.',
      citations: [ISO_CITATION],
    });

  const report: DraftReport = {
    $comment: 'For the reviewer; nutgraf build does not read this file.',
    article: name,
    sha256,
    status,
    language,
    counts: {
      sentences: sentences.length,
      entities: entities.length,
      countries: countries.length,
      people: entities.filter(({ item }) => item.kind === 'person').length,
      organisations: entities.filter(({ item }) => item.kind === 'organisation').length,
      companies: entities.filter(({ item }) => item.kind === 'company').length,
      relations: relations.length,
      relationTypes: relationTypes.length,
      negative: relations.filter((r) => r.polarity === 'negative').length,
      attributed: relations.filter((r) => r.attribution).length,
      hedgedSentences: hedged.length,
    },
    entities: entities.map(({ item, found: e }) => ({
      id: item.id,
      kind: item.kind,
      name: item.name,
      mentions: e.mentions,
    })),
    hedged,
    unresolved: found.unresolved,
  };
  return { files, report };
}

function countIn(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) n++;
  return n;
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
