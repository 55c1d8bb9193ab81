// Browser tests in Debian's Chromium (or CHROME_PATH). Test files are TypeScript.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testServerMiddleware } from './scripts/test-server-middleware.mjs';
import { chromeArgs, chromePath } from './scripts/chrome.mjs';
import { mediaFeaturesPlugin } from './scripts/wtr-media-features.mjs';

const executablePath = chromePath();

/** Maps `@nutgraf/<pkg>[/sub]` to the package's TypeScript source. */
const nutgrafSources = {
  name: 'nutgraf-sources',
  resolveImport({ source }) {
    const match = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(source);
    if (match) return `/packages/${match[1]}/src/${match[2] ?? 'index'}.ts`;
    return undefined;
  },
};

/**
 * A source module's `.js` URL that is not an import (a worker started with
 * `new URL('./layout-worker.js', import.meta.url)`) is served from its `.ts` file, as imports are.
 */
function sourceForJs(ctx, next) {
  const match = /^(\/packages\/[^?#]+\/src\/[^?#]+)\.js(?=$|[?#])/.exec(ctx.url);
  if (match && !existsSync(`.${match[1]}.js`) && existsSync(`.${match[1]}.ts`))
    ctx.url = `${match[1]}.ts${ctx.url.slice(match[0].length)}`;
  return next();
}

export default {
  rootDir: '.',
  // The fuzzing file runs on its own (`npm test` starts it after these; see
  // test/reliability/wtr-fuzz.config.mjs): run beside the others, it stalled at the end.
  files: [
    'packages/*/test/**/*.test.ts',
    'stories/**/*.test.ts',
    'test/**/*.test.ts',
    '!test/reliability/fuzz.test.ts',
  ],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  // The fuzzing file renders 3,000 generated datasets; a loaded CI machine needs minutes.
  testsFinishTimeout: 600000,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromeArgs,
      },
      // Every page behaves as the focused one, so focus events and rendering work with
      // several test files open at once.
      async createPage({ browser }) {
        const page = await browser.newPage();
        const session = await page.createCDPSession();
        await session.send('Emulation.setFocusEmulationEnabled', { enabled: true });
        return page;
      },
    }),
  ],
  middleware: [testServerMiddleware, sourceForJs],
  plugins: [
    nutgrafSources,
    mediaFeaturesPlugin(),
    // What the accessibility tree says (names, descriptions, live regions), for the keyboard walks.
    a11ySnapshotPlugin(),
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: './tsconfig.json' }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
