import { claimsTable, relationClaim } from '@nutgraf/core/table';
import { msg } from '@nutgraf/core';
import type { DataTable, Dataset, MessageId } from '@nutgraf/core';
import type { Name } from './describe.js';
import { memberships, nameOf, roleWords } from './describe.js';
import type { MapGrouping } from './groupings.js';
import { placeable } from './places.js';
import './messages.js';

/**
 * The data-table alternative, from the dataset alone (loaded when a reader first opens the
 * table, and built only while it is open):
 * every claim between the story's actors (who says it, how sure, whether it happened, when,
 * the editor's note and its sentence), then one row per actor with its role, place and
 * groupings. Its words in `lang`.
 */
export function dataTables(dataset: Dataset, groupings: MapGrouping[], name: Name, lang = 'en'): DataTable[] {
  const at = placeable(dataset);
  const n = nameOf(dataset, name);
  const t = (id: MessageId, params?: Record<string, string>) => msg(id, params, lang);
  const claims = claimsTable(
    dataset,
    t('map.claims'),
    dataset.relations.map((r) => relationClaim(dataset, r, n, undefined, lang)),
    { name: n, lang },
  );
  const actors: DataTable = {
    caption: t('map.actorsTable'),
    columns: [t('table.actor'), t('map.rolePlace'), t('map.groupings')],
    rows: dataset.entities
      .map((e) => [e, name(e)] as const)
      .sort((a, b) => a[1].localeCompare(b[1], lang))
      .map(([e, label]) => {
        const mark = at.get(e.id);
        return [
          label,
          [
            ...roleWords(dataset, e, name, lang),
            !mark ? t('map.off') : mark === e.id ? t('map.on') : t('map.onAt', { name: n(mark) }),
          ].join(t('semicolon')),
          memberships(dataset, groupings, e.id, lang).join(t('semicolon')) || '—',
        ];
      }),
  };
  return [claims, actors];
}
