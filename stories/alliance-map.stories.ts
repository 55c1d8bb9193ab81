import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { cssProps, defaultDataset } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import { snippet } from './snippet.js';
import { noPlacesDataset, refusalsDataset } from '../packages/alliance-map/test/fixtures.js';

declare global {
  interface ImportMeta {
    /** Vite's glob import: every matching module, loaded with the story file. */
    glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
  }
}

type Args = { grouping?: string; fit?: string; borders?: string; theme?: string; src?: string };

const meta: Meta<Args> = {
  title: 'Components/Alliance map',
  component: 'alliance-map',
  parameters: { docs: { source: { code: snippet('alliance-map') } } },
  render: (args) =>
    html`<alliance-map
      grouping=${args.grouping ?? ''}
      fit=${args.fit ?? ''}
      borders=${args.borders ?? 'de-jure'}
      theme=${args.theme ?? ''}
    ></alliance-map>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A map of a dataset passed through the `data` property. */
const withData = (make: () => unknown): Story => ({
  render: () => html`<alliance-map .data=${make()}></alliance-map>`,
});

/** With no attributes: the bundled dataset, its default grouping, heading and arcs from its `presentation`. */
export const Default: Story = {};
/** Another of the dataset's groupings: hatched members are frozen or former, lighter ones (†) known from outside the article. */
export const OtherGrouping: Story = { args: { grouping: 'csto' } };
/** The countries and actors the article names. */
export const Actors: Story = { args: { grouping: 'actors' } };
/** Framed on a list of ISO codes (the `fit` attribute). */
export const Framed: Story = { args: { fit: 'IRN,ISR,SYR,SAU,TUR' } };
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
/**
 * Claims that something did not happen (refused, has not approved) are thin grey lines crossed
 * by an × in their type's colour, never arrows; a company placed by `location`; a `backward`
 * type (buys from: the arrow runs from the seller); invited and predicted members hatched.
 */
export const NegativeClaims: Story = withData(refusalsDataset);
/** The same on a phone, dark. */
export const NegativeClaimsPhoneDark: Story = {
  render: () =>
    html`<div ${cssProps({ width: '375px', background: '#18181b' })}>
      <alliance-map theme="dark" .data=${refusalsDataset()}></alliance-map>
    </div>`,
};
/** A story of companies and people with no country or location: a short note, not an empty world. */
export const NoPlaces: Story = withData(noPlacesDataset);
/** No `presentation`: neutral wording. */
export const NoPresentation: Story = withData(() => {
  const data = structuredClone(defaultDataset) as Dataset;
  delete data.presentation;
  return data;
});
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

/** The example stories under `examples/stories/`, each drawn from its dataset alone. */
const examples = import.meta.glob<Dataset>('../examples/stories/*/dataset.json', {
  eager: true,
  import: 'default',
});
const example = (name: string): Story => ({
  render: () => {
    const data = examples[`../examples/stories/${name}/dataset.json`];
    return data
      ? html`<alliance-map .data=${data}></alliance-map>`
      : html`<p>examples/stories/${name}/dataset.json is not written yet.</p>`;
  },
});
/** Example story: energy trade between countries, a backward "imports from" type. */
export const ExampleGasCorridor: Story = example('gas-corridor');
/** Example story: companies and people, few countries. */
export const ExampleTakeover: Story = example('takeover');
/** Example story: statements and refusals, negative claims. */
export const ExampleRefusals: Story = example('refusals');
