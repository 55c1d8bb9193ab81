/**
 * `nutgraf check <dataset.json>`: validates any dataset file and says what is wrong in
 * plain words, each problem at its JSON path.
 *
 * @module
 */

import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import process from 'node:process';
import { parseOneFile } from '../args.mjs';
import { CliError, EXIT } from '../errors.mjs';
import { readTextFile, MAX_DATASET_BYTES, MAX_ARTICLE_BYTES } from '../read-input.mjs';
import { schemaErrors } from '../derive/validate-schema.mjs';
import { checkReferences } from '../derive/check-references.mjs';
import { checkProvenance } from '../derive/check-provenance.mjs';
import { PACKAGE_SCHEMA } from './build.mjs';
import { progress } from '../progress.mjs';

export const HELP = `Usage: nutgraf check <dataset.json> [--article <article.txt>] [--schema <file>] [--quiet]

Validates a dataset file, whoever made it: its shape against the dataset JSON Schema,
then its references (relation ends, evidence and citation ids, memberships), and the
standards desk's rules (article claims carry evidence, outside ones a citation, series
add up). With --article, every evidence quote is also checked against the article at
its offsets, and the article's sha256 against the dataset's.

Each problem is printed at its JSON path, in plain words, e.g.
  $.relations[3] (russia-iran): "type" is "friends", which is not allowed; use one of: alliance, …

Options:
  --article <file>  the article the dataset was built from
  --schema <file>   another dataset schema (default: the one shipped with nutgraf)
  --quiet           no progress on stderr
  -h, --help        this help

Exit codes: 0 valid; 1 invalid (every problem listed) or empty file; 2 usage error;
3 the file cannot be read (missing, binary, not UTF-8, not JSON, too large).`;

/**
 * @param {string[]} argv
 * @returns {number}
 */
export function runCheck(argv) {
  const parsed = parseOneFile(
    argv,
    { article: 'string', schema: 'string', quiet: 'boolean' },
    {
      command: 'check',
      help: HELP,
      what: 'dataset file',
      example: 'dataset.json',
    },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const schemaPath = typeof options.schema === 'string' ? options.schema : PACKAGE_SCHEMA;
  if (!existsSync(schemaPath))
    throw new CliError(`nutgraf check: no schema at ${schemaPath}`, EXIT.UNREADABLE);
  const p = progress({ quiet: options.quiet === true });

  p.step(`reading ${path}`);
  const { text } = readTextFile(path, { maxBytes: MAX_DATASET_BYTES, what: 'dataset' });
  const dataset = parseJson(path, text);

  p.step('checking the shape against the dataset schema');
  /** @type {string[]} */
  const problems = [];
  let errors;
  try {
    errors = schemaErrors(schemaPath)(dataset);
  } catch (error) {
    throw new CliError(
      `nutgraf check: the schema ${schemaPath} cannot be used: ${/** @type {Error} */ (error).message}`,
      EXIT.UNREADABLE,
    );
  }
  problems.push(...plainSchemaErrors(errors, dataset));
  if (!problems.length) {
    p.step('checking references and provenance');
    for (const prob of checkReferences(/** @type {any} */ (dataset)))
      problems.push(`${prob.where}: ${prob.message}`);
    let codePoints = /** @type {string[] | undefined} */ (undefined);
    if (typeof options.article === 'string') {
      const article = readTextFile(options.article, { maxBytes: MAX_ARTICLE_BYTES, what: 'article' }).text;
      codePoints = [...article];
      const sha = createHash('sha256').update(article, 'utf8').digest('hex');
      if (sha !== dataset.source.sha256)
        problems.push(
          `$.source.sha256: the article's sha256 is ${sha}, but the dataset says ${dataset.source.sha256}`,
        );
    }
    for (const prob of checkProvenance(dataset, codePoints ?? []))
      if (codePoints || !prob.where.startsWith('evidence[')) problems.push(`${prob.where}: ${prob.message}`);
  }

  if (problems.length) {
    throw new CliError(
      `${path}: not a valid nutgraf dataset, ${problems.length} problem(s):\n${problems.map((x) => `  - ${x}`).join('\n')}`,
      EXIT.CONTENT,
    );
  }
  process.stdout.write(
    `${path}: valid nutgraf dataset: ${dataset.entities.length} entities, ${dataset.relations.length} relations, ` +
      `${dataset.series.length} series, ${dataset.evidence.length} evidence items, ${dataset.citations.length} citations` +
      `${options.article ? '; every quote matches the article' : ''}.\n`,
  );
  return EXIT.OK;
}

/**
 * JSON.parse with the line and column of a syntax error.
 * @param {string} path
 * @param {string} text
 * @returns {any}
 */
function parseJson(path, text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = /** @type {Error} */ (error).message;
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

/**
 * Words ajv's errors for a reporter: the JSON path, the item's id when it has one, and
 * what to do.
 * @param {import('ajv').ErrorObject[]} errors
 * @param {any} dataset
 * @returns {string[]}
 */
export function plainSchemaErrors(errors, dataset) {
  // anyOf/oneOf wrappers repeat what their branches say
  const specific = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const chosen = specific.length ? specific : errors;
  /** @type {string[]} */
  const out = [];
  for (const e of chosen) {
    const segments = e.instancePath.split('/').slice(1);
    const path = `$${segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('')}`;
    let node = dataset;
    for (const s of segments) node = node?.[s];
    const last = segments[segments.length - 1];
    /** @type {any} */
    let owner = dataset;
    for (const s of segments.slice(0, -1)) owner = owner?.[s];
    const item = node && typeof node === 'object' && typeof node.id === 'string' ? node : owner;
    const label = item && typeof item === 'object' && typeof item.id === 'string' ? ` (${item.id})` : '';
    const field = /^\d+$/.test(last ?? '') ? 'this item' : last ? `"${last}"` : 'the dataset';
    const shown = JSON.stringify(node);
    const value = shown === undefined ? 'missing' : shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
    const p = /** @type {Record<string, any>} */ (e.params);
    let words;
    switch (e.keyword) {
      case 'required':
        words = `the field "${p.missingProperty}" is missing`;
        break;
      case 'additionalProperties':
        words = `unknown field "${p.additionalProperty}"; remove it or check its spelling`;
        break;
      case 'enum':
        words = `${field} is ${value}, which is not allowed; use one of: ${p.allowedValues.join(', ')}`;
        break;
      case 'const':
        words = `${field} must be ${JSON.stringify(p.allowedValue)}, not ${value}`;
        break;
      case 'type':
        words = `${field} must be ${p.type === 'array' ? 'a list' : p.type === 'object' ? 'an object' : `a ${p.type}`}, not ${value}`;
        break;
      case 'minLength':
        words = `${field} must not be empty`;
        break;
      case 'pattern':
        words = `${field} is ${value}, which does not have the expected form (${e.parentSchema?.description ?? p.pattern})`;
        break;
      case 'minimum':
        words = `${field} must be at least ${p.limit}, not ${value}`;
        break;
      default:
        words = `${field} ${e.message}`;
    }
    const line = `${path}${label}: ${words}`;
    if (!out.includes(line)) out.push(line);
  }
  return out;
}
