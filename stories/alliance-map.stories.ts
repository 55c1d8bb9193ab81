import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { cssProps, defaultDataset } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import { snippet } from './snippet.js';

type Args = { grouping?: string; fit?: string; borders?: string; theme?: string; src?: string };

const meta: Meta<Args> = {
  title: 'Components/Alliance map',
  component: 'alliance-map',
  parameters: { docs: { source: { code: snippet('alliance-map') } } },
  render: (args) =>
    html`<alliance-map
      grouping=${args.grouping ?? 'alliances'}
      fit=${args.fit ?? ''}
      borders=${args.borders ?? 'de-jure'}
      theme=${args.theme ?? ''}
    ></alliance-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** With no attributes: the bundled dataset, BRICS and CSTO together, every arrow. */
export const Default: Story = {};
/** BRICS members only; † marks members known from outside the article. */
export const Brics: Story = { args: { grouping: 'brics' } };
/** CSTO members; Armenia's frozen membership is hatched. */
export const Csto: Story = { args: { grouping: 'csto' } };
/** The countries the article names. */
export const Actors: Story = { args: { grouping: 'actors' } };
/** Fitted to the Middle East. */
export const MiddleEast: Story = { args: { fit: 'middle-east' } };
/** De jure borders (the default) around the Black Sea: Crimea in Ukraine. */
export const DeJureBorders: Story = { args: { fit: 'UKR,GEO' } };
/** De facto borders (Natural Earth): Crimea drawn inside Russia. */
export const DeFactoBorders: Story = { args: { borders: 'de-facto', fit: 'UKR,GEO' } };
/** Dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [(story) => html`<div ${cssProps({ background: '#18181b', padding: '8px' })}>${story()}</div>`],
};
/** On a phone: the view fits the story's core; arrows to farther countries end at the edge, named there. */
export const Phone: Story = {
  render: () => html`<div ${cssProps({ width: '375px' })}><alliance-map></alliance-map></div>`,
};
/** On a phone in the dark theme. */
export const PhoneDark: Story = {
  render: () =>
    html`<div ${cssProps({ width: '375px', background: '#18181b' })}>
      <alliance-map theme="dark"></alliance-map>
    </div>`,
};
/** A Persian right-to-left page: country names in Persian. */
export const RightToLeft: Story = {
  render: () => html`<div lang="fa" dir="rtl"><alliance-map></alliance-map></div>`,
};
/** Loading: the placeholder at the final size (this story's data request never answers). */
export const Loading: Story = {
  render: () => {
    const original = globalThis.fetch;
    globalThis.fetch = (input, init) =>
      String(input).includes('/never-answers/') ? new Promise(() => {}) : original(input, init);
    return html`<alliance-map src="/never-answers/dataset.json"></alliance-map>`;
  },
};
/** A bad `src`: the error says which URL failed, at the same size. */
export const BadSrc: Story = {
  render: () => html`<alliance-map src="/missing/dataset.json"></alliance-map>`,
};
/** Names that contain markup are shown as text, never parsed. */
export const HostileData: Story = {
  render: () => {
    const data = structuredClone(defaultDataset);
    for (const e of data.entities)
      if (e.id === 'iran' || e.id === 'russia') {
        e.name = `<img src=x onerror=alert(1)>${e.name}<script>alert(1)</script>`;
        delete e.iso2;
        delete e.shortName;
      }
    return html`<alliance-map .data=${data}></alliance-map>`;
  },
};
