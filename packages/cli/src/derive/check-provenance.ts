/**
 * The standards desk's rules: what a dataset's shape and references (checked by the core
 * validator) cannot say, because they are about where each claim comes from.
 *
 * - A claim from the article carries evidence; one from outside carries a citation; every
 *   citation is used by some claim.
 * - Only an unspecified remainder is computed: it belongs to no entity and exists only where
 *   the series has a total. A stated remainder is a claim like any other, with its evidence.
 *   A series has at most one remainder, and adds up to its total when it has one.
 * - With the source text: every quote stands at its offsets, and its selector's prefix and
 *   suffix are the text just before and after it.
 *
 * Problems are reported at JSON paths of the dataset (`$.relations[3]`).
 *
 * @module
 */

import type { Claim, Dataset } from '@nutgraf/core/dataset';
import type { Problem } from './problems.js';

/**
 * @param dataset a dataset the core validator accepted
 * @param article the source text; without it, evidence is not checked against it
 */
export function checkProvenance(dataset: Dataset, article?: string): Problem[] {
  const problems: Problem[] = [];
  const add = (where: string, message: string) => problems.push({ where, message });
  const cited = new Set<string>();

  /** @param what "an entity", "a relation" … for the message on computed claims */
  const claim = (where: string, claim: Claim, what: string) => {
    for (const id of claim.citations ?? []) cited.add(id);
    if (claim.basis === 'article' && !claim.evidence?.length)
      add(where, 'basis "article" needs at least one evidence quote');
    if (claim.basis === 'outside' && !claim.citations?.length)
      add(where, 'basis "outside" needs at least one citation');
    if (claim.basis === 'computed' && what)
      add(where, `${what} cannot be computed; only an unspecified remainder of a series is`);
  };

  dataset.entities.forEach((e, i) => claim(`$.entities[${i}]`, e, 'an entity'));
  dataset.relations.forEach((r, i) => claim(`$.relations[${i}]`, r, 'a relation'));
  dataset.groupings.forEach((g, i) =>
    (g.members ?? []).forEach((m, j) => claim(`$.groupings[${i}].members[${j}]`, m, 'a member')),
  );

  dataset.series.forEach((s, i) => {
    const at = `$.series[${i}]`;
    const rests = s.values.filter((v) => v.remainder !== undefined);
    if (rests.length > 1) add(at, `has ${rests.length} remainders; a series has at most one`);
    let sum = 0;
    s.values.forEach((v, j) => {
      const where = `${at}.values[${j}]`;
      sum += v.value;
      if (v.remainder !== 'unspecified') {
        claim(where, v, v.remainder === 'stated' ? 'a stated remainder' : 'a value');
        return;
      }
      for (const id of v.citations ?? []) cited.add(id);
      if (v.basis !== 'computed')
        add(
          where,
          'an unspecified remainder is computed from the total, never reported: its basis must be "computed"',
        );
      if (v.entity !== undefined)
        add(where, 'an unspecified remainder is the rest nobody is named for: it cannot belong to an entity');
      if (s.total === undefined)
        add(
          where,
          'an unspecified remainder is the rest of a known whole, but the series has no "total"; ' +
            'give the total the source states, or remove the remainder',
        );
    });
    if (s.total !== undefined && Math.abs(sum - s.total) > 1e-9 * Math.max(1, Math.abs(s.total)))
      add(
        at,
        `values add up to ${Math.round(sum * 1e9) / 1e9}, not the total ${s.total}; ` +
          'give the rest as a remainder, or leave out "total" if the source gives no whole',
      );
  });

  dataset.citations.forEach((c, i) => {
    if (!cited.has(c.id)) add(`$.citations[${i}]`, `"${c.id}" is never used: no claim cites it`);
  });

  if (article !== undefined) checkQuotes(dataset, article, add);
  return problems;
}

/** Every quote at its offsets, and its selector's context around it. */
function checkQuotes(dataset: Dataset, article: string, add: (where: string, message: string) => void) {
  const points = dataset.offsetUnit === 'utf16' ? undefined : Array.from(article);
  const cut = (a: number, b?: number) =>
    points ? points.slice(Math.max(0, a), b).join('') : article.slice(Math.max(0, a), b);
  const length = (s: string) => (dataset.offsetUnit === 'utf16' ? s.length : Array.from(s).length);
  const show = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}…` : s);

  dataset.evidence.forEach((ev, i) => {
    const where = `$.evidence[${i}]`;
    const found = cut(ev.start, ev.end);
    if (found !== ev.quote) {
      add(where, `offsets ${ev.start}–${ev.end} cut ${show(found)} out of the article, not the quote`);
      return;
    }
    const { prefix, suffix } = ev.selector;
    const before = cut(ev.start - length(prefix), ev.start);
    if (before !== prefix)
      add(
        `${where}.selector.prefix`,
        `is ${show(prefix)}, but the article has ${show(before)} before the quote`,
      );
    const after = cut(ev.end, ev.end + length(suffix));
    if (after !== suffix)
      add(
        `${where}.selector.suffix`,
        `is ${show(suffix)}, but the article has ${show(after)} after the quote`,
      );
  });
}
