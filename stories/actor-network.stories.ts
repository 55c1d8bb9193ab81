import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { defaultDataset } from '@nutgraf/core';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/actor-network/define';
import { syntheticDataset } from '../packages/actor-network/src/synthetic.js';
import { fixture } from '../packages/actor-network/test/fixtures.js';
import gasCorridor from '../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../examples/stories/refusals/dataset.json' with { type: 'json' };
import { controlsFor } from './controls.js';
import { inLanguage, narrow } from './decorators.js';
import { NEVER_ANSWERS, emptyDataset, invalidDataset } from './states.js';

const { meta: controls } = controlsFor('actor-network');

const meta: Meta = {
  title: 'Components/Actor network',
  ...controls,
};
export default meta;

type Story = StoryObj;

/** The bundled dataset: every actor and relation; full members of a grouping drawn inside its area (`memberships="auto"`, the default). */
export const Default: Story = {};

/** The dataset's groupings (BRICS and the CSTO) drawn as areas around their full members, never folded into a count. */
export const Grouped: Story = { args: { memberships: 'grouped' } };

/** Every membership drawn as a line to the organisation (`memberships="edges"`). */
export const MembershipsAsLines: Story = { args: { memberships: 'edges' } };

/** Only arms supplies, attacks and military operations at first (type ids of the dataset); the legend toggles the rest. */
export const TypeFilter: Story = { args: { types: 'arms-supply attack military-operation' } };

/** The view centred on Iran, its ties brought out. */
export const FocusOnIran: Story = {
  args: { focus: 'iran' },
};

/**
 * Authoring mode: drag actors where they should stand (each dropped one stays pinned), then "Copy
 * positions" copies every actor's place as the JSON of `presentation.network.positions`; put it
 * in the dataset and the graphic draws them there at any size. Here two actors are pinned already.
 */
export const AuthoringPinPositions: Story = {
  name: 'Authoring: pin positions',
  args: {
    authoring: true,
    data: {
      ...defaultDataset,
      presentation: {
        ...defaultDataset.presentation,
        network: {
          ...defaultDataset.presentation?.network,
          positions: { iran: [0.5, 0.5], russia: [0.15, 0.2] },
        },
      },
    } satisfies Dataset,
  },
};

const large = syntheticDataset(1000, 3000);
/** 1,000 actors and 3,000 relations of six generic types (seeded synthetic data): labels only for hubs and what is hovered. */
export const LargeSynthetic: Story = { args: { data: large } };

/** Forced dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** On a phone (375 px): short names, a taller box; members with no other relation folded into a count ("+7") on their organisation, which unfolds them. */
export const Narrow: Story = { name: 'Narrow (375 px)', decorators: [narrow()] };

/** A 320 px column. */
export const Narrow320: Story = { name: 'Narrow (320 px)', decorators: [narrow(320)] };

/** Right-to-left page (Arabic). */
export const RightToLeft: Story = { decorators: [inLanguage('ar', 'rtl')] };

/** Right-to-left page (Persian) on a phone. */
export const RightToLeftPersianNarrow: Story = { decorators: [narrow(), inLanguage('fa', 'rtl')] };

/** Loading: the placeholder at the final size (this story's data request never answers). */
export const Loading: Story = { args: { src: NEVER_ANSWERS } };

/** A `src` that does not exist: a visible error at the reserved size. */
export const Error: Story = { args: { src: '/data/missing-network.json' } };

/** A dataset that is not valid: a visible error naming the wrong fields. */
export const InvalidDataset: Story = { args: { data: invalidDataset() } };

/** A valid dataset with no actors: the empty state, at the same size. */
export const Empty: Story = { args: { data: emptyDataset() } };

const dangling: Dataset = {
  ...defaultDataset,
  relations: [
    ...defaultDataset.relations,
    { ...defaultDataset.relations[0]!, id: 'ghost-relation', target: 'atlantis' },
  ],
};
/** A relation pointing at an unknown actor: named in a warning, the rest drawn. */
export const DanglingRelation: Story = { args: { data: dangling } };

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
export const HostileLabels: Story = { args: { data: hostile } };

/**
 * Claims that did not happen (a small self-written test dataset): a grey line crossed by a × in
 * its type's colour, no arrowhead; "did not" in the tooltip, key, announcement and table. Also a
 * backward type (arrow from target to source), an undirected one, a company, roles and
 * affiliations, attribution and the dataset's own heading, dek and notes.
 */
export const NegativeClaims: Story = { args: { data: fixture } };

/** Example story: gas to Bulgaria (a backward "imports from" type, a contract not signed). */
export const ExampleGasCorridor: Story = { args: { data: gasCorridor as unknown as Dataset } };

/** Example story: a takeover bid (companies and people; a regulator that has not approved it). */
export const ExampleTakeover: Story = { args: { data: takeover as unknown as Dataset } };

/** The takeover with its shareholders grouped (a grouping on a type the dataset names). */
export const ExampleTakeoverGrouped: Story = {
  args: { memberships: 'grouped', data: takeover as unknown as Dataset },
};

/** Example story: statements and refusals (quoted officials, an anonymous source, things that did not happen). */
export const ExampleRefusals: Story = { args: { data: refusals as unknown as Dataset } };
