/**
 * Reads everything a dataset build needs from a data folder: the source text, what is
 * known about it, and the curated annotation files. The layout is the same for the
 * repository's own `data/` folder and for a newsroom's story folder made by `nutgraf draft`:
 *
 * - source/article.txt: the source text (UTF-8; invalid bytes fail).
 * - source/source.json: name, title, byline, date, url, language, sha256 (and `notes` for
 *   reviewers, never copied).
 * - annotations/*.json: the story's vocabulary (`relationTypes`, `groupings`), its
 *   `presentation`, the dataset's id and title, and its claims from the article (basis
 *   "article"), in any files: by convention meta.json, vocabulary.json, presentation.json,
 *   entities.json, relations.json, series.json.
 * - outside/*.json: outside knowledge, every claim with basis "outside" and citations.
 *
 * @module
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from './problems.mjs';

/**
 * @typedef {{ path: string, folder: 'annotations' | 'outside', data: Record<string, any> }} AnnotationFile
 * @typedef {{ article: string, source: Record<string, any>, files: AnnotationFile[], prefix?: string }} Inputs
 */

/**
 * @param {string} dir The data folder (the repository's `data/`, or a story folder).
 * @param {{ prefix?: string }} [options] `prefix` is put before every path in messages and
 *   in `AnnotationFile.path` ("data/" for the repository, so messages name real paths).
 * @returns {Inputs}
 */
export function loadInputs(dir, { prefix = '' } = {}) {
  /** @type {import('./problems.mjs').Problem[]} */
  const problems = [];
  /** @param {string} path */
  const readJson = (path) => {
    try {
      return JSON.parse(readFileSync(join(dir, path), 'utf8'));
    } catch (error) {
      problems.push({
        where: `${prefix}${path}`,
        message: `cannot read JSON: ${/** @type {Error} */ (error).message}`,
      });
      return undefined;
    }
  };

  let article = '';
  try {
    article = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, 'source/article.txt')));
  } catch (error) {
    problems.push({
      where: `${prefix}source/article.txt`,
      message: `cannot read the source text: ${/** @type {Error} */ (error).message}`,
    });
  }
  const source = readJson('source/source.json');

  /** @type {AnnotationFile[]} */
  const files = [];
  for (const folder of /** @type {const} */ (['annotations', 'outside'])) {
    let names = [];
    try {
      names = readdirSync(join(dir, folder))
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch (error) {
      // A story without outside knowledge may have no outside/ folder at all.
      if (!(folder === 'outside' && /** @type {any} */ (error).code === 'ENOENT'))
        problems.push({
          where: `${prefix}${folder}`,
          message: `cannot list: ${/** @type {Error} */ (error).message}`,
        });
    }
    for (const name of names) {
      const data = readJson(`${folder}/${name}`);
      if (data !== undefined) files.push({ path: `${prefix}${folder}/${name}`, folder, data });
    }
  }
  if (problems.length) throw new DataError(problems);
  return { article, source, files, prefix };
}
