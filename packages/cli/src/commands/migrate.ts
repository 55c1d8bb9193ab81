/**
 * `nutgraf migrate <dataset.json>`: rewrites a version-1 dataset as version 2.
 *
 * @module
 */

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import process from 'node:process';
import { migrateDataset, validateDataset, formatProblems } from '../model.js';
import { parseOneFile } from '../args.js';
import { parseJson } from './check.js';
import { CliError, EXIT } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { isList, isRecord } from '../json.js';
import { readTextFile, MAX_ARTICLE_BYTES, MAX_DATASET_BYTES } from '../read-input.js';
import { V1_VOCABULARY } from '../v1-vocabulary.js';
import { textQuoteSelector } from '../derive/text-quote-selector.js';

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

export function runMigrate(argv: string[]): ExitCode {
  const parsed = parseOneFile(
    argv,
    { article: 'string', out: 'string' },
    { command: 'migrate', help: HELP, what: 'dataset file', example: 'dataset.json' },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const input = parseJson(path, text);
  const version = isRecord(input) ? input.schemaVersion : undefined;
  if (version === 2) {
    process.stdout.write(`${path} is already version 2; nothing to do.\n`);
    return EXIT.OK;
  }
  const migrated = version === 1 ? migrateDataset(input, V1_VOCABULARY) : undefined;
  if (!isRecord(migrated))
    throw new CliError(
      `nutgraf migrate: ${path} has schemaVersion ${JSON.stringify(version)}; only version 1 can be migrated.`,
      EXIT.CONTENT,
    );
  if (typeof options.article === 'string') {
    const article = readTextFile(options.article, { maxBytes: MAX_ARTICLE_BYTES, what: 'article' }).text;
    const sha = createHash('sha256').update(article, 'utf8').digest('hex');
    const sha256 = isRecord(migrated.source) ? migrated.source.sha256 : undefined;
    if (typeof sha256 === 'string' && sha !== sha256)
      throw new CliError(
        `nutgraf migrate: ${options.article} is not the article ${path} was built from ` +
          `(its sha256 is ${sha}, the dataset says ${sha256}); nothing was written.`,
        EXIT.CONTENT,
      );
    const unit = migrated.offsetUnit === 'utf16' ? 'utf16' : 'codepoint';
    // evidence whose offsets are not numbers keeps its selector; the validator reports the offsets
    for (const e of isList(migrated.evidence) ? migrated.evidence : [])
      if (isRecord(e) && typeof e.start === 'number' && typeof e.end === 'number')
        e.selector = textQuoteSelector(article, e.start, e.end, unit);
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
    `Wrote ${out}: version 2, ${result.dataset.relationTypes.length} relation types, ${result.dataset.groupings.length} groupings` +
      `${options.article ? ', selectors with the text around each quote' : '; selectors have no context (pass --article to add it)'}.\n`,
  );
  return EXIT.OK;
}
