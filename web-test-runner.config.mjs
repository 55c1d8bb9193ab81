// Browser tests in Debian's Chromium (or CHROME_PATH). Test files are TypeScript.
import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/wtr-summary-reporter.mjs';
import { testServerMiddleware } from './scripts/test-server-middleware.mjs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];
const executablePath = candidates.find((p) => p && existsSync(p));
if (!executablePath) {
  console.error('No Chromium found: install it with `sudo apt-get install -y chromium`, or set CHROME_PATH.');
  process.exit(1);
}

/** Maps `@nutgraf/<pkg>[/sub]` to the package's TypeScript source. */
const nutgrafSources = {
  name: 'nutgraf-sources',
  resolveImport({ source }) {
    const match = /^@nutgraf\/([^/]+)(?:\/(.+))?$/.exec(source);
    if (match) return `/packages/${match[1]}/src/${match[2] ?? 'index'}.ts`;
    return undefined;
  },
};

export default {
  rootDir: '.',
  files: ['packages/*/test/**/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          '--disable-quic',
        ],
      },
    }),
  ],
  middleware: [testServerMiddleware],
  plugins: [nutgrafSources, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  reporters: [defaultReporter(), summaryReporter()],
};
