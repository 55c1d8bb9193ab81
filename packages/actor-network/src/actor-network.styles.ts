import { css } from 'lit';

/**
 * Styles of `<actor-network>`: the reserved box, nodes, edges, labels, zoom buttons and the table.
 *
 * The whole block (heading, dek, summary, graph, keys, notes) has a height set from the width alone, the
 * same in every state: the graph's ideal frame (70cqw up to 720 px; 130cqw below 480 px) plus
 * an allowance for the text around it. The frame takes whatever the text leaves, and the
 * graph is centred in it, so longer text never moves the page. Then 2.25em for the table
 * disclosure. Mirrored in packages/nutgraf/src/nutgraf.css. `touch-action: pan-x pan-y` on
 * the svg: plain wheel and one-finger swipes scroll the page; pinch is ours.
 *
 * Written out in full; the build takes the spare whitespace out (`tidyCss` in rollup.config.js).
 */
export const actorNetworkStyles = css`
  :host {
    container-type: inline-size;
    --_edge-width: var(--nutgraf-network-edge-width, 1.5px);
    --_node-fill: var(--nutgraf-network-node-fill, var(--_bg));
  }
  .root,
  :host > .state {
    box-sizing: border-box;
    height: calc(min(70cqw, 720px) + 230px);
  }
  .root {
    display: grid;
    grid-template-rows: auto minmax(160px, 1fr) auto;
  }
  :host > .state {
    margin-block-end: 2.25em;
  }
  .frame {
    position: relative;
    min-height: 0;
  }
  .frame .state {
    height: 100%;
  }
  .after {
    display: flow-root;
    min-height: 2.25em;
  }
  @container (max-width:479px) {
    .root,
    :host > .state {
      height: calc(130cqw + 350px);
    }
  }
  .frame > svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  svg.chart {
    position: relative;
    touch-action: pan-x pan-y;
    user-select: none;
    -webkit-user-select: none;
  }
  :is(.edge, .tie) {
    transition: opacity 120ms;
  }
  .hull {
    fill: var(--_surface);
    stroke: var(--_rule);
  }
  .line {
    fill: none;
    stroke: currentColor;
    stroke-width: var(--_edge-width);
  }
  .arrow {
    fill: currentColor;
  }
  .hit {
    fill: none;
    stroke: transparent;
    stroke-width: 12px;
    stroke-dasharray: none;
    pointer-events: stroke;
  }
  .current .line {
    stroke-width: calc(var(--_edge-width) * 2.2);
  }
  .negative .line {
    stroke: var(--_fg-muted);
    stroke-width: 1px;
  }
  .tie .line {
    stroke: var(--_neutral);
    stroke-width: calc(var(--_edge-width) * 0.6);
  }
  .current.tie .line {
    stroke-width: var(--_edge-width);
  }
  .negative .arrow {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
    stroke-linecap: round;
    stroke-dasharray: none;
  }
  .node {
    cursor: grab;
    touch-action: none;
    outline: none;
  }
  .shape {
    fill: var(--_node-fill);
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .outside .shape {
    stroke-dasharray: 3 2;
  }
  :is(.kind-organisation, .kind-company) .shape {
    fill: var(--_fg);
  }
  .node:is(.on, :hover) .shape {
    fill: var(--_accent);
    stroke: var(--_fg);
  }
  .ring {
    fill: none;
  }
  .target {
    fill: transparent;
  }
  .node:focus-visible .ring {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .label {
    fill: var(--_fg);
    font-size: var(--_label-size);
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    pointer-events: none;
    direction: ltr;
  }
  .group,
  .number {
    font-weight: 600;
  }
  .label-key {
    margin: 0.25em 0 0;
    font-size: var(--_label-size);
    line-height: 1.3;
  }
  .label-key span {
    white-space: nowrap;
  }
  .badge {
    cursor: pointer;
    outline: none;
  }
  .badge-hit {
    fill: transparent;
  }
  .badge-box {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1px;
  }
  .badge text {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
    pointer-events: none;
    direction: ltr;
  }
  .badge:focus-visible .badge-box {
    stroke: var(--_focus);
    stroke-width: 2.5px;
  }
  .faded :is(.edge, .tie, .node, .hull):not(.on) {
    opacity: var(--_faded);
  }
  .faded .label:not(.on) {
    opacity: var(--_faded-text);
  }
  .zoom {
    position: absolute;
    inset-block-start: 4px;
    inset-inline-end: 4px;
    display: flex;
    gap: 4px;
  }
  :is(.zoom, .authoring) button {
    min-width: 28px;
    min-height: 28px;
    font: inherit;
    line-height: 1;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .authoring {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-start: 0.5em;
  }
  .authoring textarea {
    box-sizing: border-box;
    width: 100%;
    font: 0.8125em monospace;
  }
  .head p {
    margin: 0;
  }
  .title {
    font-weight: 700;
  }
  .head .summary {
    margin-block: 0.15em 0.5em;
    color: var(--_fg-muted);
    font-size: 0.875em;
  }
  .note {
    margin: 0.25em 0 0;
    font-size: 0.8125em;
  }
  .legends {
    display: grid;
    gap: 0.4em;
    margin-block: 0.5em;
  }
  .after .data-table {
    margin: 0;
    padding-top: 0.2em;
  }
  @media (forced-colors: none) {
    .cued .type-marker {
      display: inline;
      fill: currentColor;
      stroke: var(--_bg);
      stroke-width: 1px;
    }
  }
  @media print {
    :host {
      --_fg: #000;
      break-inside: avoid;
    }
    .zoom {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :is(.edge, .tie) {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .line,
    .shape,
    .negative .arrow {
      stroke: CanvasText;
    }
    .arrow {
      fill: CanvasText;
    }
    .shape {
      fill: Canvas;
    }
    .badge-box {
      fill: Canvas;
      stroke: CanvasText;
    }
    .badge text {
      fill: CanvasText;
    }
    .node.on .shape {
      fill: Highlight;
    }
    .label {
      fill: CanvasText;
      stroke: Canvas;
    }
  }
`;
