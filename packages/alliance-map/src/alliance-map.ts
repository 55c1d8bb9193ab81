import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement } from '@nutgraf/core';

/**
 * @summary Placeholder for <alliance-map>; the component lands in its own issue.
 */
export class AllianceMap extends NutgrafElement {
  static override tagName = 'alliance-map';

  protected override renderChart(): TemplateResult {
    return html`<p>alliance-map</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-map': AllianceMap;
  }
}
