/**
 * A small argument parser: `--name value`, `--name=value`, boolean `--flag`, and
 * positional arguments. Unknown options are usage errors (exit 2), never ignored.
 *
 * @module
 */

import process from 'node:process';
import { CliError, EXIT } from './errors.js';

/** Known options (without the leading dashes) and whether each takes a value. */
export type OptionSpec = Record<string, 'boolean' | 'string'>;
/** Options given, by name: `true` for a flag, the text for an option with a value. */
export type Options = Record<string, string | boolean>;
export interface Parsed {
  options: Options;
  positionals: string[];
}

/**
 * @param argv arguments after the command name
 * @param spec known options (without the leading dashes)
 * @param command for messages
 */
export function parseArgs(argv: readonly string[], spec: OptionSpec, command: string): Parsed {
  const options: Options = {};
  const positionals: string[] = [];
  const all: OptionSpec = { help: 'boolean', ...spec };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      options.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-')
        throw new CliError(
          `nutgraf ${command}: unknown option ${arg}; see nutgraf ${command} --help`,
          EXIT.USAGE,
        );
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const type = Object.hasOwn(all, name) ? all[name] : undefined;
    if (!type)
      throw new CliError(
        `nutgraf ${command}: unknown option --${name}; see nutgraf ${command} --help`,
        EXIT.USAGE,
      );
    if (type === 'boolean') {
      if (eq !== -1) throw new CliError(`nutgraf ${command}: --${name} takes no value`, EXIT.USAGE);
      options[name] = true;
    } else {
      const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined || value === '')
        throw new CliError(
          `nutgraf ${command}: --${name} needs a value; see nutgraf ${command} --help`,
          EXIT.USAGE,
        );
      options[name] = value;
    }
  }
  return { options, positionals };
}

/** What a one-file command says about itself in its messages. */
export interface OneFileCommand {
  command: string;
  help: string;
  what: string;
  example: string;
}

/**
 * Parses a command that takes exactly one file: prints `help` and returns `null` for `--help`,
 * and refuses any other number of files with a usage error that shows `example`.
 *
 * @param argv arguments after the command name
 * @param spec known options (without the leading dashes)
 */
export function parseOneFile(
  argv: readonly string[],
  spec: OptionSpec,
  { command, help, what, example }: OneFileCommand,
): { options: Options; path: string } | null {
  const { options, positionals } = parseArgs(argv, spec, command);
  if (options.help) {
    process.stdout.write(`${help}\n`);
    return null;
  }
  const [path] = positionals;
  if (positionals.length !== 1 || path === undefined)
    throw new CliError(
      `nutgraf ${command}: give one ${what}, e.g. nutgraf ${command} ${example} (got ${positionals.length}); see nutgraf ${command} --help`,
      EXIT.USAGE,
    );
  return { options, path };
}
