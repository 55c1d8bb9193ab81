/**
 * The network's key: each kind of actor drawn with its own node shape, the areas of groupings,
 * the line styles of certainty, and the crossed line of a claim that did not happen, each
 * styled by the same rules as the chart (so the key always matches what is drawn).
 *
 * @module
 */
import { html, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { isNegative, msg, runSteps } from '@nutgraf/core';
import type { EntityKind } from '@nutgraf/core';
import { nodeShape } from './geometry.js';
import type { Graph } from './graph.js';

/**
 * What the key, legend and notes tell of a graph: its kinds of actor, the line styles in use
 * (asserted, reported, and the dotted rest: hypothetical, predicted, opinion), whether a
 * relation did not happen, the relations of each type, and whether anything rests on outside
 * knowledge.
 */
export interface LegendFacts {
  kinds: EntityKind[];
  styles: Set<string>;
  negative: boolean;
  counts: Map<string, number>;
  outside: boolean;
}

const facts = new WeakMap<Graph, LegendFacts>();

/**
 * {@link legendFacts} counted in steps, yielding every `batch` items (a big graph's while it is
 * built: 140,000 items at 20,000 nodes), and kept for the graph.
 */
export function* factSteps(graph: Graph, batch = Infinity): Generator<void, LegendFacts, void> {
  const kinds = new Set<EntityKind>();
  const styles = new Set<string>();
  const counts = new Map<string, number>();
  let negative = false;
  let outside = false;
  let i = 0;
  for (const n of graph.nodes) {
    kinds.add(n.kind);
    if (++i % batch === 0) yield;
  }
  for (const e of graph.edges) {
    counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
    negative ||= isNegative(e);
    if (++i % batch === 0) yield;
  }
  for (const list of [graph.edges, graph.grouped])
    for (const e of list) {
      styles.add(e.certainty === 'asserted' || e.certainty === 'reported' ? e.certainty : 'hypothetical');
      if (++i % batch === 0) yield;
    }
  for (const list of [graph.dataset.entities, graph.dataset.relations])
    for (const c of list as readonly { basis: string }[]) {
      outside ||= c.basis === 'outside';
      if (++i % batch === 0) yield;
    }
  const found = { kinds: [...kinds], styles, negative, counts, outside };
  facts.set(graph, found);
  return found;
}

/** What the key, legend and notes tell of `graph` ({@link LegendFacts}), counted once per graph (not at each render or hover). */
export const legendFacts = (graph: Graph): LegendFacts => facts.get(graph) ?? runSteps(factSteps(graph));

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
