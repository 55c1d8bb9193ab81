import { html, nothing } from 'lit';
import { cssProps } from '@nutgraf/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/share-donut/define';
import { controlsFor } from './controls.js';
import { inLanguage, narrow } from './decorators.js';
import { NEVER_ANSWERS, emptyDataset, invalidDataset } from './states.js';
import {
  badValue,
  bcmNoTotal,
  manySlices,
  missingValue,
  otherSeries,
  percentWithTotal,
  share,
  sumAbove,
  sumBelow,
  testDataset,
  tinySlice,
  withPresentation,
  withinSeries,
  withinVolume,
} from '../packages/share-donut/test/fixtures.js';
import gasCorridor from '../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../examples/stories/refusals/dataset.json' with { type: 'json' };

const { meta: controls, logEvent } = controlsFor('share-donut');

const meta: Meta = {
  title: 'Components/Share donut',
  ...controls,
};
export default meta;
type Story = StoryObj;

/** A story of a dataset passed through the `data` property (a control of its own). */
const withData = (make: () => unknown): Story => ({ args: { data: make() } });
/** Logs the element's events in the Actions panel, for stories that draw more than one. */
const log = (e: Event) => logEvent(e.type, e);

/** The bundled dataset: who buys Iran's oil, China ~80% and the unspecified rest. */
export const Default: Story = {};

/** Another series, passed through the `data` property. */
export const AnotherSeries: Story = withData(otherSeries);

/** Eleven buyers: the smallest are grouped into "Other (n)", with a note. */
export const ManySlices: Story = withData(manySlices);

/** Shares that add up to 90% of a known whole: the rest is computed, hatched and "not specified by the source". */
export const SumBelow100: Story = withData(sumBelow);

/** Shares that add up to 112%: drawn in proportion to the sum, with a note. */
export const SumAbove100: Story = withData(sumAbove);

/** A share of 0.2% keeps a minimum angle and stays focusable. */
export const TinySlice: Story = withData(tinySlice);

/** A negative share: an error naming the entry. */
export const ErrorNegative: Story = withData(() => badValue(-5));

/** A share that is not a number: an error naming the entry. */
export const ErrorNaN: Story = withData(() => badValue(Number.NaN));

/** A share without a value: an error naming the entry. */
export const ErrorMissingValue: Story = withData(missingValue);

/** A share of zero: an error naming the entry. */
export const ErrorZero: Story = withData(() => badValue(0));

/** A dataset that is not valid: a visible error naming the wrong fields. */
export const InvalidDataset: Story = withData(invalidDataset);

/** A bad `src`: the error says which URL failed, at the same size. */
export const BadSrc: Story = { args: { src: '/missing/dataset.json' } };

/** A valid dataset with no share series: the empty state, at the same size. */
export const Empty: Story = withData(emptyDataset);

/** Loading: the placeholder at the final size (this story's data request never answers). */
export const Loading: Story = { args: { src: NEVER_ANSWERS } };

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = { args: { theme: 'dark' } };

/** On a phone (375 px). */
export const Narrow: Story = { name: 'Narrow (375 px)', decorators: [narrow()] };

/** 320 px wide: the legend sits below the donut. */
export const Narrow320: Story = { name: 'Narrow (320 px)', decorators: [narrow(320)] };

/** Right to left: the page's `dir="rtl"` mirrors the donut and flips the legend and text. */
export const RightToLeft: Story = { ...withData(otherSeries), decorators: [inLanguage('ar', 'rtl')] };

/** The bundled dataset on a Persian page, on a phone. */
export const RightToLeftPersianNarrow: Story = { decorators: [narrow(), inLanguage('fa', 'rtl')] };

/** A series picked by its id with the `series` attribute. */
export const SeriesAttribute: Story = { args: { series: 'iran-oil-export-shares' } };

/** Volumes in billion cubic metres with no total: parts of their own sum, with a note saying so; a stated rest. */
export const NoTotal: Story = withData(bcmNoTotal);

/** A percent series with a total: the part the values leave is computed and not specified. */
export const PercentWithTotal: Story = withData(percentWithTotal);

/** The source says who holds the rest: a labelled slice like any other, drawn last. */
export const StatedRemainder: Story = withData(() =>
  testDataset([
    {
      id: 'stated',
      title: 'A stated remainder',
      measure: 'the market',
      unit: 'percent',
      total: 100,
      values: [
        share('alpha', 'Alpha', 55),
        share(undefined, 'Many small firms', 45, { remainder: 'stated' }),
      ],
    },
  ]),
);

/** A share inside a share: the whole is Alpha's value in the parent series, said in words; the parent beside it keeps the colours. */
export const ShareInsideShare: Story = {
  render: ({ theme }) => {
    const data = withinSeries();
    return html`<div
      ${cssProps({ display: 'grid', 'grid-template-columns': 'repeat(auto-fit, minmax(300px, 1fr))', gap: '16px' })}
    >
      <share-donut
        series="market"
        theme=${theme || nothing}
        .data=${data}
        @nutgraf-select=${log}
        @nutgraf-highlight=${log}
      ></share-donut>
      <share-donut
        theme=${theme || nothing}
        .data=${data}
        @nutgraf-select=${log}
        @nutgraf-highlight=${log}
      ></share-donut>
    </div>`;
  },
};

/** A share inside a share in a physical unit without a total: the parent's value is the whole. */
export const ShareInsideShareVolume: Story = { args: { series: 'alpha-routes', data: withinVolume() } };

/** A share inside a share whose parent has no value for the entity: refused, saying why. */
export const ErrorShareInsideShare: Story = withData(() => withinSeries('epsilon'));

/** The dataset's words: heading, dek, screen-reader summary and notes from `presentation.share`. */
export const DatasetWords: Story = withData(withPresentation);

/** Example story: gas imports in billion cubic metres, no total, the rest stated by the article. */
export const ExampleGasCorridor: Story = withData(() => gasCorridor as unknown as Dataset);

/** Example story: a company's shareholders in percent, the rest not specified. */
export const ExampleTakeover: Story = withData(() => takeover as unknown as Dataset);

/** Example story: a fleet counted in vessels with a total, flags not given for some. */
export const ExampleRefusals: Story = withData(() => refusals as unknown as Dataset);
