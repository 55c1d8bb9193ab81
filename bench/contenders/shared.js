// Data shared by every contender: the same dataset, mapped once into plain rows.
// Kept free of library imports so every bundle carries the same mapping code.

/** Countries coloured by alliance membership (the map's default grouping). */
export function allianceRows(ds) {
  const byId = new Map(ds.entities.map((e) => [e.id, e]));
  const orgs = new Map();
  for (const r of ds.relations) {
    if (r.type !== 'membership' || (r.status ?? 'active') === 'former') continue;
    const c = byId.get(r.source);
    const o = byId.get(r.target);
    if (c?.kind !== 'country' || o?.kind !== 'organisation' || !c.isoNumeric) continue;
    if (!orgs.has(o.id)) orgs.set(o.id, { label: o.shortName ?? o.name, members: new Set() });
    orgs.get(o.id).members.add(c.isoNumeric);
  }
  const groupOf = new Map();
  for (const [, org] of orgs)
    for (const iso of org.members) groupOf.set(iso, groupOf.has(iso) ? 'Both' : org.label);
  return [...groupOf].map(([iso, group]) => ({ iso, group }));
}

/** The share series as label/value rows. */
export function shareRows(ds) {
  return ds.series[0].values.map((v) => ({ label: v.label, value: v.value }));
}

/** Entities and the relations whose two ends exist, as graph nodes and links. */
export function graphRows(ds) {
  const ids = new Set(ds.entities.map((e) => e.id));
  return {
    nodes: ds.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind })),
    links: ds.relations
      .filter((r) => ids.has(r.source) && ids.has(r.target) && r.source !== r.target)
      .map((r) => ({ source: r.source, target: r.target, type: r.type })),
  };
}

export const PALETTE = ['#c0392b', '#2471a3', '#7d3c98', '#1e8449', '#b9770e', '#5d6d7e', '#a04000'];
