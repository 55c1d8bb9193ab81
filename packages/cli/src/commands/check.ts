/**
 * `nutgraf check <dataset.json>`: validates any dataset file (version 2) and says what is
 * wrong in plain words, each problem at its JSON path. Shape, references and relation types
 * are checked by the dataset model's own validator (`@nutgraf/core/dataset`); the standards
 * desk's rules and, with the article, every quote and selector by `check-provenance.ts`.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import process from 'node:process';
import { parseOneFile } from '../args.js';
import { CliError, EXIT, messageOf } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { readTextFile, MAX_DATASET_BYTES, MAX_ARTICLE_BYTES } from '../read-input.js';
import { isVersion1, migrateDataset } from '../model.js';
import { checkModel } from '../derive/validate.js';
import { checkProvenance } from '../derive/check-provenance.js';
import { pathWithId } from '../derive/problems.js';
import { V1_VOCABULARY } from '../v1-vocabulary.js';
import { progress } from '../progress.js';

export const HELP = `Usage: nutgraf check <dataset.json> [--article <article.txt>] [--quiet]

Validates a dataset file (version 2), whoever made it: its shape, references and relation
types with the dataset model's own validator (the one every graphic uses), then the
standards desk's rules (article claims carry evidence, outside ones a citation, every
citation is used, only an unspecified remainder is computed, a series adds up to its total
when it has one). With --article, every evidence quote is also checked against the
article at its offsets, each selector's prefix and suffix against the text around it, and
the article's sha256 against the dataset's.

A version-1 dataset is not valid; nutgraf check says so and lists what else it finds.
Rewrite it with nutgraf migrate <dataset.json> --article <article.txt>.

Each problem is printed at its JSON path, with the id of its item, in plain words, e.g.
  $.relationTypes[2].direction (purchase): must be one of forward, backward, none, not "sideways"
  $.relations[3].type (port-deal): names "friends", which is not in $.relationTypes; it is shown by its id

Options:
  --article <file>  the article the dataset was built from
  --quiet           no progress on stderr
  -h, --help        this help

Exit codes: 0 valid; 1 invalid (every problem listed) or empty file; 2 usage error;
3 the file cannot be read (missing, binary, not UTF-8, not JSON, too large).`;

export function runCheck(argv: string[]): ExitCode {
  const parsed = parseOneFile(
    argv,
    { article: 'string', quiet: 'boolean' },
    { command: 'check', help: HELP, what: 'dataset file', example: 'dataset.json' },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const p = progress({ quiet: options.quiet === true });

  p.step(`reading ${path}`);
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const input = parseJson(path, text);

  const problems: string[] = [];
  const v1 = isVersion1(input);
  if (v1)
    problems.push(
      `$.schemaVersion: is 1, an earlier version of the dataset model; nutgraf checks version 2. ` +
        `Rewrite the file with: nutgraf migrate ${path} --article <article.txt>`,
    );
  // A version-1 file is checked as it would be migrated, so every other problem shows too.
  const dataset = v1 ? migrateDataset(input, V1_VOCABULARY) : input;

  p.step('checking shape, references and relation types');
  const model = checkModel(dataset);
  const found = model.ok ? [] : model.problems.filter((x) => !(v1 && x.where === '$.schemaVersion'));
  problems.push(...found.map((x) => `${pathWithId(dataset, x.where)}: ${x.message}`));
  // The standards desk's rules read a dataset the model accepts; otherwise fix that first.
  if (model.ok) {
    p.step('checking provenance');
    const { sha256 } = model.dataset.source;
    let article: string | undefined;
    if (typeof options.article === 'string') {
      article = readTextFile(options.article, { maxBytes: MAX_ARTICLE_BYTES, what: 'article' }).text;
      const sha = createHash('sha256').update(article, 'utf8').digest('hex');
      if (sha !== sha256)
        problems.push(`$.source.sha256: the article's sha256 is ${sha}, but the dataset says ${sha256}`);
    }
    for (const x of checkProvenance(model.dataset, article))
      problems.push(`${pathWithId(dataset, x.where)}: ${x.message}`);
  }

  if (problems.length || !model.ok) {
    throw new CliError(
      `${path}: not a valid nutgraf dataset, ${problems.length} problem(s):\n${problems.map((x) => `  - ${x}`).join('\n')}`,
      EXIT.CONTENT,
    );
  }
  const valid = model.dataset;
  process.stdout.write(
    `${path}: valid nutgraf dataset (version 2): ${valid.entities.length} entities, ` +
      `${valid.relations.length} relations of ${valid.relationTypes.length} type(s), ` +
      `${valid.series.length} series, ${valid.evidence.length} evidence items, ${valid.citations.length} citations` +
      `${options.article ? '; every quote matches the article' : ''}.\n`,
  );
  return EXIT.OK;
}

/** JSON.parse with the line and column of a syntax error. */
export function parseJson(path: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = messageOf(error);
    const at = /position (\d+)/.exec(message);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    throw new CliError(
      `${path} is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}.`,
      EXIT.UNREADABLE,
    );
  }
}
