// Storybook 10 for web components. Stories live in the top-level stories/ folder and import
// the packages' TypeScript sources directly.
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('@storybook/web-components-vite').StorybookConfig} */
export default {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  staticDirs: [{ from: '../data', to: '/data' }],
  async viteFinal(config) {
    config.resolve ??= {};
    const alias = Array.isArray(config.resolve.alias) ? config.resolve.alias : [];
    alias.push({ find: /^@nutgraf\/([^/]+)\/(.+)$/, replacement: `${root}packages/$1/src/$2.ts` });
    alias.push({ find: /^@nutgraf\/([^/]+)$/, replacement: `${root}packages/$1/src/index.ts` });
    config.resolve.alias = alias;
    return config;
  },
};
