// What each package would publish (`npm pack --dry-run --json`), checked after `npm run build`:
// LICENSE and README ship; every declaration has its module (or is a types-only declaration
// that the package's types reach); no file ships twice within a package; every relative import
// (and every `new URL('./…', import.meta.url)` asset) in shipped code resolves to a shipped
// file; README links are absolute http(s), so they work on npmjs.com.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { posix } from 'node:path';
import { before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PACKAGES as BUNDLED } from './components.mjs';

const PACKAGES = [...BUNDLED, 'cli'];
const root = fileURLToPath(new URL('..', import.meta.url));

/** The files `npm pack` would put in the package's tarball, as paths inside the package. */
function packedFiles(folder) {
  const out = execFileSync(
    'npm',
    ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', `packages/${folder}`],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const [result] = JSON.parse(out);
  return result.files.map((f) => f.path);
}

/**
 * Relative specifiers of a module: static and dynamic imports, re-exports, and assets. Doc
 * comments (`/** … *\/`) and whole-line `//` comments are skipped: their examples are not code.
 */
export function relativeImports(source) {
  const code = source.replace(/\/\*\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = [];
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*(['"])(\.{1,2}\/[^'"\n]+)\1/g)) found.push(m[2]);
  for (const m of code.matchAll(/\bnew URL\(\s*(['"])(\.{1,2}\/[^'"\n]+)\1\s*,\s*import\.meta\.url\s*\)/g))
    found.push(m[2]);
  return found;
}

/** A declaration file that declares no value (types, interfaces, module augmentations only). */
export function declaresTypesOnly(dts) {
  const code = dts.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return !/^\s*(export\s+)?(declare\s+)?(default|const|let|var|function|abstract\s+class|class|enum)\s/m.test(
    code,
  );
}

/** Link targets of a Markdown file, outside code: inline, reference, autolinks and HTML. */
export function markdownLinks(markdown) {
  const text = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  const links = [];
  for (const m of text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)) links.push(m[1]);
  for (const m of text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) links.push(m[1]);
  for (const m of text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) links.push(m[1]);
  return links;
}

const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');

for (const folder of PACKAGES) {
  describe(`package ${folder} (npm pack)`, () => {
    const dir = `${root}packages/${folder}`;
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
    let files = [];
    let shipped = new Set();

    before(() => {
      // a library's entry, or a command's program
      const entry = pkg.main ?? Object.values(pkg.bin ?? {})[0];
      assert.ok(
        existsSync(`${dir}/${entry}`),
        `packages/${folder}/dist is missing: run \`npm run build\` first`,
      );
      files = packedFiles(folder);
      shipped = new Set(files);
    });

    test('ships LICENSE and README.md, and says license and repository', () => {
      assert.ok(shipped.has('LICENSE'), 'LICENSE');
      assert.ok(shipped.has('README.md'), 'README.md');
      assert.equal(pkg.license, 'MIT');
      assert.equal(pkg.repository?.directory, `packages/${folder}`);
      assert.match(readFileSync(`${dir}/LICENSE`, 'utf8'), /^MIT License/);
    });

    test('every declaration has its module, or declares types only and is reached', () => {
      // Declarations the package's types reach: package.json `types` and `exports`, and what
      // shipped declarations import.
      const reached = new Set();
      const fromExports = (value) => {
        if (typeof value === 'string') {
          if (value.endsWith('.d.ts')) reached.add(posix.normalize(value));
        } else if (value && typeof value === 'object') Object.values(value).forEach(fromExports);
      };
      fromExports(pkg.types);
      fromExports(pkg.exports);
      const declarations = files.filter((f) => f.endsWith('.d.ts'));
      for (const file of declarations)
        for (const spec of relativeImports(readFileSync(`${dir}/${file}`, 'utf8')))
          reached.add(posix.join(posix.dirname(file), spec).replace(/\.js$/, '.d.ts'));
      const orphans = declarations.filter((file) => {
        if (shipped.has(file.replace(/\.d\.ts$/, '.js'))) return false;
        return !(reached.has(file) && declaresTypesOnly(readFileSync(`${dir}/${file}`, 'utf8')));
      });
      assert.deepEqual(orphans, [], 'declarations without their module');
    });

    test('every file package.json names ships (main, types, exports, bin)', () => {
      const named = [];
      const collect = (value) => {
        if (typeof value === 'string') named.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(collect);
      };
      [pkg.main, pkg.module, pkg.types, pkg.exports, pkg.bin, pkg.customElements].forEach(collect);
      const missing = named
        .map((p) => posix.normalize(p))
        .filter((p) => p !== 'package.json' && !p.includes('*') && !shipped.has(p));
      assert.deepEqual(missing, [], 'named in package.json but not shipped');
    });

    test('no file ships twice', () => {
      const byHash = new Map();
      for (const file of files) {
        const hash = sha256(`${dir}/${file}`);
        byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
      }
      // A declaration word for word the same as its own module (`export * from …`) is not a copy.
      const twins = (group) =>
        group.length === 2 &&
        group.some((f) => f.endsWith('.d.ts') && group.includes(f.replace(/\.d\.ts$/, '.js')));
      const copies = [...byHash.values()].filter((group) => group.length > 1 && !twins(group));
      assert.deepEqual(copies, [], 'files with the same content');
    });

    test('every relative import and asset URL in shipped code resolves inside the package', () => {
      const broken = [];
      for (const file of files.filter((f) => /\.(m?js|d\.ts)$/.test(f))) {
        for (const spec of relativeImports(readFileSync(`${dir}/${file}`, 'utf8'))) {
          let target = posix.join(posix.dirname(file), spec.replace(/[?#].*$/, ''));
          if (file.endsWith('.d.ts')) target = target.replace(/\.js$/, '.d.ts');
          if (target.startsWith('../') || !shipped.has(target)) broken.push(`${file} → ${spec}`);
        }
      }
      assert.deepEqual(broken, [], 'imports that do not resolve to a shipped file');
    });

    test('README links are absolute http(s) URLs', () => {
      const links = markdownLinks(readFileSync(`${dir}/README.md`, 'utf8'));
      assert.ok(links.length > 0, 'the README links to the repository');
      assert.deepEqual(
        links.filter((url) => !/^https?:\/\/\S+$/.test(url)),
        [],
        'links that break on npmjs.com',
      );
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Publishing, links and copies across packages.

const REPOSITORY = 'https://github.com/nutgraf/nutgraf';

/**
 * A link into this repository on GitHub (`…/blob/main/<path>`, `…/tree/main/<path>`, the
 * repository itself) as a path in it, '' for the repository; undefined for any other URL.
 */
export function repositoryPath(url) {
  if (!url.startsWith(REPOSITORY)) return undefined;
  const rest = url.slice(REPOSITORY.length).replace(/[?#].*$/, '');
  if (rest === '' || rest === '/') return '';
  const m = /^\/(?:blob|tree)\/main\/(.+?)\/?$/.exec(rest);
  return m ? decodeURIComponent(m[1]) : undefined;
}

/** Relative paths that the nutgraf bundles fetch next to themselves (`new URL('./x', import.meta.url)`). */
function bundleAssets(dir, files) {
  const assets = new Set();
  for (const file of files.filter((f) => /^dist\/.*\.js$/.test(f)))
    for (const spec of relativeImports(readFileSync(`${dir}/${file}`, 'utf8')))
      if (!/\.m?js$/.test(spec)) assets.add(posix.join(posix.dirname(file), spec));
  return assets;
}

for (const folder of PACKAGES) {
  describe(`package ${folder} (npm publish --dry-run, README links)`, () => {
    const dir = `${root}packages/${folder}`;
    const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));

    test('npm publish --dry-run passes (no login needed; nothing is uploaded)', () => {
      const run = spawnSync(
        'npm',
        ['publish', '--dry-run', '--json', '--ignore-scripts', '-w', `packages/${folder}`],
        { cwd: root, encoding: 'utf8' },
      );
      // npm 11 asks the registry whether the version is out already: once it is, the next
      // `changeset version` gives the packages a new one, and the dry run passes again.
      if (run.status !== 0 && /cannot publish over the previously published version/i.test(run.stderr))
        return;
      assert.equal(
        run.status,
        0,
        run.stderr
          .split('\n')
          .filter((l) => /error/i.test(l))
          .join('\n'),
      );
      const result = JSON.parse(run.stdout);
      assert.equal(result[pkg.name]?.id, `${pkg.name}@${pkg.version}`);
      assert.ok(result[pkg.name].files.some((f) => f.path === 'README.md'));
    });

    test('README links into the repository name files and folders that exist', (t) => {
      if (!existsSync(`${dir}/README.md`)) return t.skip('no README yet (the package test above says so)');
      const broken = markdownLinks(readFileSync(`${dir}/README.md`, 'utf8')).filter((url) => {
        const path = repositoryPath(url);
        return path !== undefined && path !== '' && !existsSync(`${root}${path}`);
      });
      assert.deepEqual(broken, [], 'links to missing files of the repository');
    });
  });
}

describe('packages together', () => {
  test('no file ships in two packages, except the files the drop-in bundle fetches next to itself', () => {
    const byHash = new Map();
    const allowed = new Set();
    let copiedBytes = 0;
    for (const folder of PACKAGES) {
      const dir = `${root}packages/${folder}`;
      const files = packedFiles(folder);
      for (const asset of bundleAssets(dir, files)) allowed.add(`${folder}/${asset}`);
      for (const file of files) {
        const hash = sha256(`${dir}/${file}`);
        byHash.set(hash, [...(byHash.get(hash) ?? []), { folder, file }]);
      }
    }
    const copies = [];
    for (const group of byHash.values()) {
      if (new Set(group.map((f) => f.folder)).size < 2) continue;
      // Every package carries its own LICENSE.
      if (group.every((f) => f.file === 'LICENSE')) continue;
      copiedBytes +=
        statSync(`${root}packages/${group[0].folder}/${group[0].file}`).size * (group.length - 1);
      const rest = group.filter((f) => !allowed.has(`${f.folder}/${f.file}`));
      if (new Set(rest.map((f) => f.folder)).size > 1)
        copies.push(group.map((f) => `${f.folder}/${f.file}`).join(' = '));
    }
    assert.deepEqual(copies, [], 'files shipped by two packages');
    // What remains copied is the drop-in bundle's dataset and geometry (its dist/ is served whole).
    console.log(
      `# files in two packages: ${(copiedBytes / 1024).toFixed(0)} KB, all fetched by the drop-in bundle`,
    );
  });
});

describe('links in the repository’s Markdown', () => {
  test('relative links and links into the repository resolve', () => {
    const docs = [
      'README.md',
      'CONTRIBUTING.md',
      'examples/README.md',
      'data/README.md',
      '.changeset/README.md',
    ];
    const walk = (d) =>
      readdirSync(`${root}${d}`, { withFileTypes: true }).forEach((e) =>
        e.isDirectory() ? walk(`${d}/${e.name}`) : e.name.endsWith('.md') && docs.push(`${d}/${e.name}`),
      );
    walk('docs');
    const broken = [];
    for (const doc of docs.filter((d) => existsSync(`${root}${d}`))) {
      for (const url of markdownLinks(readFileSync(`${root}${doc}`, 'utf8'))) {
        if (url.startsWith('#') || /^mailto:/.test(url)) continue;
        const path = /^[a-z][\w+.-]*:/i.test(url)
          ? repositoryPath(url)
          : posix.join(posix.dirname(doc), decodeURIComponent(url.replace(/[?#].*$/, '')));
        if (path !== undefined && path !== '' && !existsSync(`${root}${path}`)) broken.push(`${doc}: ${url}`);
      }
    }
    assert.deepEqual(broken, [], 'links to missing files');
  });
});

describe('the command and the components ship apart', () => {
  /** Package names a module imports: `import … from 'x'` statements and `import('x')`, bare specifiers only. */
  const bare = (source) =>
    [
      ...source.matchAll(/^\s*(?:import|export)\s[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1/gm),
      ...source.matchAll(/^\s*import\s*(['"])([^'"\n]+)\1/gm),
      ...source.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g),
    ]
      .map((m) => m[2])
      .filter((spec) => !spec.startsWith('.'));
  const packageOf = (spec) =>
    spec
      .split('/')
      .slice(0, spec.startsWith('@') ? 2 : 1)
      .join('/');

  test('@nutgraf/cli ships its built program: dist/bin/nutgraf.js with a shebang, no sources, no tests', () => {
    const files = packedFiles('cli');
    const pkg = JSON.parse(readFileSync(`${root}packages/cli/package.json`, 'utf8'));
    assert.deepEqual(pkg.bin, { nutgraf: 'dist/bin/nutgraf.js' });
    assert.ok(files.includes('dist/bin/nutgraf.js'), 'dist/bin/nutgraf.js');
    assert.ok(files.includes('dist/commands/draft.js'), 'the commands it loads');
    const program = readFileSync(`${root}packages/cli/dist/bin/nutgraf.js`, 'utf8');
    assert.match(program, /^#!\/usr\/bin\/env node\n/, 'the program starts with its shebang');
    assert.deepEqual(
      files.filter((f) => /\.(ts|mts|cts)$/.test(f) || /(^|\/)(src|test)\/|\.test\./.test(f)),
      [],
      'sources or tests in the tarball',
    );
    // every package its code imports is a dependency (or an optional peer dependency, which
    // one command loads when it runs), and it depends on nothing else
    const imported = new Set();
    for (const file of files.filter((f) => f.endsWith('.js')))
      for (const spec of bare(readFileSync(`${root}packages/cli/${file}`, 'utf8')))
        if (!spec.startsWith('node:')) imported.add(packageOf(spec));
    const peers = Object.keys(pkg.peerDependencies ?? {});
    for (const peer of peers)
      assert.equal(pkg.peerDependenciesMeta?.[peer]?.optional, true, `${peer} is optional`);
    assert.deepEqual(
      [...imported].filter((p) => !peers.includes(p)).sort(),
      Object.keys(pkg.dependencies).sort(),
    );
  });

  test('nutgraf ships no command: no bin, no cli/ or bin/ folder, no dependency only the command uses', () => {
    const files = packedFiles('nutgraf');
    const pkg = JSON.parse(readFileSync(`${root}packages/nutgraf/package.json`, 'utf8'));
    assert.equal(pkg.bin, undefined);
    assert.deepEqual(
      files.filter((f) => /^(cli|bin)\//.test(f)),
      [],
    );
    const cli = JSON.parse(readFileSync(`${root}packages/cli/package.json`, 'utf8'));
    const onlyTheCommand = Object.keys(cli.dependencies).filter((d) => !d.startsWith('@nutgraf/'));
    assert.ok(onlyTheCommand.length > 0, 'the command has dependencies of its own');
    for (const name of onlyTheCommand) assert.equal(pkg.dependencies?.[name], undefined, name);
  });
});

describe('releases (Changesets)', () => {
  test('every published workspace package is in the one fixed version group', () => {
    const config = JSON.parse(readFileSync(`${root}.changeset/config.json`, 'utf8'));
    const rootPkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    const published = rootPkg.workspaces
      .map((w) => JSON.parse(readFileSync(`${root}${w}/package.json`, 'utf8')))
      .filter((p) => !p.private)
      .map((p) => p.name);
    assert.equal(config.fixed.length, 1, 'one fixed group');
    assert.deepEqual([...config.fixed[0]].sort(), [...published].sort());
  });

  test('`changeset status` runs and names the next bump', () => {
    const run = spawnSync(`${root}node_modules/.bin/changeset`, ['status'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr || run.stdout);
    assert.match(run.stdout + run.stderr, /packages to be bumped/i);
  });
});
