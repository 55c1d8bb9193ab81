import { css } from 'lit';

/**
 * Styles of `<share-donut>`: the reserved box, the plot, slices, labels and legend placement.
 * - The chart's box is 5 / 4 of the element's width, between 360 and 520 px, in every state
 *   (loading, error, ready); a chart whose words need more room (a dek, a share inside a
 *   share, notes) grows below it rather than squeezing the ring. Below it, 2.25em for the
 *   data-table disclosure, which opens downwards and grows the element. Mirrored in
 *   packages/nutgraf/src/nutgraf.css.
 * - `.label` has a crisp halo: whole pixels, mitred (limit 2), so it stays sharp at 1×.
 * - The entry animation scales `.slices` about the ring's centre (its group's origin).
 *
 * Written out in full; the build takes the spare whitespace out (`tidyCss` in rollup.config.js).
 */
export const donutStyles = css`
  :host {
    --_other: var(--nutgraf-donut-other, color-mix(in srgb, var(--_fg-muted) 75%, var(--_bg)));
    container-type: inline-size;
    min-width: 200px;
  }
  .frame {
    min-height: clamp(360px, 125cqw, 520px);
  }
  :host > .state {
    box-sizing: border-box;
    height: clamp(360px, 125cqw, 520px);
    margin-block-end: 2.25em;
  }
  .after {
    display: flow-root;
    padding-inline: 8px;
    min-height: 2.25em;
  }
  .frame {
    display: flex;
    flex-direction: column;
    padding: 8px;
    container-type: inline-size;
  }
  .frame > p {
    margin: 0;
  }
  .title,
  .v {
    font-weight: 700;
  }
  .summary,
  .within {
    color: var(--_fg-muted);
    font-size: 0.93em;
  }
  .within {
    color: var(--_fg);
  }
  .notes {
    margin-top: 0.25em;
    padding-inline-start: 0.5em;
    border-inline-start: 3px solid var(--_rule);
    font-size: 0.85em;
  }
  .notes p {
    margin: 0 0 0.25em;
  }
  .figure {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .plot {
    position: relative;
    flex: 1 1 0;
    min-height: clamp(140px, 62cqw, 300px);
  }
  @container (min-width:560px) {
    .figure {
      flex-direction: row;
      align-items: center;
      justify-content: center;
      gap: 1.5em;
    }
    .plot {
      align-self: stretch;
      flex: 0 1 620px;
    }
    .key {
      flex: 0 1 16em;
    }
    .legend {
      flex-direction: column;
    }
  }
  .plot svg {
    position: absolute;
    overflow: visible;
  }
  .slice {
    fill: var(--c);
    stroke: var(--_border);
    cursor: pointer;
    outline: none;
  }
  .hatch {
    fill: url(#hatch);
  }
  .slice:not(.certainty-asserted),
  .selected {
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .selected {
    stroke-width: 2;
  }
  pattern rect {
    fill: var(--_neutral);
  }
  pattern line {
    stroke: var(--nutgraf-donut-hatch, var(--_bg));
    stroke-width: 1.6;
  }
  .dim :is(.slice, .leader):not(.on) {
    opacity: var(--_faded);
  }
  .dim .label:not(.on) {
    opacity: var(--_faded-text);
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    display: none;
  }
  .slices:has(:focus-visible) ~ .ring {
    display: inline;
  }
  text {
    fill: var(--_fg);
    font-size: var(--_label-size);
    pointer-events: none;
  }
  .label {
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-miterlimit: 2;
    paint-order: stroke;
  }
  .n {
    fill: var(--_fg-muted);
  }
  .legend-note {
    white-space: nowrap;
  }
  .leader {
    fill: none;
    stroke: var(--_fg-muted);
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: scale(0.92);
    }
  }
  .slices {
    animation: enter 0.24s ease-out;
  }
  @media (prefers-reduced-motion: reduce), print {
    .slices {
      animation: none;
    }
  }
  @media print {
    :host {
      --_fg: #000;
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .slices .slice {
      stroke: Canvas;
      stroke-width: 2;
    }
    .leader {
      stroke: CanvasText;
    }
    .slice:is(.on, .selected) {
      fill: Highlight;
    }
    text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
