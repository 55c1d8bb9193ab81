/**
 * `nutgraf migrate <dataset.json>`: rewrites a version-1 dataset as version 2.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { migrateDataset, validateDataset, formatProblems } from '../model.mjs';
import { parseOneFile } from '../args.mjs';
import { parseJson } from './check.mjs';
import { CliError, EXIT } from '../errors.mjs';
import { readTextFile, MAX_ARTICLE_BYTES, MAX_DATASET_BYTES } from '../read-input.mjs';
import { V1_VOCABULARY } from '../v1-vocabulary.mjs';
import { textQuoteSelector } from '../derive/text-quote-selector.mjs';

export const HELP = `Usage: nutgraf migrate <dataset.json> [--article <article.txt>] [--out <file>]

Rewrites a version-1 dataset as version 2: declares the relation types it uses (version
1's words for its own type names), turns memberships of organisations into groupings,
marks computed remainders "unspecified", and gives every quote a TextQuoteSelector. With
--article, each selector gets the text either side of its quote, so links can point at
the very sentence. The result is validated before it is written. A version-2 file is left
as it is.

Then review what version 2 lets a dataset say and version 1 could not: the words of each
relation type (relationTypes), who says a claim (attribution), claims that something did
not happen (polarity "negative"), the headings of each graphic (presentation).

Options:
  --article <file>  the article the dataset was built from (for selector context)
  --out <file>      where to write (default: over the input file)
  -h, --help        this help

Exit codes: 0 written (or already version 2); 1 the result is not valid, or the article
is not the one the dataset was built from; 2 usage error; 3 a file cannot be read.`;

/**
 * @param {string[]} argv
 * @returns {number}
 */
export function runMigrate(argv) {
  const parsed = parseOneFile(
    argv,
    { article: 'string', out: 'string' },
    { command: 'migrate', help: HELP, what: 'dataset file', example: 'dataset.json' },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const input = parseJson(path, text);
  if (input?.schemaVersion === 2) {
    process.stdout.write(`${path} is already version 2; nothing to do.\n`);
    return EXIT.OK;
  }
  if (input?.schemaVersion !== 1)
    throw new CliError(
      `nutgraf migrate: ${path} has schemaVersion ${JSON.stringify(input?.schemaVersion)}; only version 1 can be migrated.`,
      EXIT.CONTENT,
    );
  const migrated = /** @type {Record<string, any>} */ (migrateDataset(input, V1_VOCABULARY));
  if (typeof options.article === 'string') {
    const article = readTextFile(options.article, { maxBytes: MAX_ARTICLE_BYTES, what: 'article' }).text;
    const sha = createHash('sha256').update(article, 'utf8').digest('hex');
    if (typeof migrated.source?.sha256 === 'string' && sha !== migrated.source.sha256)
      throw new CliError(
        `nutgraf migrate: ${options.article} is not the article ${path} was built from ` +
          `(its sha256 is ${sha}, the dataset says ${migrated.source.sha256}); nothing was written.`,
        EXIT.CONTENT,
      );
    for (const e of migrated.evidence ?? [])
      e.selector = textQuoteSelector(article, e.start, e.end, migrated.offsetUnit);
  }
  const result = validateDataset(migrated);
  if (!result.ok) {
    process.stderr.write(
      `nutgraf migrate: the migrated dataset is not valid, so nothing was written: ${formatProblems(result.problems, 50)}\n`,
    );
    return EXIT.CONTENT;
  }
  const out = typeof options.out === 'string' ? options.out : path;
  writeFileSync(out, `${JSON.stringify(migrated, null, 2)}\n`);
  process.stdout.write(
    `Wrote ${out}: version 2, ${migrated.relationTypes.length} relation types, ${migrated.groupings.length} groupings` +
      `${options.article ? ', selectors with the text around each quote' : '; selectors have no context (pass --article to add it)'}.\n`,
  );
  return EXIT.OK;
}
