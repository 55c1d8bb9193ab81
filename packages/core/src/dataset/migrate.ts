/**
 * Migration of a version-1 dataset to version 2, as plain JSON (before validation).
 *
 * Version 1 named relation types from a closed list and had no vocabulary of its own.
 * Migration declares each type the dataset uses (its words from its id, or from `known`,
 * which `nutgraf migrate` passes), turns memberships of organisations into groupings, marks
 * computed remainders `unspecified`, and gives each quote a selector (without the text
 * either side, which only the source can give: `nutgraf migrate` adds it).
 *
 * @module
 */

import type { RelationType } from './types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/** "arms-supply" → "Arms supply". */
const words = (id: string) => {
  const s = id.replace(/[-_]+/g, ' ').trim();
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/** What an element says when it draws a version-1 dataset it migrated itself. */
export const MIGRATED = {
  path: '$.schemaVersion',
  message: 'is 1; the dataset was migrated to version 2 (run `nutgraf migrate` to update the file)',
};

/** True for a version-1 dataset. */
export const isVersion1 = (value: unknown): value is Obj => isObj(value) && value.schemaVersion === 1;

/**
 * Rewrites a version-1 dataset as version 2. Anything else is returned as it is.
 *
 * @param value Parsed JSON of a version-1 dataset.
 * @param known Words for type ids the caller knows; others are derived from the id.
 */
export function migrateDataset(
  value: unknown,
  known: Readonly<Record<string, Omit<RelationType, 'id'>>> = {},
): unknown {
  if (!isVersion1(value)) return value;
  const relations = list(value.relations);
  const entities = list(value.entities);
  const types: RelationType[] = [];
  for (const r of relations) {
    const id = r.type;
    if (typeof id !== 'string' || types.some((t) => t.id === id)) continue;
    types.push({
      id,
      ...(Object.hasOwn(known, id)
        ? known[id]!
        : {
            label: words(id),
            verb: typeof r.label === 'string' ? r.label : words(id).toLowerCase(),
            direction: 'forward' as const,
          }),
    });
  }
  const organisations = new Set(entities.filter((e) => e.kind === 'organisation').map((e) => e.id));
  const groupings = [
    ...new Set(
      relations.filter((r) => r.type === 'membership' && organisations.has(r.target)).map((r) => r.target),
    ),
  ].map((target) => {
    const org = entities.find((e) => e.id === target)!;
    return { id: target, label: org.shortName ?? org.name, from: { type: 'membership', target } };
  });
  return {
    ...value,
    schemaVersion: 2,
    relationTypes: types,
    groupings,
    series: list(value.series).map((s) => ({
      ...s,
      values: list(s.values).map(({ remainder, ...v }) =>
        remainder === true ? { ...v, remainder: 'unspecified' } : v,
      ),
    })),
    evidence: list(value.evidence).map((e) => ({
      ...e,
      selector: { type: 'TextQuoteSelector', exact: e.quote, prefix: '', suffix: '' },
    })),
  };
}
