/**
 * No story in the code: the components, core and the umbrella hold no word of any story
 * (no country, organisation, commodity, relation type or heading of a dataset) outside
 * comments. The words come from the datasets themselves: the bundled dataset and every
 * example story. Tag and class names of the components are not story words.
 *
 * @module
 */

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const ROOT = join(import.meta.dirname, '..');

/** Every dataset a story ships with. */
function datasets() {
  const files = ['data/dataset.json'];
  const examples = join(ROOT, 'examples/stories');
  if (existsSync(examples))
    for (const name of readdirSync(examples)) {
      const file = `examples/stories/${name}/dataset.json`;
      if (existsSync(join(ROOT, file))) files.push(file);
    }
  return files.map((file) => ({ file, dataset: JSON.parse(readFileSync(join(ROOT, file), 'utf8')) }));
}

/** The words of a story: names, ids and vocabulary that only a dataset should hold. */
export function storyWords(d) {
  const words = new Set();
  const add = (w) => {
    if (typeof w === 'string' && w.trim().length >= 3) words.add(w.trim().toLowerCase());
  };
  for (const e of d.entities ?? []) [e.id, e.name, e.shortName, ...(e.aliases ?? [])].forEach(add);
  for (const t of d.relationTypes ?? []) add(t.id);
  for (const g of d.groupings ?? []) [g.id, g.label].forEach(add);
  for (const s of d.series ?? []) [s.id, s.title, s.measure].forEach(add);
  for (const p of Object.values(d.presentation ?? {})) [p?.heading, p?.dek].forEach(add);
  add(d.title);
  return words;
}

/** Source files of the packages a reader's browser loads. */
function sourceFiles(dir = join(ROOT, 'packages'), out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === 'test' || entry.name === 'cli' || entry.name === 'bin') continue;
      sourceFiles(path, out);
    } else if (/\/src\/.*\.(ts|css)$/.test(path) && !path.endsWith('.json')) out.push(path);
  }
  return out;
}

/** The code of a file without its comments (a JSDoc example may name a story). */
export function codeWithoutComments(text) {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

/**
 * Words that may stand in code for a reason that is not a story, each with the reason.
 * Keyed `path: word`.
 */
const ALLOWED = new Map([
  [
    'packages/core/src/dataset/migrate.ts: membership',
    "version 1's closed list named memberships so; migration reads it to make groupings",
  ],
]);

const COMPONENT_NAMES =
  /alliance-map|share-donut|actor-network|AllianceMap|ShareDonut|ActorNetwork|allianceMap|shareDonut|actorNetwork/g;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('the story datasets give the words to look for', () => {
  const all = datasets();
  assert.ok(all.length >= 1);
  for (const { file, dataset } of all) assert.ok(storyWords(dataset).size > 5, `${file} has story words`);
});

test('no word of any story stands in packages/*/src outside comments', () => {
  const words = new Map();
  for (const { file, dataset } of datasets()) for (const w of storyWords(dataset)) words.set(w, file);
  const found = [];
  for (const path of sourceFiles()) {
    const text = readFileSync(path, 'utf8');
    const code = (
      path.endsWith('.css') ? text.replace(/\/\*[\s\S]*?\*\//g, ' ') : codeWithoutComments(text)
    ).replace(COMPONENT_NAMES, ' ');
    for (const [word, file] of words) {
      const re = new RegExp(`(^|[^\\p{L}\\p{N}_])${escape(word)}($|[^\\p{L}\\p{N}_])`, 'iu');
      const key = `${path.slice(ROOT.length + 1)}: ${word}`;
      if (re.test(code) && !ALLOWED.has(key)) found.push(`${key} (from ${file})`);
    }
  }
  assert.deepEqual(found, [], `story words in component code:\n${found.join('\n')}`);
});

test('the check finds a story word in code and ignores it in a comment', () => {
  const code = codeWithoutComments("/** e.g. 'brics' */ const x = 'csto'; // oil\n");
  assert.match(code, /csto/);
  assert.doesNotMatch(code, /brics|oil/);
});
