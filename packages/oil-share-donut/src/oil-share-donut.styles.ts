import { css } from 'lit';

/** Styles of `<oil-share-donut>`: the reserved box, the plot, slices, labels and legend placement. */
export const donutStyles = css`
  :host {
    --_other: var(--nutgraf-donut-other, color-mix(in srgb, var(--_fg-muted) 55%, var(--_bg)));
    --_hatch-line: var(--nutgraf-donut-hatch, var(--_bg));
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
    height: 100%;
    container-type: inline-size;
  }
  .head {
    margin: 0 0 0.25em;
  }
  .title {
    margin: 0;
    font-weight: 700;
    font-size: 1.0714em;
  }
  .summary {
    margin: 0;
    color: var(--_fg-muted);
    font-size: 0.9286em;
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
  .plot svg {
    position: absolute;
    inset: 0;
    overflow: visible;
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
    .key .legend {
      flex-direction: column;
    }
  }
  .slice {
    stroke: var(--_border);
    stroke-width: 1;
    cursor: pointer;
    outline: none;
    transition: opacity 150ms ease-out;
  }
  .slice.hatch {
    fill: url(#hatch);
  }
  .slice.missing {
    fill: transparent;
    stroke: var(--_fg-muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .slice.certainty-reported,
  .slice.certainty-predicted,
  .slice.certainty-hypothetical,
  .slice.certainty-opinion {
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .hatch-bg {
    fill: var(--_neutral);
  }
  .hatch-line {
    stroke: var(--_hatch-line);
    stroke-width: 1.6;
  }
  .dim .slice:not(.on),
  .dim .label:not(.on),
  .dim .leader:not(.on) {
    opacity: var(--_faded);
  }
  .slice.selected {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 3;
    pointer-events: none;
    display: none;
  }
  .slices:has(.slice:focus-visible) ~ .ring {
    display: inline;
  }
  .label,
  .centre {
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-size: var(--_label-size);
    pointer-events: none;
  }
  .label .v,
  .centre .v {
    font-weight: 700;
  }
  .centre {
    stroke: none;
  }
  .centre .n {
    fill: var(--_fg-muted);
  }
  .leader {
    fill: none;
    stroke: var(--_fg-muted);
    stroke-width: 1;
  }
  .notes {
    margin: 0.25em 0 0;
    padding: 0.25em 0.5em;
    font-size: 0.8571em;
    border-inline-start: 3px solid var(--_c5);
    background: var(--_surface);
  }
  .notes p {
    margin: 0;
  }
  .legend-note {
    font-variant-numeric: tabular-nums;
  }
  .errors {
    margin: 0.5em 0 0;
    padding-inline-start: 1.25em;
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
    transform-box: view-box;
    transform-origin: 50% 50%;
  }
  @media (prefers-reduced-motion: reduce) {
    .slices {
      animation: none;
    }
    .slice {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .slice {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1.5;
    }
    .hatch-bg {
      fill: Canvas;
    }
    .hatch-line {
      stroke: CanvasText;
    }
    .slice.hatch {
      fill: url(#hatch);
    }
    .slice.on,
    .slice.selected {
      fill: Highlight;
    }
    .label,
    .centre,
    .centre .n {
      fill: CanvasText;
      stroke: Canvas;
    }
    .ring {
      stroke: Highlight;
    }
    .leader {
      stroke: CanvasText;
    }
  }
`;
