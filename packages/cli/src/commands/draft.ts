/**
 * `nutgraf draft <article.txt>`: starter annotations for a new story folder.
 *
 * @module
 */

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import process from 'node:process';
import { parseOneFile } from '../args.js';
import { CliError, EXIT } from '../errors.js';
import type { ExitCode } from '../errors.js';
import { readTextFile, MAX_ARTICLE_BYTES, formatBytes } from '../read-input.js';
import { guessLanguage } from '../language.js';
import { draftAnnotations } from '../draft.js';
import { progress } from '../progress.js';

export const HELP = `Usage: nutgraf draft <article.txt> [--out <folder>] [--force] [--any-language] [--quiet]

Proposes starter annotations (version 2) for an article: the countries, people and
organisations it names (with ISO codes for countries), candidate relations from sentences
that name two of them, the story's own kinds of relation proposed from those sentences'
verbs ("signed a gas deal with" proposes a kind "sign"), negative claims ("did not
provide", "refused to join", "remained silent", "neither … nor", "withheld"), who says
each claim ("X said", "according to some reports", "an official speaking on condition of
anonymity"), and the hedged sentences ("according to", "presumably", "could", "possible" …).
Names no lookup table knows are found by their shape ("Energy Minister Ana Ruiz",
"Acme Holdings", "state firm Petrolia"). Every item is marked "review": "unreviewed";
nutgraf build refuses them until a person has checked each one.

Writes a story folder (default: <article name>-dataset/ next to where you run it):
  source/article.txt             the article, byte for byte
  source/source.json             title, byline, date, url: fill them in; sha256 pins the text
  annotations/meta.json          dataset id and title
  annotations/vocabulary.json    relationTypes (kinds of relation) and groupings
  annotations/presentation.json  headings and choices of each graphic (optional, empty)
  annotations/entities.json      entities, each with a quote
  annotations/relations.json     candidate relations, each with its sentence as the quote
  outside/iso-3166.json          the citation for the ISO codes
  draft-report.json              for the reviewer: every mention with its offsets (code
                                 points), hedged sentences, names left unresolved

Options:
  --out <folder>    where to write the story folder
  --force           overwrite a folder that already has annotations (reviewed work is lost)
  --any-language    draft an article that does not look like English; the draft is
                    marked partial (names, hedges and relations will be missing)
  --quiet           no progress on stderr
  -h, --help        this help

The article must be UTF-8 plain text of at most ${formatBytes(MAX_ARTICLE_BYTES)}, in English.

Exit codes: 0 drafted; 1 empty article or not English; 2 usage error or would overwrite;
3 the article cannot be read (missing, binary, not UTF-8, too large).`;

export function runDraft(argv: string[]): ExitCode {
  const parsed = parseOneFile(
    argv,
    { out: 'string', force: 'boolean', 'any-language': 'boolean', quiet: 'boolean' },
    {
      command: 'draft',
      help: HELP,
      what: 'article file',
      example: 'story.txt',
    },
  );
  if (!parsed) return EXIT.OK;
  const { options, path } = parsed;
  const p = progress({ quiet: options.quiet === true });
  const name = basename(path);
  const out =
    typeof options.out === 'string' ? options.out : `${name.replace(/\.[^.]+$/, '') || 'story'}-dataset`;
  if (existsSync(join(out, 'annotations')) && !options.force)
    throw new CliError(
      `nutgraf draft: ${out} already has annotations; refusing to overwrite them (they may be reviewed). ` +
        'Choose another folder with --out, or pass --force to replace them.',
      EXIT.USAGE,
    );

  p.step(`reading ${path}`);
  const { text } = readTextFile(path, { maxBytes: MAX_ARTICLE_BYTES, what: 'article' });
  const language = guessLanguage(text);
  if (!language.supported && !options['any-language'])
    throw new CliError(
      `${path} does not look like English: ${language.reason}. nutgraf draft understands English only, ` +
        'so nothing was written. Pass --any-language to write a draft marked partial anyway ' +
        '(names, hedges and relations will be missing), or annotate by hand.',
      EXIT.CONTENT,
    );

  const { files, report } = draftAnnotations(text, {
    name,
    partial: !language.supported,
    onStep: (m) => p.step(m),
    onProgress: (what, done, total) => p.tick(what, done, total),
  });
  p.step(`writing ${out}`);
  for (const [file, content] of Object.entries({
    ...files,
    'draft-report.json': `${JSON.stringify(report, null, 2)}\n`,
  })) {
    const target = join(out, file);
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, content);
  }

  const c = report.counts;
  const rel = relative(process.cwd(), out) || '.';
  process.stdout.write(
    `${report.status === 'partial' ? 'PARTIAL draft' : 'Draft'} written to ${rel}/: ` +
      `${c.countries} countries, ${c.people} people, ${c.organisations} organisations, ` +
      `${c.companies ? `${c.companies} companies, ` : ''}` +
      `${c.relations} candidate relations of ${c.relationTypes} proposed kind(s)` +
      `${c.negative || c.attributed ? ` (${[c.negative ? `${c.negative} negative` : '', c.attributed ? `${c.attributed} with a speaker` : ''].filter(Boolean).join(', ')})` : ''}` +
      `; ${c.hedgedSentences} of ${c.sentences} sentences hedged.\n` +
      (report.unresolved.length
        ? `Not resolved (check by hand): ${[...new Set(report.unresolved.map((u) => u.text))].join(', ')}.\n`
        : '') +
      `Next: review ${rel}/annotations/*.json (every item is unreviewed), then run nutgraf build --root ${rel}\n`,
  );
  if (report.status === 'partial')
    process.stderr.write(
      `warning: ${path} does not look like English (${language.reason}); the draft is partial.\n`,
    );
  return EXIT.OK;
}
