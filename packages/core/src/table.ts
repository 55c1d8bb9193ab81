/**
 * `@nutgraf/core/table`: the sortable, filterable data table and the claims table. Components
 * import it from the table module they load when a reader first opens their data table, so a
 * page that never opens one never downloads it.
 *
 * @module
 */

export * from './ui/table-view.js';
export * from './ui/claims-table.js';
