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
  /* A story with few places: a lower map. */
  .root.compact {
    --_map-ratio: calc(var(--nutgraf-map-aspect-ratio, 2) * 1.5);
    --_map-ratio-narrow: calc(var(--nutgraf-map-aspect-ratio-narrow, 1) * 1.6);
  }
  /* A story with nothing to place: a short note, as tall as its text. */
  .root.none {
    height: auto;
    grid-template-rows: none;
  }
  .root.none .state {
    height: auto;
    margin: 0.25em 0;
    padding: 0.5em 0.75em;
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
  .label-key {
    position: absolute;
    inset-inline-start: 0;
    bottom: 0;
    max-width: 100%;
    margin: 0;
    padding: 2px 6px;
    font-size: var(--_label-size);
    background: color-mix(in srgb, var(--_bg) 88%, transparent);
    border-start-end-radius: var(--_radius);
    pointer-events: none;
  }
  .undrawn,
  .note {
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
  /* The outline of a member (or a story country): 3:1 against the land and the sea around it,
     where the fill alone is lighter (WCAG 1.4.11). */
  .frame > svg {
    --_mark-edge: color-mix(in srgb, var(--fill) 60%, var(--_fg));
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
  /* Members of the grouping shown: full members filled, members known from outside the
     source lighter, partial ones (invited, frozen, former, not asserted) hatched and outlined. */
  .country,
  .full .dot {
    fill: color-mix(in srgb, var(--fill) 80%, var(--_bg));
  }
  .country.outside,
  .outside .dot {
    fill: color-mix(in srgb, var(--fill) 40%, var(--_bg));
  }
  .country {
    cursor: pointer;
    outline: none;
    stroke: var(--_mark-edge);
    stroke-width: 0.75px;
  }
  .country.neutral,
  .country.partial {
    fill: color-mix(in srgb, var(--_land) 70%, var(--_fg-muted));
  }
  .country.neutral {
    stroke: var(--_fg-muted);
  }
  .country.partial {
    stroke-width: 1.2px;
  }
  .hatch {
    pointer-events: none;
    stroke: none;
  }
  .hatch-line {
    stroke: var(--fill);
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
    fill: var(--_fg-muted);
    stroke: var(--_bg);
    stroke-width: 1.5px;
  }
  :is(.full, .outside) .dot {
    stroke: var(--_mark-edge);
    stroke-width: 1px;
  }
  .partial .dot {
    fill: var(--_bg);
    stroke: var(--_mark-edge);
    stroke-width: 2px;
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
  /* A claim that did not happen: a thin neutral line crossed by an × in its type's colour,
     no arrowhead. */
  .negative .arc-line {
    stroke: var(--_fg-muted);
    stroke-width: 1.25px;
  }
  .arc-cross {
    fill: none;
    stroke: var(--arc);
    stroke-width: 2.5px;
    stroke-linecap: round;
  }
  .styles path {
    fill: none;
    stroke: currentColor;
    stroke-width: 2px;
  }
  .styles .negative {
    stroke-width: 1.5px;
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
  .highlighting .arc:not(.on) {
    opacity: var(--_faded);
  }
  .highlighting .label:not(.on) {
    opacity: var(--_faded-text);
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
  /* Printed: black text, on one page, and no controls (the legend says what the map is
     coloured by). */
  @media print {
    :host {
      --_fg: #000;
      break-inside: avoid;
    }
    .toolbar label,
    .zoom {
      display: none;
    }
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
    /* Members filled with their (system) colour, as their legend key; the rest Canvas. */
    .country,
    .full .dot {
      fill: var(--fill);
    }
    .country:is(.neutral, .partial) {
      fill: Canvas;
    }
    .land,
    .country:is(.neutral, .partial) {
      stroke: CanvasText;
    }
    .country:not(.neutral, .partial) {
      stroke: Canvas;
    }
    .label text {
      fill: CanvasText;
      stroke: Canvas;
    }
    .arc-line,
    .arc-cross,
    .hatch-line {
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
