import { compareIds } from './compare.js';
import { indexDataset } from '@nutgraf/core';
import type { Basis, Dataset, Entity, RelationStatus } from '@nutgraf/core';

/** One group of countries on the map (an organisation's members, or the story's actors). */
export interface Group {
  id: string;
  label: string;
  /** CSS colour, a palette token such as `var(--_c2)`. */
  color: string;
}

/** A country's place in a group. */
export interface GroupMember {
  group: string;
  status: RelationStatus;
  basis: Basis;
}

/** A way of colouring the map: a set of groups and who belongs to them. */
export interface Grouping {
  id: string;
  label: string;
  groups: Group[];
  /** Country entity id → its places in this grouping's groups (active, frozen or invited). */
  members: Map<string, GroupMember[]>;
}

/** The id of the grouping that shows every organisation at once. */
export const ALLIANCES = 'alliances';
/** The id of the grouping of countries the article names. */
export const ACTORS = 'actors';

/** Fills avoid the arc colours (attacks c1, oil c3, arms c4, seizure c7). */
const ORG_COLORS = ['var(--_c5)', 'var(--_c6)', 'var(--_c2)', 'var(--_c4)'];

/** The short name a legend uses for an organisation ("CSTO"). */
export function orgLabel(org: Entity): string {
  return org.shortName ?? org.name;
}

/** True for a country the article itself names (not one added from outside knowledge). */
export function isActor(entity: Entity): boolean {
  return entity.kind === 'country' && entity.basis !== 'outside';
}

/**
 * Groupings derived from the dataset: one per organisation with member countries, one
 * with all organisations together (when there are two or more), and "Actors in this
 * story" (the countries the article names). Former members are not members.
 */
export function deriveGroupings(dataset: Dataset): Grouping[] {
  const { entities } = indexDataset(dataset);
  const orgMembers = new Map<string, Map<string, GroupMember>>();
  for (const r of dataset.relations) {
    if (r.type !== 'membership') continue;
    const country = entities.get(r.source);
    const org = entities.get(r.target);
    if (country?.kind !== 'country' || org?.kind !== 'organisation') continue;
    const status = r.status ?? 'active';
    if (status === 'former') continue;
    let members = orgMembers.get(org.id);
    if (!members) orgMembers.set(org.id, (members = new Map()));
    members.set(country.id, { group: org.id, status, basis: r.basis });
  }
  const orgs = [...orgMembers.keys()]
    .map((id) => entities.get(id)!)
    .sort((a, b) => orgMembers.get(b.id)!.size - orgMembers.get(a.id)!.size || compareIds(a.id, b.id));
  const groups = new Map<string, Group>(
    orgs.map((org, i) => [
      org.id,
      { id: org.id, label: orgLabel(org), color: ORG_COLORS[i % ORG_COLORS.length] },
    ]),
  );
  const groupingOf = (id: string, label: string, ids: string[]): Grouping => {
    const members = new Map<string, GroupMember[]>();
    for (const orgId of ids)
      for (const [country, m] of orgMembers.get(orgId)!)
        members.set(country, [...(members.get(country) ?? []), m]);
    return { id, label, groups: ids.map((g) => groups.get(g)!), members };
  };
  const result: Grouping[] = [];
  if (orgs.length > 1)
    result.push(
      groupingOf(
        ALLIANCES,
        orgs.map(orgLabel).join(' and '),
        orgs.map((o) => o.id),
      ),
    );
  for (const org of orgs) result.push(groupingOf(org.id, orgLabel(org), [org.id]));
  const actors = dataset.entities.filter(isActor);
  if (actors.length)
    result.push({
      id: ACTORS,
      label: 'Actors in this story',
      groups: [{ id: ACTORS, label: 'Named in the article', color: 'var(--_c2)' }],
      members: new Map(actors.map((a) => [a.id, [{ group: ACTORS, status: 'active', basis: a.basis }]])),
    });
  return result;
}
