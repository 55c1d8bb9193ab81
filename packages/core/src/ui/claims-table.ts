/**
 * The claims table: each claim a graphic draws, with who says it, how certain it is, whether it
 * happened, when, the editor's note and a link to its sentence. Readers and editors sort it by
 * any column and filter it to one actor (see `renderTable`).
 *
 * @module
 */

import { attributionWords } from '../dataset/attribution.js';
import { isNegative, relationLabel } from '../dataset/relation-types.js';
import { quoteUrl } from '../dataset/text-fragment.js';
import { indexDataset } from '../dataset/view.js';
import type { Certainty, Claim, Dataset, Relation } from '../dataset/types.js';
import { enTable } from '../messages/en-table.js';
import { msg } from '../messages/format.js';
import type { MessageId } from '../messages/format.js';
import { shipEnglish } from '../messages/shipped.js';
import { basisWords, certaintyWords } from './certainty.js';
import type { Cell, CellLink, DataTable } from './data-table.js';

// The tables' English words come with their code (for a claims table made without `renderDataTable` too).
shipEnglish(enTable);

/** One claim, as a row of the claims table. */
export interface ClaimLine extends Claim {
  /** The claim in words, heading its row: "A supplied drones to B". */
  what: string;
  /** Entity ids the claim involves (its speaker is added to them). */
  actors: string[];
  polarity?: Relation['polarity'];
  time?: Relation['time'];
  note?: string;
  /** Cells of the table's extra columns, after the claim. */
  cells?: Cell[];
}

/** Certainty from the firmest to the least firm, to sort by. */
const FIRMNESS: Record<Certainty, number> = {
  asserted: 0,
  reported: 1,
  opinion: 2,
  predicted: 3,
  hypothetical: 4,
};

/** Who says a claim: the speaker's words, else the article itself, or outside knowledge. */
export function speakerWords(dataset: Dataset, claim: Claim, lang?: string): string {
  return (
    attributionWords(dataset, claim.attribution, claim.certainty, lang) ??
    (claim.basis === 'article' ? msg('claims.article', {}, lang) : basisWords(claim.basis, lang))
  );
}

/** When, as the source says it ("since January 2024"), sorted by its date when it has one. */
function when(time: Relation['time']): Cell {
  const dates = [time?.start?.value, time?.end?.value].filter(Boolean);
  return { text: time?.text ?? dates.join('–'), sort: dates[0] ?? '' };
}

/** The sentences behind a claim, each a link to it in the source when the source has a URL. */
function evidenceCell(dataset: Dataset, claim: Claim, lang?: string): Cell {
  const { evidence, citations } = indexDataset(dataset);
  const links: CellLink[] = [];
  let first = Infinity;
  for (const id of claim.evidence) {
    const e = evidence.get(id);
    if (!e) continue;
    first = Math.min(first, e.sentence);
    links.push({
      text: msg('claims.evidence', { quote: e.quote, n: e.sentence + 1 }, lang),
      href: quoteUrl(dataset.source.url, e.selector),
    });
  }
  for (const id of claim.citations ?? []) {
    const c = citations.get(id);
    if (c) links.push({ text: `${c.title} †`, href: c.url });
  }
  return { text: links.map((l) => l.text).join(', '), sort: first, links };
}

/**
 * A claims table of `lines`, with `columns` (extra columns after the claim) and actor names;
 * its own words in `lang` (English by default).
 */
export function claimsTable(
  dataset: Dataset,
  caption: string,
  lines: ClaimLine[],
  { columns = [], name, lang }: { columns?: string[]; name: (id: string) => string; lang?: string },
): DataTable {
  const t = (id: MessageId) => msg(id, {}, lang);
  const speakerOf = (c: Claim) => c.attribution?.speaker;
  const actors = lines.map((c) => [...new Set([...c.actors, speakerOf(c) ?? ''].filter(Boolean))]);
  return {
    caption,
    noun: t('claims.noun'),
    columns: [
      t('claims.claim'),
      ...columns,
      ...(['who', 'certainty', 'polarity', 'when', 'note', 'sentence'] as const).map((c) => t(`claims.${c}`)),
    ],
    rows: lines.map((c) => [
      c.what,
      ...(c.cells ?? []),
      speakerWords(dataset, c, lang),
      { text: certaintyWords(c.certainty, lang), sort: FIRMNESS[c.certainty] ?? 9 },
      t(isNegative(c) ? 'claims.negative' : 'claims.positive'),
      when(c.time),
      c.note ?? '',
      evidenceCell(dataset, c, lang),
    ]),
    actors: { rows: actors, names: new Map(actors.flat().map((id) => [id, name(id)])) },
  };
}

/** A relation as a claims-table line: "A <verb> (frozen) B", its actors being both ends; words in `lang`. */
export function relationClaim(
  dataset: Dataset,
  relation: Relation,
  name: (id: string) => string,
  cells?: Cell[],
  lang?: string,
): ClaimLine {
  return {
    ...relation,
    what: [
      name(relation.source),
      relationLabel(dataset, relation, lang),
      // A relation's own words say its status ("froze its membership of"); a type's verb does not.
      !relation.label && relation.status && relation.status !== 'active'
        ? `(${msg(`status.${relation.status}`, {}, lang)})`
        : '',
      name(relation.target),
    ]
      .filter(Boolean)
      .join(' '),
    actors: [relation.source, relation.target],
    cells,
  };
}
