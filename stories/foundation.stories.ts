import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@nutgraf/share-donut/define';

const meta: Meta = {
  title: 'Foundation/Smoke',
  render: () => html`<share-donut></share-donut>`,
};
export default meta;

/** Proves that a story renders its element (checked in Chromium against the built Storybook). */
export const Smoke: StoryObj = {};
