/**
 * Safety checks before any work: the input must be a readable file of text, within the
 * size limit, and not empty. Each failure is a CliError with a plain message and an exit
 * code (3 unreadable, 1 empty), never a stack trace.
 *
 * @module
 */

import { readFileSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { CliError, EXIT, codeOf, messageOf } from './errors.js';

/** An article longer than this is refused: a long feature is ~50 KB, a book is not an article. */
export const MAX_ARTICLE_BYTES = 1_000_000;
/** A dataset file longer than this is refused. */
export const MAX_DATASET_BYTES = 50_000_000;

export function formatBytes(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(1)} MB`;
  if (n >= 1_000) return `${(n / 1_000).toFixed(1)} KB`;
  return `${n} bytes`;
}

/**
 * Reads a UTF-8 text file.
 * @param options `what` names the input in messages ("article")
 */
export function readTextFile(
  path: string,
  { maxBytes, what }: { maxBytes: number; what: string },
): { text: string; bytes: Buffer } {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch (error) {
    const code = codeOf(error);
    throw new CliError(
      code === 'ENOENT'
        ? `${path}: no such file. Give the path of the ${what}.`
        : `${path}: cannot be read (${code ?? messageOf(error)}).`,
      EXIT.UNREADABLE,
    );
  }
  if (stat.isDirectory()) throw new CliError(`${path} is a folder, not a ${what} file.`, EXIT.UNREADABLE);
  if (stat.size > maxBytes)
    throw new CliError(
      `${path} is ${formatBytes(stat.size)}; nutgraf reads ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} of at most ${formatBytes(maxBytes)}. ` +
        `Is this the right file? Split a very long text into the part the graphics are about.`,
      EXIT.UNREADABLE,
    );
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`${path}: cannot be read (${codeOf(error) ?? messageOf(error)}).`, EXIT.UNREADABLE);
  }
  if (bytes.length === 0 || bytes.toString('utf8').trim() === '')
    throw new CliError(`${path} is empty: there is nothing to read.`, EXIT.CONTENT);
  if (looksBinary(bytes))
    throw new CliError(
      `${path} is not a text file (it holds binary data). Save the ${what} as plain UTF-8 text (.txt) and try again.`,
      EXIT.UNREADABLE,
    );
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(
      `${path} is not UTF-8 text. Save it as UTF-8 (in most editors: "Save as…", encoding UTF-8) and try again.`,
      EXIT.UNREADABLE,
    );
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, bytes };
}

/**
 * Binary if it has a NUL byte, or more than 10% control characters other than tab and
 * line breaks in its first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return control / head.length > 0.1;
}
