import { LitElement, html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type {
  Attribution,
  Basis,
  Certainty,
  DataTable,
  Dataset,
  Entity,
  Relation,
  Series,
  SeriesValue,
} from '@nutgraf/core';
import {
  attributionWords,
  certaintyWords,
  dataTableStyles,
  defaultDataset,
  indexDataset,
  relationTypeOf,
  themeStyles,
} from '@nutgraf/core';
import { claimsTable, relationClaim, renderTable } from '@nutgraf/core/table';

/** A claims table the reader sorts and filters, as the components' own tables are. */
class ClaimsTableView extends LitElement {
  static override styles = [themeStyles, dataTableStyles];
  static override properties = { table: { attribute: false } };
  declare table: DataTable | undefined;
  override render() {
    return this.table ? html`<div class="data-table">${renderTable(this, this.table)}</div>` : nothing;
  }
}
if (!customElements.get('nutgraf-claims-table'))
  customElements.define('nutgraf-claims-table', ClaimsTableView);

/** True for an entity the map can place: a country, or an actor with a location. */
const placed = (e: Entity | undefined) => !!e && (e.kind === 'country' || !!e.location);

/** Which components draw a claim. */
function usedBy(
  kind: 'entity' | 'relation' | 'series',
  dataset: Dataset,
  item: { id?: string } & Partial<Relation>,
) {
  const { entities } = indexDataset(dataset);
  const users = ['actor-network'];
  if (kind === 'series') return ['share-donut'];
  if (kind === 'entity' && placed(entities.get(item.id ?? ''))) users.unshift('alliance-map');
  if (kind === 'relation' && [item.source, item.target].every((id) => placed(entities.get(id ?? ''))))
    users.unshift('alliance-map');
  if (kind === 'entity' && dataset.series.some((s) => s.values.some((v) => v.entity === item.id)))
    users.push('share-donut');
  return users;
}

function quotes(dataset: Dataset, ids: string[]) {
  const { evidence } = indexDataset(dataset);
  return ids.map((id) => {
    const e = evidence.get(id);
    return e
      ? html`<blockquote>
          “${e.quote}” <small>(sentence ${e.sentence + 1}${e.subhead ? ', subhead' : ''})</small>
        </blockquote>`
      : html`<p>missing evidence ${id}</p>`;
  });
}

interface ClaimRow {
  head: unknown;
  kind: string;
  claim: { basis: Basis; certainty: Certainty; attribution?: Attribution; polarity?: string };
  evidence: unknown;
  usedBy: string[];
  dataset: Dataset;
}

/** One table of claims: what, its kind, basis and certainty, the quotes, and who draws it. */
function claimTable(headLabel: string, kindLabel: string, rows: ClaimRow[]) {
  return html`<table>
    <thead>
      <tr>
        <th>${headLabel}</th>
        <th>${kindLabel}</th>
        <th>Basis · certainty · who says it</th>
        <th>Evidence</th>
        <th>Used by</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) =>
          html`<tr>
            <th scope="row">${row.head}</th>
            <td>${row.kind}</td>
            <td>
              ${row.claim.polarity === 'negative' ? 'did not happen · ' : ''}${row.claim.basis}${
                row.claim.basis === 'outside' ? ' †' : ''
              }
              ·
              ${certaintyWords(row.claim.certainty)}${
                attributionWords(row.dataset, row.claim.attribution)
                  ? ` · ${attributionWords(row.dataset, row.claim.attribution)}`
                  : ''
              }
            </td>
            <td>${row.evidence}</td>
            <td>${row.usedBy.join(', ')}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

function renderDataset(dataset: Dataset) {
  const { entities } = indexDataset(dataset);
  const name = (id: string) => entities.get(id)?.name ?? id;
  const value = (s: Series, v: SeriesValue) =>
    `${v.approximate ? '~' : ''}${v.value}${s.unit === 'percent' ? '%' : ` ${s.unit}`}`;
  return html`<article class="dataset-page" data-rendered>
    <h1>${dataset.title}</h1>
    <p>
      Source: ${dataset.source.name} · language ${dataset.source.language} · sha256
      <code>${dataset.source.sha256.slice(0, 12)}…</code> · ${dataset.source.sentenceCount} sentences ·
      offsets in
      ${dataset.offsetUnit}s${dataset.source.date ? ` · date ${dataset.source.date.value}` : ''}${
        dataset.source.date?.estimated ? ' (an estimate)' : ''
      }.${dataset.source.selfWritten ? ' Self-written for examples; never published.' : ''}
    </p>
    <h2>Relation types (${dataset.relationTypes.length})</h2>
    <ul>
      ${dataset.relationTypes.map((t) => html`<li><b>${t.label}</b> (${t.id}): “${t.verb}”, ${t.direction}</li>`)}
    </ul>
    <h2>Entities (${dataset.entities.length})</h2>
    ${claimTable(
      'Entity',
      'Kind',
      dataset.entities.map((e) => ({
        head: html`${e.name}${e.iso3 ? ` (${e.iso3})` : ''}${e.role ? html`<br /><small>${e.role}</small>` : ''}`,
        kind: e.kind,
        claim: e,
        dataset,
        evidence: quotes(dataset, e.evidence),
        usedBy: usedBy('entity', dataset, e),
      })),
    )}
    <h2>Relations (${dataset.relations.length})</h2>
    <p>Sort by any column; filter to one actor (as either end, or as the speaker).</p>
    <nutgraf-claims-table
      .table=${claimsTable(
        dataset,
        'Every relation the article claims',
        dataset.relations.map((r) =>
          relationClaim(dataset, r, name, [
            `${relationTypeOf(dataset, r.type).label}`,
            usedBy('relation', dataset, r).join(', '),
          ]),
        ),
        { columns: ['Type', 'Used by'], name },
      )}
    ></nutgraf-claims-table>
    ${dataset.series.map(
      (s) =>
        html`<h2>Series: ${s.title}</h2>
          <nutgraf-claims-table
            .table=${claimsTable(
              dataset,
              s.title,
              s.values.map((v) => ({
                ...v,
                what: v.label,
                actors: v.entity ? [v.entity] : [],
                cells: [
                  `${value(s, v)}${
                    v.remainder === 'unspecified'
                      ? ' (computed remainder, never split)'
                      : v.remainder === 'stated'
                        ? ' (the rest, as stated)'
                        : ''
                  }`,
                ],
              })),
              { columns: ['Value'], name },
            )}
          ></nutgraf-claims-table>`,
    )}
    <h2>Outside knowledge (†)</h2>
    <ul>
      ${dataset.citations.map((c) => html`<li>${c.title} — <a href=${c.url}>${c.url}</a> (accessed ${c.accessed})</li>`)}
    </ul>
  </article>`;
}

const meta: Meta = {
  title: 'Dataset/Claims and sources',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Every claim of the bundled dataset, with its quote, certainty and the components that use it.',
      },
    },
  },
  render: () => renderDataset(defaultDataset),
};
export default meta;

/** Every entity, relation and share, with the sentence that supports it. */
export const AllClaims: StoryObj = {};
