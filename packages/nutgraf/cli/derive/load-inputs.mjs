/**
 * Reads everything a dataset build needs from a repository checkout: the source text,
 * what is known about it, and the curated annotation files.
 *
 * - data/source/article.txt: the source text (UTF-8; invalid bytes fail).
 * - data/source/source.json: title, byline, date, url, language, sha256, name.
 * - data/annotations/*.json: claims from the article (basis "article" or "computed").
 * - data/outside/*.json: outside knowledge, every item with basis "outside" and citations.
 *
 * @module
 */

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from './problems.mjs';

/**
 * @typedef {{ path: string, folder: 'annotations' | 'outside', data: Record<string, any> }} AnnotationFile
 * @typedef {{ article: string, source: Record<string, any>, files: AnnotationFile[] }} Inputs
 */

/**
 * @param {string} root Repository root.
 * @returns {Inputs}
 */
export function loadInputs(root) {
  /** @type {import('./problems.mjs').Problem[]} */
  const problems = [];
  /** @param {string} path */
  const readJson = (path) => {
    try {
      return JSON.parse(readFileSync(join(root, path), 'utf8'));
    } catch (error) {
      problems.push({ where: path, message: `cannot read JSON: ${/** @type {Error} */ (error).message}` });
      return undefined;
    }
  };

  let article = '';
  try {
    article = new TextDecoder('utf-8', { fatal: true }).decode(
      readFileSync(join(root, 'data/source/article.txt')),
    );
  } catch (error) {
    problems.push({
      where: 'data/source/article.txt',
      message: `cannot read the source text: ${/** @type {Error} */ (error).message}`,
    });
  }
  const source = readJson('data/source/source.json');

  /** @type {AnnotationFile[]} */
  const files = [];
  for (const folder of /** @type {const} */ (['annotations', 'outside'])) {
    const dir = `data/${folder}`;
    let names = [];
    try {
      names = readdirSync(join(root, dir))
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch (error) {
      problems.push({ where: dir, message: `cannot list: ${/** @type {Error} */ (error).message}` });
    }
    for (const name of names) {
      const path = `${dir}/${name}`;
      const data = readJson(path);
      if (data !== undefined) files.push({ path, folder, data });
    }
  }
  if (problems.length) throw new DataError(problems);
  return { article, source, files };
}
