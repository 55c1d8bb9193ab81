import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/** A table of text cells; the first cell of each row heads it. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** What a data table needs of the element that draws it. */
export interface DataTableHost {
  requestUpdate(): void;
}

const opened = new WeakSet<DataTableHost>();

/**
 * The accessible data-table alternative to a chart, in a disclosure. The table is built only
 * while the disclosure is open: closed, its rows are hidden from every reader and from
 * assistive technology alike, and building them on each render of the chart (a hover, a
 * resize) would cost the page's main thread for nothing. One table per host.
 */
export function renderDataTable(
  host: DataTableHost,
  table: () => DataTable,
  summary = 'Show the data as a table',
): TemplateResult {
  const open = opened.has(host);
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now === opened.has(host)) return;
    if (now) opened.add(host);
    else opened.delete(host);
    host.requestUpdate();
  };
  return html`<details class="data-table" part="table" ?open=${open} @toggle=${onToggle}>
    <summary>${summary}</summary>
    ${open ? renderTable(table()) : nothing}
  </details>`;
}

function renderTable(table: DataTable): TemplateResult {
  // A long table scrolls inside its box; focusable, so it scrolls by keyboard too.
  return html`<div class="table-scroll" tabindex="0" role="region" aria-label=${table.caption}>
    <table>
      <caption>
        ${table.caption}
      </caption>
      <thead>
        <tr>
          ${table.columns.map((c) => html`<th scope="col">${c}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map(
          ([head, ...cells]) =>
            html`<tr>
              <th scope="row">${head}</th>
              ${cells.map((c) => html`<td>${c}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

export const dataTableStyles = css`
  .data-table {
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  .data-table summary {
    cursor: pointer;
    color: var(--_accent);
    min-height: 24px;
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
`;
