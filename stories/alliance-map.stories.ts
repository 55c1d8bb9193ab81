import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultDataset } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/alliance-map/define';
import { controlsFor } from './controls.js';
import { inLanguage, narrow } from './decorators.js';
import { NEVER_ANSWERS, emptyDataset, invalidDataset } from './states.js';
import { noPlacesDataset, refusalsDataset } from '../packages/alliance-map/test/fixtures.js';

declare global {
  interface ImportMeta {
    /** Vite's glob import: every matching module, loaded with the story file. */
    glob<T>(pattern: string, options: { eager: true; import: 'default' }): Record<string, T>;
  }
}

const { meta: controls } = controlsFor('alliance-map');

const meta: Meta = {
  title: 'Components/Alliance map',
  ...controls,
};
export default meta;
type Story = StoryObj;

/** With no attributes: the bundled dataset, its default grouping, heading and arcs from its `presentation`. */
export const Default: Story = {};
/** A heading of the page's own instead of the dataset's. */
export const Heading: Story = { args: { heading: 'Who stands with whom' } };
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
export const Dark: Story = { args: { theme: 'dark' } };
/** On a phone (375 px): the view fits the story's core; arrows to farther countries end at the edge, named there. */
export const Phone: Story = { name: 'Narrow (375 px)', decorators: [narrow()] };
/** On a phone in the dark theme. */
export const PhoneDark: Story = { name: 'Narrow, dark', args: { theme: 'dark' }, decorators: [narrow()] };
/**
 * Claims that something did not happen (refused, has not approved) are thin grey lines crossed
 * by an × in their type's colour, never arrows; a company placed by `location`; a `backward`
 * type (buys from: the arrow runs from the seller); invited and predicted members hatched.
 */
export const NegativeClaims: Story = { args: { data: refusalsDataset() } };
/** The same on a phone, dark. */
export const NegativeClaimsPhoneDark: Story = {
  args: { theme: 'dark', data: refusalsDataset() },
  decorators: [narrow()],
};
/** A story of companies and people with no country or location: a short note, not an empty world. */
export const NoPlaces: Story = { args: { data: noPlacesDataset() } };
/** A dataset with nothing in it: the empty state, at the same size. */
export const Empty: Story = { args: { data: emptyDataset() } };
/** No `presentation`: neutral wording. */
export const NoPresentation: Story = {
  args: {
    data: (() => {
      const data = structuredClone(defaultDataset) as Dataset;
      delete data.presentation;
      return data;
    })(),
  },
};
/** A Persian right-to-left page: country names in Persian. */
export const RightToLeft: Story = { decorators: [inLanguage('fa', 'rtl')] };
/** An Arabic right-to-left page on a phone. */
export const RightToLeftArabicNarrow: Story = { decorators: [narrow(), inLanguage('ar', 'rtl')] };
/** Loading: the placeholder at the final size (this story's data request never answers). */
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
/** A bad `src`: the error says which URL failed, at the same size. */
export const BadSrc: Story = { args: { src: '/missing/dataset.json' } };
/** A dataset that is not valid: a visible error naming the wrong fields. */
export const InvalidDataset: Story = { args: { data: invalidDataset() } };
/** Names that contain markup are shown as text, never parsed. */
export const HostileData: Story = {
  args: {
    data: (() => {
      const data = structuredClone(defaultDataset);
      for (const e of data.entities)
        if (e.id === 'iran' || e.id === 'russia') {
          e.name = `<img src=x onerror=alert(1)>${e.name}<script>alert(1)</script>`;
          delete e.iso2;
          delete e.shortName;
        }
      return data;
    })(),
  },
};

/** The example stories under `examples/stories/`, each drawn from its dataset alone. */
const examples = import.meta.glob<Dataset>('../examples/stories/*/dataset.json', {
  eager: true,
  import: 'default',
});
const example = (name: string): Story => {
  const data = examples[`../examples/stories/${name}/dataset.json`];
  return data
    ? { args: { data } }
    : { render: () => html`<p>examples/stories/${name}/dataset.json is not written yet.</p>` };
};
/** Example story: energy trade between countries, a backward "imports from" type. */
export const ExampleGasCorridor: Story = example('gas-corridor');
/** Example story: companies and people, few countries. */
export const ExampleTakeover: Story = example('takeover');
/** Example story: statements and refusals, negative claims. */
export const ExampleRefusals: Story = example('refusals');
