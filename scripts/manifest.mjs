#!/usr/bin/env node
// Generates the custom elements manifests with @custom-elements-manifest/analyzer (settings and
// the public-API plugin in custom-elements-manifest.config.mjs), and the framework typings made
// from them (scripts/framework-types.mjs):
// - custom-elements.json at the root, for Storybook: every package, paths to the sources;
// - packages/<name>/custom-elements.json, published with each package: its modules as shipped
//   (`dist/*.js`, declarations in `dist/*.d.ts`), members inherited from another package
//   pointing at that package;
// - packages/nutgraf/types/*.d.ts: JSX (React, Preact) and Vue typings of the tags.
// One analysis of the whole repository resolves base classes across packages.
// `--check` writes nothing and fails when a committed file is out of date.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import ts from 'typescript';
import { frameworkTypes } from './framework-types.mjs';
import { PACKAGES } from './components.mjs';

/** The entry modules each package is built from (as in rollup.config.js). */
const ENTRIES = ['index', 'define', 'dataset/index', 'table'];
const check = process.argv.includes('--check');
const bin = resolve('node_modules/.bin/custom-elements-manifest');
const tmp = '.manifest-tmp';

function analyze() {
  const args = ['analyze', '--config', resolve('custom-elements-manifest.config.mjs'), '--outdir', tmp];
  for (const name of PACKAGES) args.push('--globs', `packages/${name}/src/**/*.ts`);
  args.push('--exclude', '**/*.test.ts', '--exclude', '**/*.stories.ts', '--exclude', '**/dist/**');
  const result = spawnSync(bin, args, { encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr || result.stdout);
    process.exit(1);
  }
  const manifest = JSON.parse(readFileSync(join(tmp, 'custom-elements.json'), 'utf8'));
  rmSync(tmp, { recursive: true, force: true });
  // The analyzer lists modules in the order its file walk returns them: sort, so the file is
  // the same on every machine and run.
  manifest.modules?.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return manifest;
}

/**
 * The source modules of a package that its build emits as `dist/*.js`: those its entries
 * reach by value imports (static or dynamic), as rollup's `preserveModules` writes them.
 */
function shippedSources(name) {
  const src = `packages/${name}/src`;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const follow = (specifier) => {
      if (!specifier.startsWith('.')) return;
      const target = posix.join(posix.dirname(file), specifier).replace(/\.js$/, '.ts');
      visit(existsSync(target) ? target : target.replace(/\.ts$/, '/index.ts'));
    };
    const walk = (node) => {
      if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) follow(node.moduleSpecifier.text);
      else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly)
        follow(node.moduleSpecifier.text);
      else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      )
        follow(node.arguments[0].text);
      ts.forEachChild(node, walk);
    };
    walk(source);
  };
  for (const entry of ENTRIES) visit(`${src}/${entry}.ts`);
  return seen;
}

const SOURCE = /^packages\/([^/]+)\/src\/(.+)\.[jt]s$/;

/** The manifest of one package, from the repository's: its shipped modules, with dist paths. */
function packageManifest(manifest, name) {
  const shipped = shippedSources(name);
  const pkgName = (folder) => JSON.parse(readFileSync(`packages/${folder}/package.json`, 'utf8')).name;
  const relink = (value) => {
    if (Array.isArray(value)) return value.map(relink);
    if (!value || typeof value !== 'object') return value;
    const out = {};
    for (const [key, item] of Object.entries(value)) {
      const match = key === 'module' && typeof item === 'string' ? SOURCE.exec(item) : null;
      if (!match) {
        out[key] = relink(item);
        continue;
      }
      // A reference into another package names it; its path is that package's.
      if (match[1] !== name && !value.package) out.package = pkgName(match[1]);
      out.module = `dist/${match[2]}.js`;
    }
    return out;
  };
  // A module that declares nothing at run time (types only) is not emitted; nor is a
  // re-export of one.
  const own = manifest.modules.filter(
    (mod) => shipped.has(mod.path) && (mod.declarations?.length || mod.exports?.length),
  );
  const kept = new Set(own.map((mod) => mod.path.replace(/\.ts$/, '')));
  const modules = own.map((mod) => {
    const [, , file] = SOURCE.exec(mod.path);
    const exports = mod.exports?.filter((e) => {
      const match = SOURCE.exec(e.declaration?.module ?? '');
      return !match || match[1] !== name || kept.has(`packages/${name}/src/${match[2]}`);
    });
    return {
      ...relink({ ...mod, exports }),
      path: `dist/${file}.js`,
      typeDefinitionPath: `dist/${file}.d.ts`,
    };
  });
  return { ...manifest, modules };
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const manifest = analyze();
const targets = [{ file: 'custom-elements.json', text: json(manifest) }];
const perPackage = {};
for (const name of PACKAGES) {
  perPackage[name] = packageManifest(manifest, name);
  targets.push({ file: `packages/${name}/custom-elements.json`, text: json(perPackage[name]) });
}
targets.push(...(await frameworkTypes(perPackage)));

let stale = 0;
for (const { file, text } of targets) {
  if (check) {
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
      console.error(`${file} is out of date: run \`npm run analyze\` and commit the result.`);
      stale++;
    }
  } else {
    mkdirSync(dirname(resolve(file)), { recursive: true });
    writeFileSync(file, text);
  }
}
if (check && !stale) console.log('Manifests and framework typings are up to date.');
if (!check) console.log(`Wrote ${targets.map((t) => t.file).join(', ')}`);
process.exit(stale ? 1 : 0);
