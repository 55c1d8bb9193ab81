// Checks that the commands of a documentation `sh` block exist: `npm run X` (and `npm test`,
// `npm start`) name scripts of the package.json they run in, `npm install X` names a package of
// this repository or one it depends on, `npx X` a bin that is installed (`npx nutgraf <command>`
// a command of the nutgraf CLI, with options it knows), `node file` a file that is there, and
// anything else a program on the PATH.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** npm's own commands that a documentation block may name (`npm help` lists them all). */
const NPM_COMMANDS = new Set([
  'ci',
  'install',
  'i',
  'add',
  'run',
  'run-script',
  'test',
  't',
  'start',
  'stop',
  'restart',
  'exec',
  'pack',
  'publish',
  'version',
  'ls',
  'outdated',
  'update',
  'init',
]);

/** Where the CLI's commands are defined: one module per command, in either package. */
const CLI_COMMAND_DIRS = ['packages/cli/src/commands', 'packages/nutgraf/cli/commands'];

/** The simple commands of a shell snippet: comments dropped, lists and pipes split, words. */
export function shellCommands(code) {
  const commands = [];
  const text = code.replace(/\\\n/g, ' ');
  for (const rawLine of text.split('\n')) {
    const line = rawLine.replace(/(^|\s)#.*$/, '').trim();
    if (!line) continue;
    for (const part of line.split(/&&|\|\||;|\|/)) {
      const words = part.trim().split(/\s+/).filter(Boolean);
      while (words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0])) words.shift();
      if (words[0] === 'sudo') words.shift();
      if (words.length) commands.push(words);
    }
  }
  return commands;
}

/** The workspace packages by name, with their folder and package.json. */
function workspaces(root) {
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const byName = new Map();
  for (const folder of rootPkg.workspaces ?? []) {
    const file = join(root, folder, 'package.json');
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    byName.set(pkg.name, { folder, pkg });
  }
  return { rootPkg, byName };
}

/** The module that defines a CLI command, or undefined. */
function cliCommandSource(root, command) {
  for (const dir of CLI_COMMAND_DIRS) {
    const folder = join(root, dir);
    if (!existsSync(folder)) continue;
    const file = readdirSync(folder).find((f) => f.replace(/\.(ts|mts|mjs|js)$/, '') === command);
    if (file) return readFileSync(join(folder, file), 'utf8');
  }
  return undefined;
}

/** True when `path` (a `*` allowed in its last part) names at least one file under `root`. */
function matches(root, path) {
  if (!path.includes('*')) return existsSync(join(root, path));
  const slash = path.lastIndexOf('/');
  const dir = join(root, path.slice(0, slash + 1));
  const name = new RegExp(
    `^${path
      .slice(slash + 1)
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  );
  return existsSync(dir) && readdirSync(dir).some((f) => name.test(f));
}

const hasProgram = (name) => spawnSync('sh', ['-c', `command -v "${name}"`]).status === 0;

/**
 * Problems with the commands of one `sh` block (an empty list when all exist).
 * @param {string} code
 * @param {string} root the repository root
 * @returns {{ commands: number, problems: string[] }}
 */
export function checkShellBlock(code, root) {
  const { rootPkg, byName } = workspaces(root);
  const problems = [];
  const commands = shellCommands(code);
  for (const words of commands) {
    const [program, ...args] = words;
    const shown = words.join(' ');
    if (program === 'npm') {
      const flags = [];
      const rest = [];
      for (let i = 0; i < args.length; i++) {
        const w = args[i];
        if (w === '-w' || w === '--workspace') flags.push(['workspace', args[++i]]);
        else if (w.startsWith('--workspace=')) flags.push(['workspace', w.slice(12)]);
        else if (w.startsWith('-')) flags.push([w]);
        else rest.push(w);
      }
      const [sub, ...operands] = rest;
      if (!NPM_COMMANDS.has(sub)) {
        problems.push(`${shown}: "npm ${sub}" is not an npm command this check knows`);
        continue;
      }
      const workspace = flags.find((f) => f[0] === 'workspace')?.[1];
      const pkg = workspace
        ? [...byName.values()].find(
            (w) => w.folder === workspace.replace(/\/$/, '') || w.pkg.name === workspace,
          )?.pkg
        : rootPkg;
      if (!pkg) {
        problems.push(`${shown}: no workspace ${workspace}`);
        continue;
      }
      const script = ['run', 'run-script'].includes(sub)
        ? operands[0]
        : ['test', 't'].includes(sub)
          ? 'test'
          : ['start', 'stop', 'restart'].includes(sub)
            ? sub
            : undefined;
      if (script !== undefined && !pkg.scripts?.[script])
        problems.push(
          `${shown}: package.json${workspace ? ` of ${workspace}` : ''} has no script "${script}"`,
        );
      if (['install', 'i', 'add'].includes(sub)) {
        const known = new Set([
          ...byName.keys(),
          ...Object.keys(rootPkg.dependencies ?? {}),
          ...Object.keys(rootPkg.devDependencies ?? {}),
        ]);
        for (const spec of operands) {
          const name = spec.replace(/(.)@.*$/, '$1');
          if (!known.has(name))
            problems.push(`${shown}: ${name} is neither a package of this repository nor a dependency`);
          else if (byName.get(name)?.pkg.private)
            problems.push(`${shown}: ${name} is private, never published`);
        }
      }
    } else if (program === 'npx') {
      let i = 0;
      while (i < args.length && args[i].startsWith('-'))
        i += args[i] === '-p' || args[i] === '--package' ? 2 : 1;
      const [bin, ...binArgs] = args.slice(i);
      if (!bin) problems.push(`${shown}: npx runs nothing`);
      else if (bin === 'nutgraf') {
        const [command, ...options] = binArgs;
        const source = command && cliCommandSource(root, command);
        if (!source)
          problems.push(`${shown}: "nutgraf ${command ?? ''}" is not a command of the nutgraf CLI`);
        else
          for (const option of options.filter((o) => /^--[a-z]/.test(o))) {
            const name = option.replace(/=.*$/, '');
            if (name !== '--help' && !source.includes(name))
              problems.push(`${shown}: nutgraf ${command} has no option ${name}`);
          }
      } else if (!existsSync(join(root, 'node_modules/.bin', bin)))
        problems.push(`${shown}: no installed package provides the bin "${bin}"`);
    } else if (program === 'node') {
      const file = args.find((a) => !a.startsWith('-'));
      if (file && !matches(root, file)) problems.push(`${shown}: ${file} does not exist`);
    } else if (program !== 'cd' && !hasProgram(program)) {
      problems.push(`${shown}: no program "${program}" on the PATH`);
    }
  }
  return { commands: commands.length, problems };
}
