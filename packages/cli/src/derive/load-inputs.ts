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
import { codeOf, messageOf } from '../errors.js';
import { DataError } from './problems.js';
import type { Problem } from './problems.js';

/** One annotation file: its path (with the prefix), its folder and its parsed JSON. */
export interface AnnotationFile {
  path: string;
  folder: 'annotations' | 'outside';
  data: unknown;
}

/** What a build reads: the article, source.json as parsed, and the annotation files. */
export interface Inputs {
  article: string;
  source: unknown;
  files: AnnotationFile[];
  prefix?: string;
}

/**
 * @param dir The data folder (the repository's `data/`, or a story folder).
 * @param options `prefix` is put before every path in messages and in `AnnotationFile.path`
 *   ("data/" for the repository, so messages name real paths).
 */
export function loadInputs(dir: string, { prefix = '' }: { prefix?: string } = {}): Inputs {
  const problems: Problem[] = [];
  const readJson = (path: string): unknown => {
    try {
      return JSON.parse(readFileSync(join(dir, path), 'utf8'));
    } catch (error) {
      problems.push({ where: `${prefix}${path}`, message: `cannot read JSON: ${messageOf(error)}` });
      return undefined;
    }
  };

  let article = '';
  try {
    article = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(dir, 'source/article.txt')));
  } catch (error) {
    problems.push({
      where: `${prefix}source/article.txt`,
      message: `cannot read the source text: ${messageOf(error)}`,
    });
  }
  const source = readJson('source/source.json');

  const files: AnnotationFile[] = [];
  for (const folder of ['annotations', 'outside'] as const) {
    let names: string[] = [];
    try {
      names = readdirSync(join(dir, folder))
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch (error) {
      // A story without outside knowledge may have no outside/ folder at all.
      if (!(folder === 'outside' && codeOf(error) === 'ENOENT'))
        problems.push({ where: `${prefix}${folder}`, message: `cannot list: ${messageOf(error)}` });
    }
    for (const name of names) {
      const data = readJson(`${folder}/${name}`);
      if (data !== undefined) files.push({ path: `${prefix}${folder}/${name}`, folder, data });
    }
  }
  if (problems.length) throw new DataError(problems);
  return { article, source, files, prefix };
}
