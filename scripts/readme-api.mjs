#!/usr/bin/env node
// Writes the API section of each package's README.md from its custom-elements.json: the text
// between `<!-- api:start -->` and `<!-- api:end -->`. A package with custom elements gets one
// set of tables per tag (attributes, properties, methods, events, CSS custom properties, parts,
// slots; members inherited from a base class in another package included); the umbrella gets
// the tags of the packages it re-exports; a package without tags (core) gets a table of its
// exports per entry point. `--check` changes nothing and fails when a README is out of date.
// Run it after `npm run analyze` (which calls it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PACKAGES } from './components.mjs';

export const START = '<!-- api:start -->';
export const END = '<!-- api:end -->';
const REPO = 'https://github.com/nutgraf/nutgraf';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Every package's name, folder, package.json and manifest, by package name. */
export function loadPackages(dir = root) {
  const byName = new Map();
  for (const folder of PACKAGES) {
    const pkg = JSON.parse(readFileSync(`${dir}/packages/${folder}/package.json`, 'utf8'));
    const file = `${dir}/packages/${folder}/custom-elements.json`;
    const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { modules: [] };
    byName.set(pkg.name, { name: pkg.name, folder, pkg, manifest });
  }
  return byName;
}

const oneLine = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
/** Table-cell text: one line, pipes escaped (GitHub and npm read `\|` as `|`, in code too). */
const cell = (text) => oneLine(text).replace(/\|/g, '\\|');
const code = (text) => (text ? `\`${oneLine(text)}\`` : '');
const isPublic = (m) =>
  !m || (m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('#'));

