import {
  attributionWords,
  msg,
  basisWords,
  certaintyWords,
  indexDataset,
  isNegative,
  listWords,
  quotesFor,
  relationLabel,
  relationTypeOf,
} from '@nutgraf/core';
import type { Claim, Dataset, Entity, GroupMembership, Relation, TooltipContent } from '@nutgraf/core';
import { planArcs } from './arcs.js';
import type { MapGrouping } from './groupings.js';
import { ACTORS } from './groupings.js';
import type { ArcMark, Mark } from './layout.js';
import { placeable } from './places.js';
import './messages.js';

/** Label text for an entity (localised). */
export type Name = (entity: Entity) => string;

export const nameOf = (dataset: Dataset, name: Name) => (id: string) => {
  const e = indexDataset(dataset).entities.get(id);
  return e ? name(e) : id;
};

/** What qualifies a claim, in words: did not happen, certainty, outside knowledge, who says it. */
function qualifiers(
  dataset: Dataset,
  claim: Claim & { polarity?: string },
  lang: string,
  all = false,
): string[] {
  return [
    isNegative(claim) ? msg('map.didNot', {}, lang) : '',
    all || claim.certainty !== 'asserted' ? certaintyWords(claim.certainty, lang) : '',
    all || claim.basis !== 'article' ? basisWords(claim.basis, lang) : '',
    attributionWords(dataset, claim.attribution, claim.certainty, lang) ?? '',
  ].filter(Boolean);
}

/** `text`, with `words` after it in brackets when there are any: "member (predicted)". */
const bracket = (text: string, words: string[], lang: string) =>
  words.length ? msg('paren', { text, more: words.join(msg('comma', {}, lang)) }, lang) : text;

/** "Council: member", in the language's punctuation. */
const colon = (label: string, text: string, lang: string) => msg('colon', { label, text }, lang);

/**
 * A relation as a sentence: "A supplied drones to B (reported, according to some reports)";
 * `words` replace the qualifiers in brackets.
 */
export function relationSentence(
  dataset: Dataset,
  r: Relation,
  name: Name,
  lang = 'en',
  words = qualifiers(dataset, r, lang),
): string {
  const n = nameOf(dataset, name);
  const relation = relationLabel(dataset, r, lang);
  return bracket(msg('rel', { source: n(r.source), relation, target: n(r.target) }, lang), words, lang);
}

/** An entity's memberships in the dataset's groupings, in words: "Council: invited (outside knowledge †)". */
export function memberships(dataset: Dataset, groupings: MapGrouping[], id: string, lang = 'en'): string[] {
  return groupings
    .filter((g) => g.id !== ACTORS && g.members.has(id))
    .map((g) => {
      const m = g.members.get(id)!;
      const status = msg(`member.${m.status ?? 'active'}`, {}, lang);
      return colon(g.label, bracket(status, qualifiers(dataset, m, lang), lang), lang);
    });
}

/** Role and affiliation of an entity, in words. */
export function roleWords(dataset: Dataset, e: Entity, name: Name, lang = 'en'): string[] {
  return [
    e.role ? msg('map.role', { role: e.role }, lang) : '',
    e.affiliation ? msg('map.affiliation', { name: nameOf(dataset, name)(e.affiliation) }, lang) : '',
  ].filter(Boolean);
}

/** Ids of the relations that make a member of a grouping (shown as memberships instead). */
export const membershipIds = (groupings: MapGrouping[]) =>
  new Set(groupings.flatMap((g) => [...g.members.values()].map((m: GroupMembership) => m.relation)));

/** The people drawn at a mark (by their affiliation), and the relations of the mark and of them. */
function atMark(dataset: Dataset, groupings: MapGrouping[], id: string) {
  const people = dataset.entities.filter((e) => e.id !== id && placeable(dataset).get(e.id) === id);
  const ids = new Set([id, ...people.map((p) => p.id)]);
  const skip = membershipIds(groupings);
  const relations = dataset.relations.filter(
    (r) => !skip.has(r.id) && (ids.has(r.source) || ids.has(r.target)),
  );
  return { people, relations };
}

function markWords(
  dataset: Dataset,
  groupings: MapGrouping[],
  mark: Mark,
  name: Name,
  lang: string,
): string[] {
  const { people, relations } = atMark(dataset, groupings, mark.id);
  return [
    ...roleWords(dataset, mark.entity, name, lang),
    ...memberships(dataset, groupings, mark.id, lang),
    ...(people.length
      ? [
          msg(
            'map.placed',
            {
              names: people
                .map((p) => bracket(name(p), p.role ? [p.role] : [], lang))
                .join(msg('comma', {}, lang)),
            },
            lang,
          ),
        ]
      : []),
    ...relations.map((r) => relationSentence(dataset, r, name, lang)),
  ];
}

