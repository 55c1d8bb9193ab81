import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Dataset } from '@nutgraf/core';
import '@nutgraf/oil-share-donut/define';
import { snippet } from './snippet.js';
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
} from '../packages/oil-share-donut/test/fixtures.js';
import gasCorridor from '../examples/stories/gas-corridor/dataset.json' with { type: 'json' };
import takeover from '../examples/stories/takeover/dataset.json' with { type: 'json' };
import refusals from '../examples/stories/refusals/dataset.json' with { type: 'json' };

const meta: Meta = {
  title: 'Components/Oil share donut',
  component: 'oil-share-donut',
  parameters: { docs: { source: { code: snippet('oil-share-donut') } } },
  render: () => html`<oil-share-donut></oil-share-donut>`,
};
export default meta;
type Story = StoryObj;

const withData = (make: () => unknown): Story => ({
  render: () => html`<oil-share-donut .data=${make()}></oil-share-donut>`,
});

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

/** The dark theme, forced with `theme="dark"`. */
export const Dark: Story = {
  render: () =>
    html`<div style="background:#18181b;padding:8px">
      <oil-share-donut theme="dark"></oil-share-donut>
    </div>`,
};

/** 320 px wide: the legend sits below the donut. */
export const Narrow320: Story = {
  name: '320 px',
  render: () => html`<div style="width:320px"><oil-share-donut></oil-share-donut></div>`,
};

/** Right to left: the page's `dir="rtl"` mirrors the donut and flips the legend and text. */
export const RightToLeft: Story = {
  render: () =>
    html`<div dir="rtl" lang="ar"><oil-share-donut .data=${otherSeries()}></oil-share-donut></div>`,
};

/** A series picked by its id with the `series` attribute. */
export const SeriesAttribute: Story = {
  render: () => html`<oil-share-donut series="iran-oil-export-shares"></oil-share-donut>`,
};

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
  render: () => {
    const data = withinSeries();
    return html`<div style="display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:16px">
      <oil-share-donut series="market" .data=${data}></oil-share-donut>
      <oil-share-donut .data=${data}></oil-share-donut>
    </div>`;
  },
};

/** A share inside a share in a physical unit without a total: the parent's value is the whole. */
export const ShareInsideShareVolume: Story = {
  render: () => html`<oil-share-donut series="alpha-routes" .data=${withinVolume()}></oil-share-donut>`,
};

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
