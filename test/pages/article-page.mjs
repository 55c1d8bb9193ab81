// Writes small article pages into a temporary directory, for tests that need many variants
// (one tag, one data source, one script). Served by the harness under /mount/<name>/.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PARAGRAPH =
  'Vladimir Putin has yet to comment on the dramatic events in Iran, where his allies are facing the ' +
  'largest uprising since the victory of the Islamic Revolution in 1979. The Kremlin is trying to ' +
  'mitigate the absence of its leader from the fights of Russian allies worldwide.';

/** A page: `head` (extra head HTML), `body` (HTML inside the article), with article.css and nutgraf.css. */
export function articlePage({ title = 'nutgraf test page', head = '', body = '' }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="stylesheet" href="/test/pages/fixtures/article.css" />
    <link rel="stylesheet" href="/packages/nutgraf/dist/nutgraf.css" />
    ${head}
  </head>
  <body>
    <main>
      ${body}
    </main>
  </body>
</html>
`;
}

/** A temporary directory holding `files` ({ name: contents }); returns its path. */
export function writePages(files) {
  const dir = mkdtempSync(join(tmpdir(), 'nutgraf-pages-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