/** Accessible name of a mark: "A: Council: member; A supplied arms to B; …". */
export function markLabel(
  dataset: Dataset,
  groupings: MapGrouping[],
  mark: Mark,
  name: Name,
  lang = 'en',
): string {
  const parts = markWords(dataset, groupings, mark, name, lang);
  const label =
    mark.point && mark.entity.kind === 'country'
      ? msg('map.dot', { name: name(mark.entity) }, lang)
      : name(mark.entity);
  return parts.length ? colon(label, parts.join(msg('semicolon', {}, lang)), lang) : label;
}

/** Tooltip of a mark: role, affiliation, memberships, relations, the supporting quotes. */
export function markTooltip(
  dataset: Dataset,
  groupings: MapGrouping[],
  mark: Mark,
  name: Name,
  lang = 'en',
): TooltipContent {
  const { relations } = atMark(dataset, groupings, mark.id);
  return {
    title: name(mark.entity),
    lines: markWords(dataset, groupings, mark, name, lang),
    // Each quote once, the first three.
    quotes: [
      ...quotesFor(dataset, mark.entity, lang),
      ...relations.flatMap((r) => quotesFor(dataset, r, lang).slice(0, 1)),
    ]
      .filter((q, i, all) => all.findIndex((o) => o.text === q.text) === i)
      .slice(0, 3),
    source: dataset.source.name,
    lang: dataset.source.language,
  };
}

/**
 * Accessible name of an arc, with what qualifies it in words: "A might attack B (possible,
 * not happened, article)"; "A supplied arms to B (did not happen, asserted, article, according to C)".
 */
export function arcLabel(dataset: Dataset, arc: ArcMark, name: Name, lang = 'en'): string {
  const r = arc.relation;
  const n = nameOf(dataset, name);
  return relationSentence(dataset, r, name, lang, [
    ...qualifiers(dataset, r, lang, true),
    ...(arc.head && arc.from !== r.source
      ? [msg('map.arrowFrom', { from: n(arc.from), to: n(arc.to) }, lang)]
      : []),
  ]);
}

/** Tooltip of an arc: the relation in words, its kind and certainty, when, the editor's note, its quotes. */
export function arcTooltip(dataset: Dataset, arc: ArcMark, name: Name, lang = 'en'): TooltipContent {
  const r = arc.relation;
  const how = [isNegative(r) ? msg('map.didNot', {}, lang) : '', certaintyWords(r.certainty, lang)];
  return {
    title: relationSentence(dataset, r, name, lang),
    lines: [
      colon(relationTypeOf(dataset, r.type).label, how.filter(Boolean).join(msg('comma', {}, lang)), lang),
      ...(r.time?.text ? [colon(msg('claims.when', {}, lang), r.time.text, lang)] : []),
      ...(r.note ? [r.note] : []),
    ],
    quotes: quotesFor(dataset, r, lang),
    source: dataset.source.name,
    lang: dataset.source.language,
  };
}

/** A legend word inside a sentence: "Arms supplies" → "arms supplies"; "EU funds" stays. */
const inSentence = (label: string) =>
  /^.[a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;

/**
 * One sentence saying what the map shows (the visible summary and the map's description),
 * from the dataset alone, so it does not change when the map arrives: "12 countries and
 * 2 other actors, coloured by Council; 9 arrows of arms supplies and attacks (3 only possible)."
 */
export function summarySentence(
  dataset: Dataset,
  grouping: MapGrouping | undefined,
  hiddenArcs: ReadonlySet<string> = new Set(),
  lang = 'en',
): string {
  const ids = new Set(placeable(dataset).values());
  const countries = dataset.entities.filter((e) => ids.has(e.id) && e.kind === 'country').length;
  const others = ids.size - countries;
  const plan = planArcs(dataset);
  const arcs = plan.drawn.filter((r) => !hiddenArcs.has(r.type));
  const kinds = plan.types
    .filter((t) => !hiddenArcs.has(t))
    .map((t) => relationTypeOf(dataset, t).label)
    // Lower case inside a sentence, for an English dataset (a German noun keeps its capital).
    .map((label) => (/^en\b/i.test(dataset.source.language ?? 'en') ? inSentence(label) : label));
  const possible = arcs.filter((r) => r.certainty !== 'asserted' && r.certainty !== 'reported').length;
  const negative = arcs.filter(isNegative).length;
  const what = [
    countries ? msg('kinds.country', { count: countries }, lang) : '',
    others ? msg('map.others', { count: others }, lang) : '',
  ].filter(Boolean);
  const colour = !grouping
    ? ''
    : grouping.id === ACTORS
      ? msg('map.byActors', {}, lang)
      : msg('map.by', { label: grouping.label }, lang);
  const arrows = arcs.length
    ? bracket(
        msg('map.arcs', { count: arcs.length, kinds: listWords(kinds, lang) }, lang),
        [
          possible ? msg('map.onlyPossible', { count: possible }, lang) : '',
          negative ? msg('map.didNotN', { count: negative }, lang) : '',
        ].filter(Boolean),
        lang,
      )
    : '';
  return msg('map.summary', { what: listWords(what, lang), colour, arrows }, lang);
}
