import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Dataset } from '../dataset/types.js';

/** True for a string that is safe to use as a link: http(s) only. */
export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}

/**
 * The caption under a chart: names the article and, when the chart shows outside knowledge,
 * explains the "†" mark and cites where it comes from.
 */
export function renderSourceNote(dataset: Dataset, options: { outside?: boolean } = {}): TemplateResult {
  const { source } = dataset;
  const name = isHttpUrl(source.url) ? html`<a href=${source.url}>${source.name}</a>` : source.name;
  const citations = options.outside ? dataset.citations : [];
  return html`<p class="source-note" part="caption">
    Source: ${name}.
    ${
      options.outside
        ? html`<span class="outside"
            >† Not from the article: outside
            knowledge${citations.length ? ', from ' : ''}${citations.map(
              (c, i) =>
                html`${i ? '; ' : ''}${isHttpUrl(c.url) ? html`<a href=${c.url}>${c.title}</a>` : c.title}`,
            )}.</span
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
