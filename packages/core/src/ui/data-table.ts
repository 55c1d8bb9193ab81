import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { localeOf } from '../i18n.js';
import { msg } from '../messages/format.js';
import { shipEnglish } from '../messages/shipped.js';
import { adoptStyles } from './adopt-styles.js';

/** A link inside a table cell; only http(s) links are drawn as links. */
export interface CellLink {
  text: string;
  href?: string;
}

/** A table cell with a sort key of its own or links; a plain string is a text cell. */
export interface TableCell {
  text: string;
  /** What the column sorts by (the text when absent): a rank, a date. */
  sort?: string | number;
  /** Drawn instead of `text`, one after another: "sentence 4, sentence 9". */
  links?: CellLink[];
}

export type Cell = string | TableCell;

/** A table; the first cell of each row heads it. */
export interface DataTable {
  caption: string;
  columns: string[];
  rows: Cell[][];
  /**
   * The actors each row involves (entity ids, one list per row) and their names: the table
   * can then be filtered to one actor's rows.
   */
  actors?: { rows: string[][]; names: ReadonlyMap<string, string> };
  /** Word for a row in the filter's count: "claims" gives "12 of 53 claims". */
  noun?: string;
}

/** What a data table needs of the element that draws it. */
export interface DataTableHost {
  requestUpdate(): void;
}

type TableView = typeof import('./table-view.js');

/** Per host: the loaded table code and the component's table module, or the failure. */
interface Loaded {
  view?: TableView;
  module?: unknown;
  failed?: boolean;
}

const opened = new WeakSet<DataTableHost>();
const loaded = new WeakMap<DataTableHost, Loaded>();

/**
 * The accessible data-table alternative to a chart, in a disclosure. Its code and its rows
 * cost nothing until a reader opens it: on the first opening, the sortable table
 * (`table-view`) and the component's own table module (`load`, a dynamic import) are
 * fetched, and `build` makes the tables from that module on each render while the disclosure
 * is open. Closed, the rows are hidden from every reader and from assistive technology alike,
 * and building them on each render of the chart (a hover, a resize) would cost the page's
 * main thread for nothing. One disclosure per host (an element: its words follow its page's
 * language; `summary` defaults to "Show the data as a table").
 *
 * @example
 * renderDataTable(this, () => import('./table.js'), (m) => m.tables(this.dataset))
 */
export function renderDataTable<M>(
  host: DataTableHost,
  load: () => Promise<M>,
  build: (module: M) => DataTable | DataTable[],
  summary?: string,
): TemplateResult {
  const lang = localeOf(host as unknown as Element).lang;
  const open = opened.has(host);
  const state = loaded.get(host);
  const onToggle = (event: Event) => {
    const now = (event.currentTarget as HTMLDetailsElement).open;
    if (now === opened.has(host)) return;
    if (now) opened.add(host);
    else opened.delete(host);
    // First opening, or again after a failed load (the network may be back).
    if (now && (!state || state.failed)) {
      const next: Loaded = {};
      loaded.set(host, next);
      Promise.all([import('./table-view.js'), load()]).then(
        ([view, module]) => {
          Object.assign(next, { view, module });
          // The tables' English words come with their code.
          shipEnglish(view.tableWords);
          host.requestUpdate();
        },
        (error: unknown) => {
          console.error('nutgraf: the data table could not be loaded:', error);
          next.failed = true;
          host.requestUpdate();
        },
      );
    }
    host.requestUpdate();
  };
  let body: unknown = nothing;
  if (open && state?.view) {
    const view = state.view;
    // The table's styles come with its code.
    adoptStyles((host as { renderRoot?: unknown }).renderRoot, view.tableStyles);
    body = [build(state.module as M)].flat().map((table) => view.renderTable(host, table));
  } else if (open)
    body = html`<p class="table-state" role="status">
      ${msg(state?.failed ? 'table.failed' : 'table.loading', {}, lang)}
    </p>`;
  return html`<details class="data-table" part="table" ?open=${open} @toggle=${onToggle}>
    <summary>${summary ?? msg('table.show', {}, lang)}</summary>
    ${body}
  </details>`;
}

/** The disclosure's styles; the table's own arrive with its code (`tableStyles` in table-view.ts). */
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
`;
