import type { Dataset } from '@nutgraf/core';
import type { Name } from './describe.js';
import { memberships, membershipIds, nameOf, relationSentence, roleWords } from './describe.js';
import type { MapGrouping } from './groupings.js';
import { placeable } from './places.js';

/**
 * The data-table alternative: one row per entity, with its role, place, memberships and
 * relations (with their notes), from the dataset alone. Built only while the table is open.
 */
export function dataTable(dataset: Dataset, groupings: MapGrouping[], name: Name) {
  const at = placeable(dataset);
  const n = nameOf(dataset, name);
  const skip = membershipIds(groupings);
  return {
    caption: "The story's actors: where the map places them, their groupings and relations",
    columns: ['Actor', 'Role and place', 'Groupings', 'Relations'],
    rows: dataset.entities
      .map((e) => [e, name(e)] as const)
      .sort((a, b) => a[1].localeCompare(b[1]))
      .map(([e, label]) => {
        const mark = at.get(e.id);
        return [
          label,
          [
            ...roleWords(dataset, e, name),
            !mark ? 'not on the map' : mark === e.id ? 'on the map' : `on the map at ${n(mark)}`,
          ].join('; '),
          memberships(dataset, groupings, e.id).join('; ') || '—',
          dataset.relations
            .filter((r) => !skip.has(r.id) && (r.source === e.id || r.target === e.id))
            .map((r) => `${relationSentence(dataset, r, name)}${r.note ? ` (note: ${r.note})` : ''}`)
            .join('; ') || '—',
        ];
      }),
  };
}
