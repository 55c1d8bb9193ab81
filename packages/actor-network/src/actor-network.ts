import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { NutgrafElement } from '@nutgraf/core';

/**
 * @summary Placeholder for <actor-network>; the component lands in its own issue.
 */
export class ActorNetwork extends NutgrafElement {
  static override tagName = 'actor-network';

  protected override renderChart(): TemplateResult {
    return html`<p>actor-network</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-network': ActorNetwork;
  }
}
