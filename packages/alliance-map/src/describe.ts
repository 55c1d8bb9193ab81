import { basisWords, certaintyWords, indexDataset, listWords, quotesFor } from '@nutgraf/core';
import type { Dataset, Entity, Relation, TooltipContent } from '@nutgraf/core';
import type { ArcMark, CountryMark } from './layout.js';
import { ARC_STYLE, ARC_TYPES, arcKey, undrawnReason } from './layout.js';
import type { Grouping } from './groupings.js';
import { ACTORS, orgLabel } from './groupings.js';

type Name = (entity: Entity) => string;

const hedge = (r: Pick<Relation, 'certainty' | 'basis'>): string => {
  const words: string[] = [];
  if (r.certainty !== 'asserted') words.push(certaintyWords(r.certainty));
  if (r.basis !== 'article') words.push(basisWords(r.basis));
  return words.length ? ` (${words.join(', ')})` : '';
};

/** Memberships of a country in every organisation of the dataset, in words. */
export function membershipPhrases(dataset: Dataset, id: string): string[] {
  const { entities, relationsOf } = indexDataset(dataset);
  return (relationsOf.get(id) ?? [])
    .filter((r) => r.type === 'membership' && r.source === id)
    .map((r) => {
      const org = entities.get(r.target);
      return `${r.label} ${org ? orgLabel(org) : r.target}${hedge(r)}`;
    });
}

/** A relation as a sentence: "Iran supplied Shahed drones … to Russia (reported)". */
export function relationSentence(dataset: Dataset, r: Relation, name: Name): string {
  const { entities } = indexDataset(dataset);
  const n = (id: string) => {
    const e = entities.get(id);
    return e ? name(e) : id;
  };
  return `${n(r.source)} ${r.label} ${n(r.target)}${hedge(r)}`;
}

/** Relations between this country and other countries (memberships aside). */
export function countryRelations(dataset: Dataset, id: string): Relation[] {
  const { entities, relationsOf } = indexDataset(dataset);
  return (relationsOf.get(id) ?? []).filter(
    (r) =>
      r.type !== 'membership' &&
      entities.get(r.source)?.kind === 'country' &&
      entities.get(r.target)?.kind === 'country',
  );
}

/** Accessible name of a country: "Iran: is a member of BRICS; Iran supplied … to Russia". */
export function countryLabel(dataset: Dataset, mark: CountryMark, name: Name): string {
  const parts = [
    ...membershipPhrases(dataset, mark.id),
    ...countryRelations(dataset, mark.id).map((r) => relationSentence(dataset, r, name)),
  ];
  const point = mark.point ? ' (too small for the map: a dot marks it)' : '';
  return `${name(mark.entity)}${point}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

/** Accessible name of an arc, certainty in words: "Israel might attack Iran (possible, not happened)". */
export function arcLabel(dataset: Dataset, arc: ArcMark, name: Name): string {
  const r = arc.relation;
  const words = [certaintyWords(r.certainty), basisWords(r.basis)];
  const { entities } = indexDataset(dataset);
  const n = (id: string) => {
    const e = entities.get(id);
    return e ? name(e) : id;
  };
  const flow = arc.from !== r.source ? `, arrow from ${n(arc.from)} to ${n(arc.to)}` : '';
  return `${n(r.source)} ${r.label} ${n(r.target)} (${words.join(', ')}${flow})`;
}

/** Tooltip of a country: memberships, relations, the supporting quotes. */
export function countryTooltip(dataset: Dataset, mark: CountryMark, name: Name): TooltipContent {
  const relations = countryRelations(dataset, mark.id);
  const quotes = [
    ...quotesFor(dataset, mark.entity),
    ...relations.flatMap((r) => quotesFor(dataset, r).slice(0, 1)),
  ].slice(0, 3);
  return {
    title: name(mark.entity),
    lines: [
      ...membershipPhrases(dataset, mark.id).map((p) => p[0].toUpperCase() + p.slice(1)),
      ...relations.map((r) => relationSentence(dataset, r, name)),
    ],
    quotes,
    source: dataset.source.name,
  };
}

/** Tooltip of an arc: the relation in words, its certainty, its quotes and the editor's note. */
export function arcTooltip(dataset: Dataset, arc: ArcMark, name: Name): TooltipContent {
  const r = arc.relation;
  return {
    title: relationSentence(dataset, r, name),
    lines: [
      `${ARC_STYLE[r.type]?.label ?? r.type}: ${certaintyWords(r.certainty)}`,
      ...(r.time?.text ? [`When: ${r.time.text}`] : []),
      ...(r.note ? [r.note] : []),
    ],
    quotes: quotesFor(dataset, r),
    source: dataset.source.name,
  };
}

/**
 * One sentence saying what the map shows (the visible summary and the map's description):
 * "22 countries coloured by BRICS and CSTO membership; 11 arrows of oil, arms supplies,
 * attacks, military operations and seizure (3 only possible)."
 */
export function summarySentence(
  dataset: Dataset,
  _model: unknown,
  grouping: Grouping | undefined,
  hiddenArcs: ReadonlySet<string> = new Set(),
): string {
  // From the dataset alone (no geometry, no size; `_model` is unused, kept for callers), so the
  // line does not change when the map arrives.
  const countries = dataset.entities.filter((e) => e.kind === 'country');
  const isCountry = new Set(countries.map((e) => e.id));
  const colour = !grouping
    ? ''
    : grouping.id === ACTORS
      ? ', coloured where the article names them'
      : ` coloured by ${listWords(grouping.groups.map((g) => g.label))} membership`;
  const arcs = dataset.relations.filter(
    (r) =>
      ARC_TYPES.includes(r.type) &&
      isCountry.has(r.source) &&
      isCountry.has(r.target) &&
      r.source !== r.target &&
      !hiddenArcs.has(arcKey(r.type)) &&
      !undrawnReason(r, dataset.relations),
  );
  const kinds = [...new Set(arcs.map((r) => arcKey(r.type)))].map((k) =>
    (ARC_STYLE[k as keyof typeof ARC_STYLE]?.label ?? k).toLowerCase(),
  );
  const possible = arcs.filter((r) => !['asserted', 'reported'].includes(r.certainty)).length;
  const arrows = arcs.length
    ? `; ${arcs.length} arrows of ${listWords(kinds)}${possible ? ` (${possible} only possible)` : ''}`
    : '';
  return `${countries.length} countries${colour}${arrows}.`;
}

/** Relations kept off the map as arrows (see `undrawnReason`), from the dataset alone. */
export function undrawnRelations(dataset: Dataset): Relation[] {
  return dataset.relations.filter((r) => ARC_TYPES.includes(r.type) && undrawnReason(r, dataset.relations));
}

/** The data-table alternative: one row per country. */
export function dataTable(dataset: Dataset, name: Name) {
  // From the dataset alone, so the table is there (at its size) before the geometry arrives.
  return {
    caption: 'Countries on the map, their memberships and relations',
    columns: ['Country', 'Memberships', 'Relations with other countries'],
    rows: dataset.entities
      .filter((e) => e.kind === 'country')
      .sort((a, b) => name(a).localeCompare(name(b)))
      .map((e) => [
        name(e),
        membershipPhrases(dataset, e.id).join('; ') || '—',
        countryRelations(dataset, e.id)
          .map((r) => relationSentence(dataset, r, name))
          .join('; ') || '—',
      ]),
  };
}
