/**
 * The sortable, filterable table that a data-table disclosure shows, loaded with the first
 * opening (see `renderDataTable`).
 *
 * @module
 */

import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { localeOf } from '../i18n.js';
import { msg } from '../messages/format.js';
import type { Cell, DataTable, DataTableHost } from './data-table.js';

/**
 * The tables' English words (filter, column heads, cells), which `renderDataTable` adds to the
 * English catalogue with the first table: they come with the table's code.
 */
export { enTable as tableWords } from '../messages/en-table.js';

const textOf = (cell: Cell | undefined): string => (typeof cell === 'string' ? cell : (cell?.text ?? ''));
const keyOf = (cell: Cell | undefined): string | number =>
  typeof cell === 'object' && cell.sort !== undefined ? cell.sort : textOf(cell);
const isWebLink = (href: string | undefined): href is string => !!href && /^https?:\/\//i.test(href);

/** The reader's sort and filter of one table. */
interface View {
  column: number;
  descending: boolean;
  actor: string;
}

const views = new WeakMap<DataTableHost, Map<string, View>>();

/** The rows in the reader's order and filter: a stable sort, ties in the table's own order. */
export function arrangeRows(table: DataTable, view: Partial<View> = {}): Cell[][] {
  const { column = -1, descending = false, actor = '' } = view;
  const rows = table.rows
    .map((row, i) => ({ row, i }))
    .filter(({ i }) => !actor || !table.actors || (table.actors.rows[i] ?? []).includes(actor));
  if (column >= 0) {
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    rows.sort((a, b) => {
      const x = keyOf(a.row[column]);
      const y = keyOf(b.row[column]);
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return (descending ? -order : order) || a.i - b.i;
    });
  }
  return rows.map(({ row }) => row);
}

/**
 * One table: column headers are buttons that sort by that column (again: the other way),
 * with `aria-sort` on the sorted header; with `actors`, a select above it shows one actor's
 * rows and a status line says how many are shown. The reader's choice survives re-renders.
 */
export function renderTable(host: DataTableHost, table: DataTable): TemplateResult {
  let byCaption = views.get(host);
  if (!byCaption) views.set(host, (byCaption = new Map()));
  const view = byCaption.get(table.caption) ?? { column: -1, descending: false, actor: '' };
  const update = (next: Partial<View>) => {
    byCaption.set(table.caption, { ...view, ...next });
    host.requestUpdate();
  };
  const rows = arrangeRows(table, view);
  const lang = localeOf(host as unknown as Element).lang;
  const noun = table.noun ?? msg('table.rows', {}, lang);
  const actors = table.actors
    ? [...new Set(table.actors.rows.flat())]
        .map((id) => [id, table.actors!.names.get(id) ?? id] as const)
        .sort((a, b) => a[1].localeCompare(b[1]))
    : [];
  const sortLabel = (i: number) =>
    view.column === i ? (view.descending ? 'descending' : 'ascending') : undefined;
  // A long table scrolls inside its box; focusable, so it scrolls by keyboard too.
  return html`${
      actors.length
        ? html`<div class="table-filter">
            <label
              >${msg('table.actor', {}, lang)}
              <select
                @change=${(e: Event) => update({ actor: (e.currentTarget as HTMLSelectElement).value })}
              >
                <option value="" ?selected=${!view.actor}>${msg('table.all', {}, lang)}</option>
                ${actors.map(([id, name]) => html`<option value=${id} ?selected=${view.actor === id}>${name}</option>`)}
              </select></label
            >
            <span role="status"
              >${msg('table.shown', { shown: rows.length, count: table.rows.length, noun }, lang)}</span
            >
          </div>`
        : nothing
    }
    <div class="table-scroll" tabindex="0" role="region" aria-label=${table.caption}>
      <table>
        <caption>
          ${table.caption}
        </caption>
        <thead>
          <tr>
            ${table.columns.map(
              (c, i) =>
                html`<th scope="col" aria-sort=${sortLabel(i) ?? nothing}>
                  <button
                    type="button"
                    class="sort"
                    @click=${() =>
                      update({ column: i, descending: view.column === i ? !view.descending : false })}
                  >
                    ${c}<span class="sort-mark" aria-hidden="true"
                      >${view.column === i ? (view.descending ? ' ▼' : ' ▲') : ''}</span
                    >
                  </button>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([head, ...cells]) =>
              html`<tr>
                <th scope="row">${renderCell(head)}</th>
                ${cells.map((c) => html`<td>${renderCell(c)}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

function renderCell(cell: Cell | undefined): unknown {
  if (typeof cell !== 'object' || !cell.links) return textOf(cell);
  return cell.links.map(
    (link, i) =>
      html`${i ? ', ' : ''}${isWebLink(link.href) ? html`<a href=${link.href}>${link.text}</a>` : link.text}`,
  );
}

/** The table's styles, which `renderDataTable` adds to the host's shadow root with the first table. */
export const tableStyles = css`
  .table-filter {
    margin: 0.5em 0;
  }
  .data-table select {
    font: inherit;
    min-height: 24px;
    margin-inline: 0.25em 1em;
  }
  .table-scroll {
    overflow-x: auto;
    max-height: 24em;
  }
  .data-table table {
    border-collapse: collapse;
    width: 100%;
  }
  .data-table caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25em 0;
  }
  .data-table th,
  .data-table td {
    text-align: start;
    vertical-align: top;
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_rule);
  }
  .data-table thead th {
    padding: 0;
  }
  /* A sort button fills its header cell: one large target. */
  .sort {
    all: unset;
    display: block;
    width: 100%;
    box-sizing: border-box;
    min-height: 24px;
    padding: 0.25em 0.5em;
    font-weight: 600;
    cursor: pointer;
  }
  .sort:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .data-table a {
    color: var(--_accent);
  }
`;
