import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultDataset } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/actor-network/define';
import { syntheticDataset } from '../packages/actor-network/src/synthetic.js';
import { fixture } from '../packages/actor-network/test/fixtures.js';
import gasCorridor from '../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../examples/stories/refusals/dataset.json' with { type: 'json' };
import { snippet } from './snippet.js';

const meta: Meta = {
  title: 'Components/Actor network',
  component: 'actor-network',
  parameters: { docs: { source: { code: snippet('actor-network') } } },
  render: () => html`<actor-network></actor-network>`,
};
export default meta;

type Story = StoryObj;

/** The bundled dataset: every actor and relation. */
export const Default: Story = {};

/** The dataset's groupings (BRICS and the CSTO) drawn as areas around their full members. */
export const Grouped: Story = {
  render: () => html`<actor-network memberships="grouped"></actor-network>`,
};

/** Only arms supplies, attacks and military operations at first (type ids of the dataset); the legend toggles the rest. */
export const TypeFilter: Story = {
  render: () => html`<actor-network types="arms-supply attack military-operation"></actor-network>`,
};

/** The view centred on Iran, its ties brought out. */
export const FocusOnIran: Story = {
  render: () => html`<actor-network focus="iran"></actor-network>`,
};

const large = syntheticDataset(1000, 3000);
/** 1,000 actors and 3,000 relations of six generic types (seeded synthetic data): labels only for hubs and what is hovered. */
export const LargeSynthetic: Story = {
  render: () => html`<actor-network .data=${large}></actor-network>`,
};

/** Forced dark theme. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#18181b;padding:8px"><actor-network theme="dark"></actor-network></div>`,
};

/** A 320 px column: short names, a taller box. */
export const Narrow320: Story = {
  render: () => html`<div style="width:320px"><actor-network></actor-network></div>`,
};

/** Right-to-left page (Arabic). */
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl" lang="ar"><actor-network></actor-network></div>`,
};

/** A `src` that does not exist: a visible error at the reserved size. */
export const Error: Story = {
  render: () => html`<actor-network src="/data/missing-network.json"></actor-network>`,
};

const dangling: Dataset = {
  ...defaultDataset,
  relations: [
    ...defaultDataset.relations,
    { ...defaultDataset.relations[0]!, id: 'ghost-relation', target: 'atlantis' },
  ],
};
/** A relation pointing at an unknown actor: named in a warning, the rest drawn. */
export const DanglingRelation: Story = {
  render: () => html`<actor-network .data=${dangling}></actor-network>`,
};

const hostile: Dataset = {
  ...defaultDataset,
  entities: defaultDataset.entities.map((e, i) =>
    i === 0
      ? { ...e, name: '<img src=x onerror=alert(1)>', shortName: undefined }
      : i === 1
        ? { ...e, name: 'A very, very long name that would never fit next to a node', shortName: undefined }
        : i === 2
          ? { ...e, name: 'الولايات المتحدة', shortName: undefined, iso2: undefined }
          : e,
  ),
};
/** Labels that try to inject markup, are far too long, or are right-to-left text. */
export const HostileLabels: Story = {
  render: () => html`<actor-network .data=${hostile}></actor-network>`,
};

/**
 * Claims that did not happen (a small self-written test dataset): a grey line crossed by a × in
 * its type's colour, no arrowhead; "did not" in the tooltip, key, announcement and table. Also a
 * backward type (arrow from target to source), an undirected one, a company, roles and
 * affiliations, attribution and the dataset's own heading, dek and notes.
 */
export const NegativeClaims: Story = {
  render: () => html`<actor-network .data=${fixture}></actor-network>`,
};

/** Example story: gas to Bulgaria (a backward "imports from" type, a contract not signed). */
export const ExampleGasCorridor: Story = {
  render: () => html`<actor-network .data=${gasCorridor as unknown as Dataset}></actor-network>`,
};

/** Example story: a takeover bid (companies and people; a regulator that has not approved it). */
export const ExampleTakeover: Story = {
  render: () => html`<actor-network .data=${takeover as unknown as Dataset}></actor-network>`,
};

/** The takeover with its shareholders grouped (a grouping on a type the dataset names). */
export const ExampleTakeoverGrouped: Story = {
  render: () =>
    html`<actor-network memberships="grouped" .data=${takeover as unknown as Dataset}></actor-network>`,
};

/** Example story: statements and refusals (quoted officials, an anonymous source, things that did not happen). */
export const ExampleRefusals: Story = {
  render: () => html`<actor-network .data=${refusals as unknown as Dataset}></actor-network>`,
};
