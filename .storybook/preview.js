import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

/** @type {import('@storybook/web-components-vite').Preview} */
export default {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  tags: ['autodocs'],
};