/** The first sentence of a description. */
function firstSentence(text) {
  const para = String(text ?? '')
    .split(/\n\s*\n/)[0]
    .replace(/\s+/g, ' ')
    .trim();
  return /^.+?[.!?](?=\s+[A-Z(`"]|$)/.exec(para)?.[0] ?? para;
}

function table(head, rows) {
  if (!rows.length) return 'None.\n';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ]
    .join('\n')
    .concat('\n');
}

/** A module path without its folder (`src/` or `dist/`) and extension: `x` for `dist/x.js`. */
const moduleKey = (path) =>
  path
    .replace(/^\.\//, '')
    .replace(/^(src|dist)\//, '')
    .replace(/\.[jt]s$/, '');

/**
 * A module of a manifest by path: `src/x.ts` or `dist/x.js` (the published manifests), or as
 * exports write it, `./x.js` (relative to the module `from`).
 */
function moduleOf(manifest, path, from = '') {
  const full = /^\.\.?\//.test(path) && from ? posix.join(posix.dirname(from), path) : path;
  return manifest.modules.find((m) => moduleKey(m.path) === moduleKey(full));
}

/** A class declaration and the package it lives in, found through `{ name, module?, package? }`. */
function findClass(ref, here, packages) {
  const owner = ref.package ? packages.get(ref.package) : here;
  if (!owner) return null;
  const modules =
    ref.module && !ref.package ? [moduleOf(owner.manifest, ref.module)] : owner.manifest.modules;
  for (const mod of modules)
    for (const d of mod?.declarations ?? [])
      if (d.kind === 'class' && d.name === ref.name) return { decl: d, owner };
  return null;
}

/** The class with what it inherits from base classes in this repository (its own entries first). */
function withInherited(decl, owner, packages) {
  const lists = ['attributes', 'members', 'events', 'cssProperties', 'cssParts', 'slots'];
  const out = Object.fromEntries(lists.map((k) => [k, [...(decl[k] ?? [])]]));
  let ref = decl.superclass;
  let here = owner;
  for (let depth = 0; ref && depth < 10; depth++) {
    const found = findClass(ref, here, packages);
    if (!found) break;
    for (const k of lists)
      for (const item of found.decl[k] ?? [])
        if (!out[k].some((x) => x.name === item.name && !!x.static === !!item.static)) out[k].push(item);
    ref = found.decl.superclass;
    here = found.owner;
  }
  return out;
}

function signature(method) {
  const params = (method.parameters ?? []).map(
    (p) => `${p.rest ? '...' : ''}${p.name}${p.optional ? '?' : ''}`,
  );
  return `${method.name}(${params.join(', ')})`;
}

/** The tables of one custom element. */
export function elementApi(decl, owner, packages) {
  const all = withInherited(decl, owner, packages);
  const member = (name) => all.members.find((m) => m.name === name && !m.static);
  const attributes = all.attributes.filter((a) => isPublic(a.fieldName ? member(a.fieldName) : null));
  const properties = all.members.filter(
    (m) => m.kind === 'field' && !m.static && !m.attribute && isPublic(m) && m.description,
  );
  const methods = all.members.filter((m) => m.kind === 'method' && isPublic(m) && m.description);
  const out = [`### \`<${decl.tagName}>\``, ''];
  const about = decl.summary ?? firstSentence(decl.description);
  if (about) out.push(`${cell(about)} Class: \`${decl.name}\`, from \`${owner.name}\`.`, '');
  out.push(
    '#### Attributes',
    '',
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      attributes.map((a) => {
        const m = a.fieldName ? member(a.fieldName) : null;
        return [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text ?? m?.type?.text),
          code(a.default ?? m?.default),
          a.description ?? m?.description,
        ];
      }),
    ),
    '#### Properties',
    '',
    'Set from script only (no attribute).',
    '',
    table(
      ['Property', 'Type', 'Default', 'Description'],
      properties.map((m) => [
        code(m.name),
        code(m.type?.text),
        code(m.default),
        `${m.readonly ? 'Read-only. ' : ''}${m.description}`,
      ]),
    ),
    '#### Methods',
    '',
    table(
      ['Method', 'Description'],
      methods.map((m) => [code(m.static ? `${decl.name}.${signature(m)}` : signature(m)), m.description]),
    ),
    '#### Events',
    '',
    table(
      ['Event', 'Description'],
      // The analyzer also lists events it saw dispatched without a name (an event class): skip them.
      all.events.filter((e) => e.name).map((e) => [code(e.name), e.description]),
    ),
    '#### CSS custom properties',
    '',
    table(
      ['Property', 'Default', 'Description'],
      all.cssProperties.map((p) => [code(p.name), code(p.default), p.description]),
    ),
    '#### CSS parts',
    '',
    table(
      ['Part', 'Description'],
      all.cssParts.map((p) => [code(p.name), p.description]),
    ),
    '#### Slots',
    '',
    table(
      ['Slot', 'Description'],
      all.slots.map((s) => [code(s.name || '(default)'), s.description]),
    ),
  );
  return out.join('\n');
}

/** The custom elements a package defines, or those of the packages it re-exports. */
export function elementsOf(entry, packages, seen = new Set()) {
  if (seen.has(entry.name)) return [];
  seen.add(entry.name);
  const own = entry.manifest.modules.flatMap((mod) =>
    (mod.declarations ?? [])
      .filter((d) => d.customElement && d.tagName)
      .map((decl) => ({ decl, owner: entry })),
  );
  if (own.length) return own;
  const index = moduleOf(entry.manifest, 'src/index.ts');
  return (index?.exports ?? [])
    .filter((e) => e.declaration?.package && packages.has(e.declaration.package))
    .flatMap((e) => elementsOf(packages.get(e.declaration.package), packages, seen));
}

/** The named exports of a module, following `export *` within the package. */
function exportsOf(manifest, path, seen = new Set()) {
  const mod = moduleOf(manifest, path);
  if (!mod || seen.has(mod.path)) return [];
  seen.add(mod.path);
  const out = [];
  for (const e of mod.exports ?? []) {
    const from = e.declaration?.module;
    if (e.name === '*' && from) {
      out.push(...exportsOf(manifest, moduleOf(manifest, from, mod.path)?.path ?? from, seen));
      continue;
    }
    const target = from ? moduleOf(manifest, from, mod.path) : mod;
    const decl = target?.declarations?.find((d) => d.name === e.declaration?.name);
    // The manifest declares values only: an export it has no declaration for is a type.
    if (decl) out.push({ name: e.name, kind: decl.kind, description: decl.summary ?? decl.description });
  }
  return out;
}

/** Tables of a package's exports, one per entry point of its `exports` map. */
export function exportsApi(entry) {
  const out = [];
  for (const [key, target] of Object.entries(entry.pkg.exports ?? {})) {
    const file = typeof target === 'object' ? target.default : null;
    if (!file?.endsWith('.js')) continue;
    const source = file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts');
    // One row per name (a module re-exported along two paths is listed once).
    const items = [...new Map(exportsOf(entry.manifest, source).map((i) => [i.name, i])).values()].sort(
      (a, b) => a.name.localeCompare(b.name),
    );
    const specifier = key === '.' ? entry.name : `${entry.name}/${key.replace(/^\.\//, '')}`;
    out.push(
      `### \`${specifier}\``,
      '',
      table(
        ['Export', 'Kind', 'Description'],
        items.map((i) => [code(i.name), i.kind, firstSentence(i.description)]),
      ),
    );
  }
  return out.join('\n');
}

/** The generated text for one package, between the markers. */
export function apiText(entry, packages) {
  const elements = elementsOf(entry, packages);
  const body = elements.length
    ? elements.map(({ decl, owner }) => elementApi(decl, owner, packages)).join('\n')
    : exportsApi(entry);
  const source = `${REPO}/blob/main/packages/${entry.folder}/custom-elements.json`;
  return [
    '',
    `<!-- Generated by scripts/readme-api.mjs from custom-elements.json: do not edit by hand. -->`,
    '',
    `Generated from the package's [custom elements manifest](${source}).`,
    '',
    body.trimEnd(),
    '',
  ].join('\n');
}

/** The README with its API section rewritten; throws when the markers are missing. */
export function rewrite(readme, text, file = 'README.md') {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${file}: no ${START} … ${END} markers`);
  return readme.slice(0, start + START.length) + text + readme.slice(end);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes('--check');
  const packages = loadPackages();
  let stale = 0;
  for (const entry of packages.values()) {
    const file = `packages/${entry.folder}/README.md`;
    const path = `${root}${file}`;
    if (!existsSync(path)) {
      console.error(`${file} is missing.`);
      stale++;
      continue;
    }
    const before = readFileSync(path, 'utf8');
    let after;
    try {
      after = rewrite(before, apiText(entry, packages), file);
    } catch (error) {
      console.error(error.message);
      stale++;
      continue;
    }
    if (after === before) continue;
    if (check) {
      console.error(`${file}: the API section is out of date: run \`node scripts/readme-api.mjs\`.`);
      stale++;
    } else {
      writeFileSync(path, after);
      console.log(`Wrote the API section of ${file}`);
    }
  }
  if (check && !stale) console.log('README API sections are up to date.');
  process.exit(stale ? 1 : 0);
}
