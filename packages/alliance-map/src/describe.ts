import {
  attributionWords,
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

/** Label text for an entity (localised). */
export type Name = (entity: Entity) => string;

/** A membership's status in words. */
export const STATUS: Record<string, string> = {
  active: 'member',
  frozen: 'frozen member',
  former: 'former member',
  invited: 'invited',
};

export const nameOf = (dataset: Dataset, name: Name) => (id: string) => {
  const e = indexDataset(dataset).entities.get(id);
  return e ? name(e) : id;
};

/** What qualifies a claim, in words: did not happen, certainty, outside knowledge, who says it. */
function qualifiers(dataset: Dataset, claim: Claim & { polarity?: string }, all = false): string[] {
  return [
    isNegative(claim) ? 'did not happen' : '',
    all || claim.certainty !== 'asserted' ? certaintyWords(claim.certainty) : '',
    all || claim.basis !== 'article' ? basisWords(claim.basis) : '',
    attributionWords(dataset, claim.attribution, claim.certainty) ?? '',
  ].filter(Boolean);
}

/** Words in brackets after a claim, or nothing. */
const bracket = (words: string[]) => (words.length ? ` (${words.join(', ')})` : '');
const hedge = (dataset: Dataset, claim: Claim & { polarity?: string }) => bracket(qualifiers(dataset, claim));

/**
 * A relation as a sentence: "A supplied drones to B (reported, according to some reports)";
 * `words` replace the qualifiers in brackets.
 */
export function relationSentence(
  dataset: Dataset,
  r: Relation,
  name: Name,
  words = qualifiers(dataset, r),
): string {
  const n = nameOf(dataset, name);
  return `${n(r.source)} ${relationLabel(dataset, r)} ${n(r.target)}${bracket(words)}`;
}

/** An entity's memberships in the dataset's groupings, in words: "Council: invited (outside knowledge †)". */
export function memberships(dataset: Dataset, groupings: MapGrouping[], id: string): string[] {
  return groupings
    .filter((g) => g.id !== ACTORS && g.members.has(id))
    .map((g) => {
      const m = g.members.get(id)!;
      return `${g.label}: ${STATUS[m.status ?? 'active']}${hedge(dataset, m)}`;
    });
}

/** Role and affiliation of an entity, in words. */
export function roleWords(dataset: Dataset, e: Entity, name: Name): string[] {
  return [
    e.role ? `Role: ${e.role}` : '',
    e.affiliation ? `Affiliation: ${nameOf(dataset, name)(e.affiliation)}` : '',
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

function markWords(dataset: Dataset, groupings: MapGrouping[], mark: Mark, name: Name): string[] {
  const { people, relations } = atMark(dataset, groupings, mark.id);
  return [
    ...roleWords(dataset, mark.entity, name),
    ...memberships(dataset, groupings, mark.id),
    ...(people.length
      ? [`Placed here: ${people.map((p) => `${name(p)}${p.role ? ` (${p.role})` : ''}`).join(', ')}`]
      : []),
    ...relations.map((r) => relationSentence(dataset, r, name)),
  ];
}

/** Accessible name of a mark: "A: Council: member; A supplied arms to B; …". */
export function markLabel(dataset: Dataset, groupings: MapGrouping[], mark: Mark, name: Name): string {
  const parts = markWords(dataset, groupings, mark, name);
  const dot = mark.point && mark.entity.kind === 'country' ? ' (too small for the map: a dot marks it)' : '';
  return `${name(mark.entity)}${dot}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

/** Tooltip of a mark: role, affiliation, memberships, relations, the supporting quotes. */
export function markTooltip(
  dataset: Dataset,
  groupings: MapGrouping[],
  mark: Mark,
  name: Name,
): TooltipContent {
  const { relations } = atMark(dataset, groupings, mark.id);
  return {
    title: name(mark.entity),
    lines: markWords(dataset, groupings, mark, name),
    // Each quote once, the first three.
    quotes: [
      ...quotesFor(dataset, mark.entity),
      ...relations.flatMap((r) => quotesFor(dataset, r).slice(0, 1)),
    ]
      .filter((q, i, all) => all.findIndex((o) => o.text === q.text) === i)
      .slice(0, 3),
    source: dataset.source.name,
  };
}

/**
 * Accessible name of an arc, with what qualifies it in words: "A might attack B (possible,
 * not happened, article)"; "A supplied arms to B (did not happen, asserted, article, according to C)".
 */
export function arcLabel(dataset: Dataset, arc: ArcMark, name: Name): string {
  const r = arc.relation;
  const n = nameOf(dataset, name);
  return relationSentence(dataset, r, name, [
    ...qualifiers(dataset, r, true),
    ...(arc.head && arc.from !== r.source ? [`arrow from ${n(arc.from)} to ${n(arc.to)}`] : []),
  ]);
}

/** Tooltip of an arc: the relation in words, its kind and certainty, when, the editor's note, its quotes. */
export function arcTooltip(dataset: Dataset, arc: ArcMark, name: Name): TooltipContent {
  const r = arc.relation;
  return {
    title: relationSentence(dataset, r, name),
    lines: [
      `${relationTypeOf(dataset, r.type).label}: ${isNegative(r) ? 'did not happen, ' : ''}${certaintyWords(r.certainty)}`,
      ...(r.time?.text ? [`When: ${r.time.text}`] : []),
      ...(r.note ? [r.note] : []),
    ],
    quotes: quotesFor(dataset, r),
    source: dataset.source.name,
  };
}

/** A legend word inside a sentence: "Arms supplies" → "arms supplies"; "EU funds" stays. */
const inSentence = (label: string) =>
  /^.[a-z]/.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * One sentence saying what the map shows (the visible summary and the map's description),
 * from the dataset alone, so it does not change when the map arrives: "12 countries and
 * 2 other actors, coloured by Council; 9 arrows of arms supplies and attacks (3 only possible)."
 */
export function summarySentence(
  dataset: Dataset,
  grouping: MapGrouping | undefined,
  hiddenArcs: ReadonlySet<string> = new Set(),
): string {
  const ids = new Set(placeable(dataset).values());
  const countries = dataset.entities.filter((e) => ids.has(e.id) && e.kind === 'country').length;
  const others = ids.size - countries;
  const plan = planArcs(dataset);
  const arcs = plan.drawn.filter((r) => !hiddenArcs.has(r.type));
  const kinds = plan.types
    .filter((t) => !hiddenArcs.has(t))
    .map((t) => inSentence(relationTypeOf(dataset, t).label));
  const possible = arcs.filter((r) => r.certainty !== 'asserted' && r.certainty !== 'reported').length;
  const negative = arcs.filter(isNegative).length;
  const notes = bracket(
    [possible ? `${possible} only possible` : '', negative ? `${negative} did not happen` : ''].filter(
      Boolean,
    ),
  );
  const what = [
    countries ? count(countries, 'country', 'countries') : '',
    others ? count(others, 'other actor', 'other actors') : '',
  ].filter(Boolean);
  const colour = !grouping
    ? ''
    : grouping.id === ACTORS
      ? ', coloured where the source names them'
      : `, coloured by ${grouping.label}`;
  const arrows = arcs.length
    ? `; ${count(arcs.length, 'arrow', 'arrows')} of ${listWords(kinds)}${notes}`
    : '';
  return `${what.join(' and ')}${colour}${arrows}.`;
}
