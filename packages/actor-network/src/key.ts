/**
 * The network's key: each kind of actor drawn with its own node shape, the areas of groupings,
 * the line styles of certainty, and the crossed line of a claim that did not happen, each
 * styled by the same rules as the chart (so the key always matches what is drawn).
 *
 * @module
 */
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { isNegative, msg, perObject } from '@nutgraf/core';
import type { EntityKind } from '@nutgraf/core';
import { nodeShape } from './geometry.js';
import type { Graph } from './graph.js';

/**
 * What the key, legend and notes tell of a graph, counted once per graph (not at each render or
 * hover; a big graph's in a step of its own while it is built): its kinds of actor, the line
 * styles in use (asserted, reported, and the dotted rest: hypothetical, predicted, opinion),
 * whether a relation did not happen, the relations of each type, and whether anything rests on
 * outside knowledge.
 */
export const legendFacts = perObject((graph: Graph) => ({
  kinds: [...new Set(graph.nodes.map((n) => n.kind))],
  // (`concat`, not spreading: a big graph's lists hold tens of thousands of items.)
  styles: new Set(
    graph.edges
      .concat(graph.grouped)
      .map((e) => (e.certainty === 'asserted' || e.certainty === 'reported' ? e.certainty : 'hypothetical')),
  ),
  negative: graph.edges.some(isNegative),
  counts: graph.edges.reduce((m, e) => m.set(e.type, (m.get(e.type) ?? 0) + 1), new Map<string, number>()),
  outside: graph.dataset.entities.some(isOutside) || graph.dataset.relations.some(isOutside),
}));

/** A claim resting on outside knowledge. */
const isOutside = (claim: { basis: string }) => claim.basis === 'outside';

/** One key entry: its drawing in a 14 × 14 box and its words. */
export type KeyItem = [drawing: SVGTemplateResult, label: string];

/** A kind of actor: its node shape, as drawn, and its name in `lang`. */
export const kindKey = (kind: EntityKind, lang?: string): KeyItem => {
  const word = msg(`kind.${kind}`, {}, lang);
  return [
    svg`<g class="kind-${kind}"><path class="shape" d=${nodeShape(kind, 5, 7, 7)}></path></g>`,
    word.charAt(0).toUpperCase() + word.slice(1),
  ];
};

/**
 * The area drawn around a grouping's members, with the grouping's words; `tied`: with the quiet
 * line that joins a member drawn outside it.
 */
export const groupKey = (label: string, tied = false): KeyItem => [
  tied
    ? svg`<g class="tie"><path class="line" d="M0 7H6"></path></g><rect class="hull" x="5" y="2" width="8" height="10" rx="3"></rect>`
    : svg`<rect class="hull" x="1" y="2" width="12" height="10" rx="4"></rect>`,
  label,
];

/** A line style: `certainty` is a certainty class; `negative` adds the × of "did not happen". */
export const lineKey = (certainty: string, label: string, negative = false): KeyItem => [
  svg`<g class=${negative ? 'negative' : ''}><path class="line certainty-${certainty}" d="M0 7H14"></path>${
    negative ? svg`<path class="arrow" d="M4.5 4.5l5 5m0-5l-5 5"></path>` : ''
  }</g>`,
  label,
];

/** The key as a list, named `label`. */
export const renderKey = (items: KeyItem[], label: string): TemplateResult =>
  // prettier-ignore
  html`<ul class="legend" part="legend" aria-label=${label}>${items.map(
    ([d, label]) =>
      html`<li class="legend-item"><svg
          class="legend-key" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">${d}</svg><span
          class="legend-label">${label}</span></li>`,
  )}</ul>`;
