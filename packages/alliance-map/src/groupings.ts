import { groupingColor, groupMembers, isFullMember, msg, PALETTE, perObject, typeColor } from '@nutgraf/core';
import type { Dataset, Entity, GroupMembership } from '@nutgraf/core';
import { planArcs } from './arcs.js';
import './messages.js';

/** The id of the map's own grouping: the actors the source itself names. */
export const ACTORS = 'actors';

/** A way of colouring the map: a named set of entities, each with the claim that makes it a member. */
export interface MapGrouping {
  id: string;
  /** The dataset's label; empty for the story's actors, named in the page's language (see {@link groupingLabel}). */
  label: string;
  /** CSS colour, a palette token such as `var(--_c2)`. */
  color: string;
  /** Entity id → its membership. */
  members: Map<string, GroupMembership>;
}

/** The name of a grouping for readers, in `lang`. */
export const groupingLabel = (g: MapGrouping, lang = 'en'): string =>
  g.id === ACTORS ? msg('map.actors', {}, lang) : g.label;

/**
 * How a member is filled: `full` (active and asserted, from the source), `outside` (a full
 * member known from outside the source: a lighter fill), or `partial` (invited, frozen,
 * former, or not asserted: hatched, never filled like a member).
 */
export type MemberStyle = 'full' | 'outside' | 'partial';

export const memberStyle = (m: GroupMembership): MemberStyle =>
  !isFullMember(m) ? 'partial' : m.basis === 'outside' ? 'outside' : 'full';

/** True for an actor the source itself names (not one added from outside knowledge). */
export const isActor = (entity: Entity): boolean => entity.basis !== 'outside';

/**
 * The groupings the map can colour by: the dataset's own (members resolved by core, colours
 * from core's palette slots), then the story's actors, in the last palette colour no arc uses. Memoised per dataset.
 */
export const mapGroupings = perObject((dataset: Dataset): MapGrouping[] => {
  const used = new Set(planArcs(dataset).types.map((t) => typeColor(dataset, t)));
  const list = dataset.groupings.map((g) => ({
    id: g.id,
    label: g.label,
    color: groupingColor(dataset, g.id),
    members: new Map(groupMembers(dataset, g).map((m) => [m.entity, m])),
  }));
  list.push({
    id: ACTORS,
    label: '',
    color:
      PALETTE.map((p) => `var(${p})`)
        .reverse()
        .find((c) => !used.has(c)) ?? 'var(--_accent)',
    members: new Map(
      dataset.entities
        .filter(isActor)
        .map((e) => [e.id, { entity: e.id, certainty: e.certainty, basis: e.basis, evidence: e.evidence }]),
    ),
  });
  return list;
});
