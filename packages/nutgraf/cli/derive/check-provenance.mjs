/**
 * The standards desk's rules, checked on a built dataset:
 * - a claim from the article carries evidence; one from outside carries a citation;
 * - every evidence item's offsets cut its quote out of the source, in code points;
 * - a computed value is a series remainder, and a remainder has no entity;
 * - a series adds up to its total.
 *
 * @module
 */

/** @typedef {import('./problems.mjs').Problem} Problem */

/**
 * @param {Record<string, any>} dataset The built dataset.
 * @param {string[]} codePoints The source text as code points.
 * @returns {Problem[]}
 */
export function checkProvenance(dataset, codePoints) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (/** @type {string} */ where, /** @type {string} */ message) =>
    problems.push({ where, message });

  /**
   * @param {string} where
   * @param {Record<string, any>} item
   */
  const basisRules = (where, item) => {
    if (item.basis === 'article' && !item.evidence?.length)
      add(where, 'basis "article" needs at least one evidence quote');
    if (item.basis === 'outside' && !item.citations?.length)
      add(where, 'basis "outside" needs at least one citation');
  };
  dataset.entities.forEach((/** @type {any} */ e, /** @type {number} */ i) => {
    basisRules(`entities[${i}] (${e.id})`, e);
    if (e.basis === 'computed') add(`entities[${i}] (${e.id})`, 'an entity cannot be computed');
  });
  dataset.relations.forEach((/** @type {any} */ r, /** @type {number} */ i) => {
    basisRules(`relations[${i}] (${r.id})`, r);
    if (r.basis === 'computed') add(`relations[${i}] (${r.id})`, 'a relation cannot be computed');
  });
  dataset.series.forEach((/** @type {any} */ s, /** @type {number} */ i) => {
    let sum = 0;
    s.values.forEach((/** @type {any} */ v, /** @type {number} */ j) => {
      const where = `series[${i}] (${s.id}).values[${j}]`;
      sum += v.value;
      if (v.basis !== 'computed') basisRules(where, v);
      if (v.remainder && v.entity !== undefined)
        add(where, 'a remainder is the unspecified rest: it cannot belong to an entity');
      if (v.remainder && v.basis !== 'computed')
        add(where, 'a remainder is computed, never reported: basis must be "computed"');
      if (!v.remainder && v.basis === 'computed') add(where, 'only a remainder may be computed');
    });
    if (Math.abs(sum - s.total) > 1e-9)
      add(`series[${i}] (${s.id})`, `values add up to ${sum}, not the total ${s.total}`);
  });
  dataset.evidence.forEach((/** @type {any} */ ev, /** @type {number} */ i) => {
    const cut = codePoints.slice(ev.start, ev.end).join('');
    if (cut !== ev.quote)
      add(
        `evidence[${i}] (${ev.id})`,
        `offsets ${ev.start}–${ev.end} cut ${JSON.stringify(cut)}, not the quote`,
      );
  });
  return problems;
}
