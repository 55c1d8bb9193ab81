import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { cssProps } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import '@nutgraf/share-donut/define';
import '@nutgraf/actor-network/define';
import gasCorridor from '../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../examples/stories/refusals/dataset.json' with { type: 'json' };

/** The components' events, logged in the Actions panel. */
const select = action('nutgraf-select');
const highlight = action('nutgraf-highlight');

/**
 * One page per example story: the three components, each given the story's dataset and
 * nothing else. A new story is data only: no attribute, option or code here names anything
 * in it. The page follows the reader's colour scheme, so a dark screenshot is dark throughout.
 */
function page(dataset: Dataset) {
  return html`<div
    ${cssProps({
      'color-scheme': 'light dark',
      background: 'Canvas',
      color: 'CanvasText',
      display: 'grid',
      gap: '2rem',
      padding: '8px',
    })}
  >
    <alliance-map .data=${dataset} @nutgraf-select=${select} @nutgraf-highlight=${highlight}></alliance-map>
    <share-donut .data=${dataset} @nutgraf-select=${select} @nutgraf-highlight=${highlight}></share-donut>
    <actor-network .data=${dataset} @nutgraf-select=${select} @nutgraf-highlight=${highlight}></actor-network>
  </div>`;
}

const meta: Meta = {
  title: 'Example stories',
  parameters: { layout: 'fullscreen' },
};
export default meta;

type Story = StoryObj;

/**
 * Energy trade: shares in billion cubic metres with no total, the rest stated by the
 * article (LNG cargoes), pipelines drawn as arcs, a backward "imports from" type.
 */
export const GasCorridor: Story = {
  render: () => page(gasCorridor as unknown as Dataset),
};

/** Companies and people, two countries: a takeover bid, a board seat, a regulator that has not approved it. */
export const Takeover: Story = {
  render: () => page(takeover as unknown as Dataset),
};

/** Statements and refusals: quoted officials, an anonymous source, things that did not happen. */
export const Refusals: Story = {
  render: () => page(refusals as unknown as Dataset),
};
