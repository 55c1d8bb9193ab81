import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Dataset, Relation, SeriesValue } from '@nutgraf/core';
import { certaintyWords, defaultDataset, indexDataset } from '@nutgraf/core';

/** Which components draw a claim. */
function usedBy(
  kind: 'entity' | 'relation' | 'series',
  dataset: Dataset,
  item: { id?: string } & Partial<Relation>,
) {
  const { entities } = indexDataset(dataset);
  const users = ['actor-network'];
  if (kind === 'series') return ['oil-share-donut'];
  if (kind === 'entity' && entities.get(item.id ?? '')?.kind === 'country') users.unshift('alliance-map');
  if (kind === 'relation') {
    const ends = [item.source, item.target].map((id) => entities.get(id ?? '')?.kind);
    if (ends[0] === 'country' && (ends[1] === 'country' || item.type === 'membership'))
      users.unshift('alliance-map');
  }
  if (kind === 'entity' && dataset.series.some((s) => s.values.some((v) => v.entity === item.id)))
    users.push('oil-share-donut');
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

function renderDataset(dataset: Dataset) {
  const { entities } = indexDataset(dataset);
  const name = (id: string) => entities.get(id)?.name ?? id;
  const value = (v: SeriesValue) => `${v.approximate ? '~' : ''}${v.value}%`;
  return html`<article class="dataset-page" data-rendered>
    <h1>${dataset.title}</h1>
    <p>
      Source: ${dataset.source.name} · language ${dataset.source.language} · sha256
      <code>${dataset.source.sha256.slice(0, 12)}…</code> · ${dataset.source.sentenceCount} sentences ·
      offsets in ${dataset.offsetUnit}s. Title, byline and URL are not given; the date
      (${dataset.source.date?.value}) is ${dataset.source.date?.estimated ? 'an estimate' : 'given'}.
    </p>
    <h2>Entities (${dataset.entities.length})</h2>
    <table>
      <thead>
        <tr>
          <th>Entity</th>
          <th>Kind</th>
          <th>Basis · certainty</th>
          <th>Evidence</th>
          <th>Used by</th>
        </tr>
      </thead>
      <tbody>
        ${dataset.entities.map(
          (e) =>
            html`<tr>
              <th scope="row">
                ${e.name}${e.iso3 ? ` (${e.iso3})` : ''}${e.role ? html`<br /><small>${e.role}</small>` : ''}
              </th>
              <td>${e.kind}</td>
              <td>${e.basis}${e.basis === 'outside' ? ' †' : ''} · ${certaintyWords(e.certainty)}</td>
              <td>${quotes(dataset, e.evidence)}</td>
              <td>${usedBy('entity', dataset, e).join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <h2>Relations (${dataset.relations.length})</h2>
    <table>
      <thead>
        <tr>
          <th>Claim</th>
          <th>Type</th>
          <th>Basis · certainty</th>
          <th>Evidence</th>
          <th>Used by</th>
        </tr>
      </thead>
      <tbody>
        ${dataset.relations.map(
          (r) =>
            html`<tr>
              <th scope="row">
                ${name(r.source)} ${r.label}
                ${name(r.target)}${r.time?.text ? html`<br /><small>${r.time.text}</small>` : ''}
              </th>
              <td>${r.type}${r.status ? ` (${r.status})` : ''}</td>
              <td>${r.basis}${r.basis === 'outside' ? ' †' : ''} · ${certaintyWords(r.certainty)}</td>
              <td>${quotes(dataset, r.evidence)}${r.note ? html`<p><small>${r.note}</small></p>` : ''}</td>
              <td>${usedBy('relation', dataset, r).join(', ')}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${dataset.series.map(
      (s) =>
        html`<h2>Series: ${s.title}</h2>
          <table>
            <thead>
              <tr>
                <th>Share</th>
                <th>Value</th>
                <th>Basis · certainty</th>
                <th>Evidence</th>
                <th>Used by</th>
              </tr>
            </thead>
            <tbody>
              ${s.values.map(
                (v) =>
                  html`<tr>
                    <th scope="row">${v.label}</th>
                    <td>${value(v)}${v.remainder ? ' (computed remainder, never split)' : ''}</td>
                    <td>${v.basis} · ${certaintyWords(v.certainty)}</td>
                    <td>${quotes(dataset, v.evidence)}</td>
                    <td>oil-share-donut</td>
                  </tr>`,
              )}
            </tbody>
          </table>`,
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
