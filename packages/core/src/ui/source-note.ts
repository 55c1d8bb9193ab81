import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../dataset/types.js';
import { msgParts } from '../messages/format.js';

/** True for a string that is safe to use as a link: http(s) only. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}

/**
 * The caption under a chart: names the article and, when the chart shows outside knowledge,
 * explains the "†" mark and cites where it comes from. Its words are in `lang`.
 */
export function renderSourceNote(
  dataset: Dataset,
  options: { outside?: boolean; lang?: string } = {},
): TemplateResult {
  const { source } = dataset;
  const { outside, lang } = options;
  const name = isHttpUrl(source.url) ? html`<a href=${source.url}>${source.name}</a>` : source.name;
  const citations = outside ? dataset.citations : [];
  return html`<p class="source-note" part="caption">
    ${msgParts('source', { name }, lang)}
    ${
      outside
        ? html`<span class="outside"
            >${msgParts(
              citations.length ? 'source.outsideFrom' : 'source.outside',
              {
                citations: citations.map(
                  (c, i) =>
                    html`${i ? '; ' : ''}${isHttpUrl(c.url) ? html`<a href=${c.url}>${c.title}</a>` : c.title}`,
                ),
              },
              lang,
            )}</span
          >`
        : nothing
    }
  </p>`;
}

export const sourceNoteStyles = css`
  .source-note {
    margin: 0.5em 0 0;
    font-size: 0.8125em;
    color: var(--_fg-muted);
  }
  .source-note a {
    color: inherit;
  }
`;
