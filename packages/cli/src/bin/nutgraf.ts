#!/usr/bin/env node
/**
 * `nutgraf`: authoring a dataset for any article.
 *
 *   nutgraf draft <article.txt>      starter annotations, every item unreviewed
 *   nutgraf build [--root <folder>]  derive and check dataset.json
 *   nutgraf check <dataset.json>     validate any dataset file
 *   nutgraf migrate <dataset.json>   rewrite a version-1 dataset as version 2
 *   nutgraf render <dataset.json>    the graphics as PNG images, framed for social posts and print
 *
 * Exit codes: 0 ok; 1 content or validation problem; 2 usage error; 3 unreadable input.
 * Expected failures print one plain message; an unexpected one prints its message and asks
 * for a report (set NUTGRAF_DEBUG=1 for the stack).
 *
 * @module
 */

import process from 'node:process';
import { readFileSync } from 'node:fs';
import { CliError, EXIT } from '../errors.js';

const USAGE = `Usage: nutgraf <command> [options]

Commands:
  draft <article.txt>      propose starter annotations for an article (all unreviewed)
  build [--root <folder>]  build dataset.json from a reviewed story folder, with every check
  check <dataset.json>     validate any dataset file, with readable errors
  migrate <dataset.json>   rewrite a version-1 dataset as version 2
  render <dataset.json>    the graphics as PNG images, framed for social posts and print

Run nutgraf <command> --help for its options. nutgraf --version prints the version.

Exit codes: 0 ok; 1 content or validation problem; 2 usage error; 3 unreadable input.
Guide: https://github.com/nutgraf/nutgraf/blob/main/docs/guide-make-graphics-for-your-story.md`;

/** The version in the package's package.json (dist/bin/ → the package folder). */
function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    (command ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return command ? EXIT.OK : EXIT.USAGE;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return EXIT.OK;
  }
  if (command === 'draft') return (await import('../commands/draft.js')).runDraft(rest);
  if (command === 'build') return (await import('../commands/build.js')).runBuild(rest);
  if (command === 'check') return (await import('../commands/check.js')).runCheck(rest);
  if (command === 'migrate') return (await import('../commands/migrate.js')).runMigrate(rest);
  if (command === 'render') return (await import('../commands/render.js')).runRender(rest);
  throw new CliError(
    `nutgraf: unknown command "${command}"; the commands are draft, build, check, migrate and render.`,
    EXIT.USAGE,
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
      process.exitCode = error.code;
      return;
    }
    const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
    process.stderr.write(
      `nutgraf: unexpected error: ${message}\n` +
        'This is a bug in nutgraf; please report it with the command you ran. Set NUTGRAF_DEBUG=1 to see where it happened.\n',
    );
    if (process.env.NUTGRAF_DEBUG) process.stderr.write(`${stack}\n`);
    process.exitCode = EXIT.CONTENT;
  },
);
