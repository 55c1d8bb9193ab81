/**
 * Checks that every id in a dataset is unique in its collection and that every reference
 * points at something that exists: relation ends, person/organisation affiliations,
 * series entities, evidence ids and citation ids. Unused citations are reported too.
 *
 * @module
 */

/**
 * @typedef {import('./problems.mjs').Problem} Problem
 * @typedef {{ id: string, [key: string]: any }} Item
 * @typedef {{ entities: Item[], relations: Item[], series: Item[], evidence: Item[], citations: Item[] }} DatasetLike
 */

/**
 * @param {DatasetLike} dataset
 * @returns {Problem[]}
 */
export function checkReferences(dataset) {
  /** @type {Problem[]} */
  const problems = [];
  const add = (/** @type {string} */ where, /** @type {string} */ message) =>
    problems.push({ where, message });

  /** @type {Record<string, Map<string, Item>>} */
  const byId = {};
  for (const name of /** @type {const} */ (['entities', 'relations', 'series', 'evidence', 'citations'])) {
    const seen = new Map();
    dataset[name].forEach((item, i) => {
      if (seen.has(item.id))
        add(`${name}[${i}]`, `duplicate id "${item.id}" (also ${name}[${seen.get(item.id).index}])`);
      else seen.set(item.id, { item, index: i });
    });
    byId[name] = new Map([...seen].map(([id, v]) => [id, v.item]));
  }
  const entities = byId.entities;
  const usedCitations = new Set();

  /**
   * @param {string} where
   * @param {Item | Record<string, any>} item
   */
  const checkProvenance = (where, item) => {
    (item.evidence ?? []).forEach((/** @type {string} */ id, /** @type {number} */ i) => {
      if (!byId.evidence.has(id)) add(`${where}.evidence[${i}]`, `unknown evidence id "${id}"`);
    });
    (item.citations ?? []).forEach((/** @type {string} */ id, /** @type {number} */ i) => {
      usedCitations.add(id);
      if (!byId.citations.has(id)) add(`${where}.citations[${i}]`, `unknown citation id "${id}"`);
    });
  };

  dataset.entities.forEach((e, i) => {
    const where = `entities[${i}] (${e.id})`;
    if (e.affiliation !== undefined && !entities.has(e.affiliation))
      add(where, `affiliation "${e.affiliation}" is not an entity`);
    if (e.affiliation === e.id) add(where, 'an entity cannot be affiliated with itself');
    checkProvenance(where, e);
  });
  dataset.relations.forEach((r, i) => {
    const where = `relations[${i}] (${r.id})`;
    for (const end of /** @type {const} */ (['source', 'target'])) {
      if (!entities.has(r[end])) add(where, `${end} "${r[end]}" is not an entity`);
    }
    if (
      r.type === 'membership' &&
      entities.has(r.target) &&
      entities.get(r.target)?.kind !== 'organisation'
    ) {
      add(
        where,
        `a membership must point at an organisation; "${r.target}" is a ${entities.get(r.target)?.kind}`,
      );
    }
    checkProvenance(where, r);
  });
  dataset.series.forEach((s, i) => {
    const where = `series[${i}] (${s.id})`;
    if (s.of !== undefined && !entities.has(s.of)) add(where, `of "${s.of}" is not an entity`);
    s.values.forEach((/** @type {Record<string, any>} */ v, /** @type {number} */ j) => {
      if (v.entity !== undefined && !entities.has(v.entity))
        add(`${where}.values[${j}]`, `entity "${v.entity}" is not an entity`);
      checkProvenance(`${where}.values[${j}]`, v);
    });
  });
  for (const id of byId.citations.keys()) {
    if (!usedCitations.has(id)) add(`citations (${id})`, `citation "${id}" is never used`);
  }
  return problems;
}
