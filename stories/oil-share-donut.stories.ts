import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nutgraf/oil-share-donut/define';
import { snippet } from './snippet.js';
import {
  badValue,
  manySlices,
  missingValue,
  otherSeries,
  sumAbove,
  sumBelow,
  tinySlice,
} from '../packages/oil-share-donut/test/fixtures.js';

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

/** Shares that add up to 90%: the missing part is drawn empty and explained. */
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
