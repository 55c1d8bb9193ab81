/**
 * `nutgraf build`: derives dataset.json (version 2) from a story folder with the same code
 * as the repository's `npm run data`: quotes located and checked, the result validated by
 * the model's own validator, the standards desk's rules applied.
 *
 * @module
 */

import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { parseArgs } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { loadInputs } from '../derive/load-inputs.js';
import type { Inputs } from '../derive/load-inputs.js';
import { assembleDataset, NOT_REVIEWED } from '../derive/assemble-dataset.js';
import { DataError } from '../derive/problems.js';
import { progress } from '../progress.js';

export const HELP = `Usage: nutgraf build [--root <folder>] [--out <file>] [--check] [--quiet]

Builds dataset.json (version 2) from a story folder, with the same derivation as the
nutgraf repository's own dataset: every quote is found verbatim in the article (with its
offsets in code points and a TextQuoteSelector), an unspecified remainder is computed from
its series' total, the result is validated by the dataset model (shape, references,
relation types), outside knowledge must cite its source and every citation be used.
Items still marked "review": "unreviewed" fail the build.

The story folder (as nutgraf draft writes it):
  source/article.txt          the article
  source/source.json          what is known about it, with its sha256
  annotations/meta.json       the dataset's id and title
  annotations/vocabulary.json relationTypes (the story's kinds of relation) and groupings
  annotations/presentation.json  headings and choices of each graphic (optional)
  annotations/*.json          entities, relations, series from the article
  outside/*.json              outside knowledge with citations (optional)

Options:
  --root <folder>   the story folder (default: the current folder)
  --out <file>      where to write the dataset (default: <root>/dataset.json)
  --check           write nothing; fail if the dataset file is not current
  --quiet           no progress on stderr
  -h, --help        this help

Exit codes: 0 built (or current); 1 a check failed, every problem listed, or --check
found the file stale; 2 usage error; 3 the folder or a file in it cannot be read.`;

export function runBuild(argv: string[]): ExitCode {
  const { options, positionals } = parseArgs(
    argv,
    { root: 'string', out: 'string', check: 'boolean', quiet: 'boolean' },
    'build',
  );
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.OK;
  }
  if (positionals.length)
    throw new CliError(
      `nutgraf build: unexpected argument ${positionals[0]}; give the folder with --root; see nutgraf build --help`,
      EXIT.USAGE,
    );
  const root = typeof options.root === 'string' ? options.root : '.';
  const out = typeof options.out === 'string' ? options.out : join(root, 'dataset.json');
  const p = progress({ quiet: options.quiet === true });

  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new CliError(`nutgraf build: ${root} is not a folder; see nutgraf build --help`, EXIT.UNREADABLE);
  if (!existsSync(join(root, 'source/article.txt')))
    throw new CliError(
      `nutgraf build: ${root} is not a story folder: it has no source/article.txt. Run nutgraf draft <article.txt> first, or pass --root.`,
      EXIT.UNREADABLE,
    );
  const prefix = root === '.' ? '' : `${root.replace(/\/+$/, '')}/`;

  p.step(`reading ${root}`);
  let inputs: Inputs;
  try {
    inputs = loadInputs(root, { prefix });
  } catch (error) {
    if (error instanceof DataError) throw new CliError(`nutgraf build: ${error.message}`, EXIT.UNREADABLE);
    throw error;
  }
  p.step(`locating quotes and checking ${inputs.files.length} annotation file(s)`);
  let built: ReturnType<typeof assembleDataset>;
  try {
    built = assembleDataset(inputs);
  } catch (error) {
    if (error instanceof DataError) throw new CliError(describeProblems(error), EXIT.CONTENT);
    throw error;
  }
  const { dataset, json } = built;
  if (options.check) {
    let current = '';
    try {
      current = readFileSync(out, 'utf8');
    } catch {
      // missing: stale
    }
    if (current !== json)
      throw new CliError(
        `nutgraf build --check: ${out} is not current; run nutgraf build --root ${root}`,
        EXIT.CONTENT,
      );
    process.stdout.write(`${out} is current.\n`);
    return EXIT.OK;
  }
  p.step(`writing ${out}`);
  writeFileSync(out, json);
  process.stdout.write(
    `Wrote ${out} (version 2): ${dataset.entities.length} entities, ${dataset.relations.length} relations ` +
      `of ${dataset.relationTypes.length} type(s), ${dataset.groupings.length} grouping(s), ${dataset.series.length} series, ` +
      `${dataset.evidence.length} evidence items, ${dataset.citations.length} citations.\n`,
  );
  return EXIT.OK;
}

/** Every problem, with the unreviewed items summed up at the end instead of one line each. */
function describeProblems(error: DataError): string {
  const unreviewed = error.problems.filter((p) => p.message.startsWith(NOT_REVIEWED));
  const others = error.problems.filter((p) => !p.message.startsWith(NOT_REVIEWED));
  const lines = [`nutgraf build: the dataset was not built: ${error.problems.length} problem(s).`];
  for (const p of others) lines.push(`  - ${p.where}: ${p.message}`);
  if (unreviewed.length) {
    lines.push(
      `  - ${unreviewed.length} item(s) still marked "review": "unreviewed". Check each against the article, ` +
        'then set "review": "reviewed" or delete the item:',
    );
    for (const p of unreviewed.slice(0, 20)) lines.push(`      ${p.where}`);
    if (unreviewed.length > 20) lines.push(`      … and ${unreviewed.length - 20} more`);
  }
  return lines.join('\n');
}
