/**
 * The members of a grouping, each with the claim that makes it one.
 *
 * @module
 */

import type { Dataset, GroupMember, Grouping, RelationStatus } from './types.js';

/** A member with its certainty, status, evidence and the relation it comes from (if any). */
export type GroupMembership = GroupMember & { relation?: string };

/**
 * Members of a grouping: the named `members`, then the sources of `from.type` relations to
 * `from.target`. Negative relations ("did not join") make no member; one entity appears once.
 */
export function groupMembers(dataset: Dataset, grouping: Grouping): GroupMembership[] {
  const out = new Map<string, GroupMembership>();
  for (const m of grouping.members ?? []) if (!out.has(m.entity)) out.set(m.entity, m);
  const from = grouping.from;
  if (from)
    for (const r of dataset.relations) {
      if (r.type !== from.type || r.target !== from.target || r.polarity === 'negative' || out.has(r.source))
        continue;
      out.set(r.source, {
        entity: r.source,
        status: r.status as RelationStatus | undefined,
        certainty: r.certainty,
        basis: r.basis,
        attribution: r.attribution,
        evidence: r.evidence,
        citations: r.citations,
        relation: r.id,
      });
    }
  return [...out.values()];
}

/** True for a member drawn as a full member: active (or no status) and asserted. */
export const isFullMember = (m: GroupMember): boolean =>
  (m.status === undefined || m.status === 'active') && m.certainty === 'asserted';
