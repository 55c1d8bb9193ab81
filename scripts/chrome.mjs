// Where Chromium is and how to start it headless on these machines.
import { existsSync } from 'node:fs';

export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROME_PATH, else Debian's Chromium; exits with a one-line instruction when there is none. */
export function chromePath() {
  const found = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((p) => p && existsSync(p));
  if (!found) {
    console.error(
      'No Chromium found: install it with `sudo apt-get install -y chromium`, or set CHROME_PATH.',
    );
    process.exit(1);
  }
  return found;
}
