import { claimsTable, relationClaim } from '@nutgraf/core/table';
import type { DataTable, Dataset } from '@nutgraf/core';
import type { Name } from './describe.js';
import { memberships, nameOf, roleWords } from './describe.js';
import type { MapGrouping } from './groupings.js';
import { placeable } from './places.js';

/**
 * The data-table alternative, from the dataset alone (loaded when a reader first opens the
 * table, and built only while it is open):
 * every claim between the story's actors (who says it, how sure, whether it happened, when,
 * the editor's note and its sentence), then one row per actor with its role, place and
 * groupings.
 */
export function dataTables(dataset: Dataset, groupings: MapGrouping[], name: Name): DataTable[] {
  const at = placeable(dataset);
  const n = nameOf(dataset, name);
  const claims = claimsTable(
    dataset,
    "The article's claims about the actors",
    dataset.relations.map((r) => relationClaim(dataset, r, n)),
    { name: n },
  );
  const actors: DataTable = {
    caption: 'The actors: where the map places them, and their groupings',
    columns: ['Actor', 'Role and place', 'Groupings'],
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
        ];
      }),
  };
  return [claims, actors];
}
