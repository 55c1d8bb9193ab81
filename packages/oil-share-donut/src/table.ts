import { indexDataset } from '@nutgraf/core';
import type { DataTable, Dataset, Entity } from '@nutgraf/core';
import { claimsTable } from '@nutgraf/core/table';
import type { DonutModel } from './layout.js';

/**
 * The data-table alternative (loaded when a reader first opens it): every part of the whole
 * as a claim, with its value, who says it, how sure, and its sentence.
 */
export function dataTable(
  dataset: Dataset,
  model: DonutModel,
  caption: string,
  unit: string,
  entityName: (entity: Entity) => string,
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
  return claimsTable(dataset, caption, lines, { columns: [unit == 'percent' ? 'Share' : 'Value'], name });
}
