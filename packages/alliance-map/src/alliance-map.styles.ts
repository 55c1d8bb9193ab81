import { css } from 'lit';

export const allianceMapStyles = css`
  :host {
    container-type: inline-size;
    --_map-ratio: var(--nutgraf-map-aspect-ratio, 2);
    --_map-ratio-narrow: var(--nutgraf-map-aspect-ratio-narrow, 1);
    --_arc-width: var(--nutgraf-arc-width, 2px);
  }
  /* The size of the whole block (title, summary, toolbar, map, legend and notes) is reserved
     from the width alone, the same in every state: 100cqw / ratio for the map plus a fixed
     allowance for the rest (240 px; 340 px at 560 px and below, where text wraps more and the
     map is nearly square so a phone gets a usable map). The map takes what the text leaves.
     Below it, 2.25em for the data-table disclosure. Mirrored in packages/nutgraf/src/nutgraf.css. */
  .root,
  :host > .state {
    box-sizing: border-box;
    height: max(320px, calc(100cqw / var(--_map-ratio) + 240px));
  }
  :host > .state {
    margin-block-end: 2.25em;
  }
  @container (max-width: 560px) {
    .root,
    :host > .state {
      height: max(320px, calc(100cqw / var(--_map-ratio-narrow) + 340px));
    }
    .root {
      --_label-size: var(--nutgraf-label-size, 11px);
    }
    .keys .legend {
      gap: 4px 6px;
    }
  }
  .root {
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr) auto auto;
    gap: 4px;
  }
  .head p {
    margin: 0;
  }
  .title {
    font-weight: 700;
  }
  .summary {
    color: var(--_fg-muted);
    font-size: 0.875em;
  }
  .undrawn {
    margin: 0.25em 0 0;
    color: var(--_fg-muted);
    font-size: var(--_label-size);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 8px;
    min-height: 32px;
    font-size: var(--_label-size);
  }
  .toolbar label {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  select,
  .zoom button {
    font: inherit;
    min-height: 28px;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
  }
  .zoom {
    display: inline-flex;
    gap: 4px;
  }
  .zoom button {
    min-width: 28px;
    cursor: pointer;
  }
  .frame {
    position: relative;
    min-height: 0;
    overflow: hidden;
    touch-action: pan-x pan-y;
    border-radius: var(--_radius);
  }
  .frame.dragging {
    cursor: grabbing;
  }
  .frame > svg {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    direction: ltr;
    user-select: none;
  }
  .frame .state {
    aspect-ratio: auto;
    min-height: 0;
    height: 100%;
  }
  .sphere {
    fill: var(--_surface);
    stroke: none;
  }
  .land,
  .country {
    fill: var(--_land);
    stroke: var(--_border);
    stroke-width: 0.6px;
    vector-effect: non-scaling-stroke;
    stroke-linejoin: round;
  }
  .country {
    fill: color-mix(in srgb, var(--fill, var(--_land)) 80%, var(--_bg));
    cursor: pointer;
    outline: none;
  }
  .country.neutral {
    fill: color-mix(in srgb, var(--_land) 70%, var(--_fg-muted));
  }
  .hatch {
    pointer-events: none;
    stroke: none;
  }
  .hatch-line {
    stroke: var(--hatch);
  }
  .country:focus-visible,
  .mark.on .country {
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .country:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .dot {
    fill: var(--fill, var(--_fg-muted));
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  .hit {
    fill: transparent;
    stroke: none;
  }
  .point {
    cursor: pointer;
    outline: none;
  }
  .point:focus-visible .dot {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .arc {
    cursor: pointer;
    outline: none;
  }
  .arc-halo {
    fill: none;
    stroke: var(--_bg);
    stroke-opacity: 0.7;
    stroke-width: calc(var(--_arc-width) + 3px);
    stroke-linecap: round;
  }
  .arc-hit {
    fill: none;
    stroke: transparent;
    stroke-width: 14px;
  }
  .arc-line {
    fill: none;
    stroke: var(--arc);
    stroke-width: var(--_arc-width);
    stroke-linecap: round;
  }
  .arc-head {
    fill: var(--arc);
    stroke: var(--_bg);
    stroke-width: 1px;
  }
  .arc[data-certainty='hypothetical'] .arc-head,
  .arc[data-certainty='predicted'] .arc-head,
  .arc[data-certainty='opinion'] .arc-head {
    opacity: 0.6;
  }
  .arc:focus-visible .arc-halo {
    stroke: var(--_focus);
    stroke-opacity: 1;
    stroke-width: calc(var(--_arc-width) + 5px);
  }
  .mark,
  .arc,
  .label {
    transition: opacity 150ms ease-out;
  }
  .highlighting .mark:not(.on),
  .highlighting .arc:not(.on),
  .highlighting .label:not(.on) {
    opacity: var(--_faded);
  }
  .label text {
    font-size: var(--_label-px, 12px);
    fill: var(--_fg);
    stroke: var(--_bg);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    pointer-events: none;
  }
  .label.actor text {
    font-weight: 600;
  }
  .label.edge text {
    fill: var(--_fg-muted);
    font-style: italic;
  }
  .leader {
    stroke: var(--_fg-muted);
    stroke-width: 1px;
  }
  .keys {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  .keys .legend {
    align-items: center;
  }
  .keys-title {
    font-size: var(--_label-size);
    color: var(--_fg-muted);
    margin-inline-end: 0.25em;
  }
  .notes > * {
    margin-block: 0;
  }
  .after {
    min-height: 2.25em;
  }
  .after .data-table {
    margin: 0;
    padding-top: 0.2em;
  }
  @media (prefers-reduced-motion: reduce) {
    .mark,
    .arc,
    .label {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    svg {
      forced-color-adjust: none;
    }
    .sphere {
      fill: Canvas;
    }
    .land,
    .country {
      stroke: CanvasText;
    }
    .label text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .arc-line {
      stroke: CanvasText;
    }
    .arc-head {
      fill: CanvasText;
    }
    .country:focus-visible,
    .arc:focus-visible .arc-halo,
    .point:focus-visible .dot {
      stroke: Highlight;
    }
  }
`;
