import { indexDataset, msg } from '@nutgraf/core';
import type { DataTable, Dataset, Entity } from '@nutgraf/core';
import { claimsTable } from '@nutgraf/core/table';
import type { DonutModel } from './layout.js';
import './messages.js';

/**
 * The data-table alternative (loaded when a reader first opens it): every part of the whole
 * as a claim, with its value, who says it, how sure, and its sentence; its words in `lang`.
 */
export function dataTable(
  dataset: Dataset,
  model: DonutModel,
  caption: string,
  unit: string,
  entityName: (entity: Entity) => string,
  lang = 'en',
): DataTable {
  const { entities } = indexDataset(dataset);
  const name = (id: string) => {
    const e = entities.get(id);
    return e ? entityName(e) : id;
  };
  const lines = model.parts.map((p) => ({
    ...p,
    what: p.name,
    actors: p.entity ? [p.entity] : [],
    cells: [{ text: p.valueWords, sort: p.value }],
  }));
  const column = msg(unit == 'percent' ? 'donut.share' : 'donut.value', {}, lang);
  return claimsTable(dataset, caption, lines, { columns: [column], name, lang });
}
