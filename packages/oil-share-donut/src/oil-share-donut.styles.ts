import { css } from 'lit';

/** Styles of `<oil-share-donut>`: the reserved box, the plot, slices, labels and legend placement. */
export const donutStyles = css`
  :host {
    --_other: var(--nutgraf-donut-other, color-mix(in srgb, var(--_fg-muted) 55%, var(--_bg)));
    /* Reserved before data arrives: loading, error and ready states share this box. */
    width: 100%;
    aspect-ratio: 4 / 5;
    min-height: 360px;
    max-height: 520px;
    min-width: 200px;
  }
  .frame {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    height: 100%;
    padding: 8px;
    container-type: inline-size;
  }
  .head p,
  .warnings p {
    margin: 0;
  }
  .title {
    font-weight: 700;
  }
  .summary {
    color: var(--_fg-muted);
    font-size: 0.93em;
  }
  .figure {
    flex: 1 1 0;
    min-height: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .plot {
    position: relative;
    flex: 1 1 0;
    min-height: 140px;
  }
  .key {
    flex: none;
  }
  @container (min-width: 560px) {
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
    inset: 0;
    overflow: visible;
  }
  .slice {
    stroke: var(--_border);
    cursor: pointer;
    outline: none;
    transition: opacity 150ms;
  }
  .hatch {
    fill: url(#hatch);
  }
  .missing {
    fill: transparent;
    stroke: var(--_fg-muted);
    stroke-dasharray: 4 3;
  }
  .slice:not(.certainty-asserted) {
    stroke-width: 1.5;
  }
  .slice:not(.certainty-asserted, .missing),
  .selected {
    stroke: var(--_fg);
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
  .dim :is(.slice, .label, .leader):not(.on) {
    opacity: var(--_faded);
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    display: none;
    pointer-events: none;
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
    /* A crisp halo: whole pixels, mitred, so it stays sharp at 1×. */
    stroke: var(--_bg);
    stroke-width: 4px;
    stroke-linejoin: miter;
    stroke-miterlimit: 2;
    paint-order: stroke;
  }
  .v {
    font-weight: 700;
  }
  .n {
    fill: var(--_fg-muted);
  }
  .leader {
    fill: none;
    stroke: var(--_fg-muted);
  }
  .state ul {
    margin: 0.5em 0 0;
    text-align: start;
  }
  @keyframes enter {
    from {
      opacity: 0;
      transform: scale(0.92);
    }
  }
  .slices {
    animation: enter 240ms ease-out;
    transform-origin: 50% 50%;
    transform-box: view-box;
  }
  @media (prefers-reduced-motion: reduce) {
    .slices,
    .slice {
      animation: none;
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .slice:not(.hatch) {
      fill: Canvas;
    }
    .slice,
    pattern line,
    .leader {
      stroke: CanvasText;
    }
    pattern rect {
      fill: Canvas;
    }
    .slice:is(.on, .selected) {
      fill: Highlight;
    }
    .label,
    .centre,
    .n {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: Highlight;
    }
  }
`;
