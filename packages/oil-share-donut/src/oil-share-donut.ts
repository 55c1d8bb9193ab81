import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement } from '@nutgraf/core';

/**
 * @summary Placeholder for <oil-share-donut>; the component lands in its own issue.
 */
export class OilShareDonut extends NutgrafElement {
  static override tagName = 'oil-share-donut';

  protected override renderChart(): TemplateResult {
    return html`<p>oil-share-donut</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oil-share-donut': OilShareDonut;
  }
}
