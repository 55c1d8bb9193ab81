import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import manifest from '../custom-elements.json' with { type: 'json' };
import { globalTypes, initialGlobals, pageDecorator } from './page-decorator.js';

setCustomElementsManifest(manifest);
// Controls come from the manifest (stories/controls.ts). The elements reflect only `theme`,
// which the toolbar sets: no observer writes attributes back into the controls.
setStorybookHelpersConfig({ hideArgRef: true, disableArgObserver: true });

/** @type {import('@storybook/web-components-vite').Preview} */
export default {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    layout: 'padded',
  },
  globalTypes,
  initialGlobals,
  decorators: [pageDecorator],
  tags: ['autodocs'],
};
