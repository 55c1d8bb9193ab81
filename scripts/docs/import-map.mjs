// An import map that lets a browser load ES modules as an application's bundler would resolve
// them: every bare specifier reachable from the entry files (`@nutgraf/core`, `lit`, …),
// resolved by esbuild with the browser's conditions from node_modules (so a workspace
// package resolves to its built dist/), mapped to that file's URL on a server of `root`.
// Modules stay separate files at their own URLs, so `new URL('./x.json', import.meta.url)`
// finds the assets next to them.
import { relative, sep } from 'node:path';
import { build } from 'esbuild';

/**
 * @param {string[]} entries absolute paths of the modules to start from
 * @param {string} root the folder the server serves at `/`
 * @returns {Promise<{ imports: Record<string, string> }>}
 */
export async function importMapFor(entries, root) {
  /** @type {Record<string, string>} */
  const imports = {};
  const conflicts = [];
  await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    outdir: 'unused',
    logLevel: 'silent',
    // Not the repository's tsconfig, whose paths point at sources: packages resolve as published.
    tsconfigRaw: '{}',
    plugins: [
      {
        name: 'record-bare-specifiers',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.pluginData?.inner) return undefined;
            const resolved = await b.resolve(args.path, {
              resolveDir: args.resolveDir,
              kind: args.kind,
              importer: args.importer,
              pluginData: { inner: true },
            });
            if (resolved.errors.length) return { errors: resolved.errors };
            const url = `/${relative(root, resolved.path).split(sep).join('/')}`;
            if (url.startsWith('/..')) conflicts.push(`${args.path} resolves outside the served folder`);
            else if (imports[args.path] && imports[args.path] !== url)
              conflicts.push(`${args.path} resolves to ${imports[args.path]} and ${url}`);
            imports[args.path] = url;
            return resolved;
          });
        },
      },
    ],
  });
  if (conflicts.length) throw new Error(`no single import map: ${conflicts.join('; ')}`);
  return { imports };
}
