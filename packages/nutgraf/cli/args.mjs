/**
 * A small argument parser: `--name value`, `--name=value`, boolean `--flag`, and
 * positional arguments. Unknown options are usage errors (exit 2), never ignored.
 *
 * @module
 */

import process from 'node:process';
import { CliError, EXIT } from './errors.mjs';

/**
 * @typedef {Record<string, 'boolean' | 'string'>} OptionSpec
 * @typedef {{ options: Record<string, string | boolean>, positionals: string[] }} Parsed
 */

/**
 * @param {string[]} argv arguments after the command name
 * @param {OptionSpec} spec known options (without the leading dashes)
 * @param {string} command for messages
 * @returns {Parsed}
 */
export function parseArgs(argv, spec, command) {
  /** @type {Record<string, string | boolean>} */
  const options = {};
  /** @type {string[]} */
  const positionals = [];
  const all = { help: 'boolean', ...spec };
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
    const type = /** @type {Record<string, string>} */ (all)[name];
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

/**
 * Parses a command that takes exactly one file: prints `help` and returns `null` for `--help`,
 * and refuses any other number of files with a usage error that shows `example`.
 *
 * @param {string[]} argv arguments after the command name
 * @param {OptionSpec} spec known options (without the leading dashes)
 * @param {{ command: string, help: string, what: string, example: string }} about
 * @returns {{ options: Record<string, string | boolean>, path: string } | null}
 */
export function parseOneFile(argv, spec, { command, help, what, example }) {
  const { options, positionals } = parseArgs(argv, spec, command);
  if (options.help) {
    process.stdout.write(`${help}\n`);
    return null;
  }
  if (positionals.length !== 1)
    throw new CliError(
      `nutgraf ${command}: give one ${what}, e.g. nutgraf ${command} ${example} (got ${positionals.length}); see nutgraf ${command} --help`,
      EXIT.USAGE,
    );
  return { options, path: /** @type {string} */ (positionals[0]) };
}
