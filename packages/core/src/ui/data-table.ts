import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

/** A table of text cells; the first cell of each row heads it. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: string[][];
}

/** The accessible data-table alternative to a chart, in a disclosure. */
export function renderDataTable(table: DataTable, summary = 'Show the data as a table'): TemplateResult {
  return html`<details class="data-table" part="table">
    <summary>${summary}</summary>
    <div class="table-scroll">
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
    </div>
  </details>`;
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
