import { css, html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { cssProps } from './css-props.js';
import { onToolbarKey } from './roving-focus.js';

/** How a legend item draws its key. Line symbols show certainty styles. */
export type LegendSymbol =
  | 'square'
  | 'circle'
  | 'triangle'
  | 'diamond'
  | 'hatch'
  | 'line-asserted'
  | 'line-reported'
  | 'line-hypothetical';

/** One legend entry. */
export interface LegendItem {
  id: string;
  label: string;
  /** Any CSS colour, including `var(--_c1)`. */
  color?: string;
  symbol?: LegendSymbol;
  /** For toggle legends: whether the item is shown. Default true. */
  active?: boolean;
  /** Extra words after the label (counts, "†"). */
  note?: string;
  /**
   * Path data of a shape centred on (0, 0), drawn on the middle of the key (14 × 14 units) in forced colours only, where it
   * tells apart what colour no longer does: a relation type's marker (see `typeMarker`).
   */
  marker?: string;
}

function symbolShape(symbol: LegendSymbol): SVGTemplateResult {
  switch (symbol) {
    case 'circle':
      return svg`<circle cx="7" cy="7" r="5.5" fill="currentColor" />`;
    case 'triangle':
      return svg`<path d="M7 1.5 L12.5 12 H1.5 Z" fill="currentColor" />`;
    case 'diamond':
      return svg`<path d="M7 1 L13 7 L7 13 L1 7 Z" fill="currentColor" />`;
    case 'hatch':
      return svg`<rect x="1" y="1" width="12" height="12" fill="none" stroke="currentColor" />
        <path d="M1 9 L5 13 M1 5 L9 13 M1 1 L13 13 M5 1 L13 9 M9 1 L13 5" stroke="currentColor" stroke-width="1.2" />`;
    case 'line-asserted':
    case 'line-reported':
    case 'line-hypothetical':
      return svg`<path class="certainty-${symbol.slice(5)}" d="M0 7 H14" stroke="currentColor" stroke-width="2" fill="none" />`;
    default:
      return svg`<rect x="1" y="1" width="12" height="12" rx="2" fill="currentColor" />`;
  }
}

/** The disclosure button's click: flips its own `aria-expanded` (the state lives in the DOM). */
function flip(e: Event): void {
  const b = e.currentTarget as Element;
  b.ariaExpanded = `${b.ariaExpanded != 'true'}`;
}

/**
 * A legend. Each item carries its id as `data-key`. With `onToggle`, it is a toolbar of toggle
 * buttons (`aria-pressed`) that show or hide what they stand for, one Tab stop with arrow keys
 * between the buttons; otherwise a plain list. With `more` and over eight items, in a container
 * under 480 px the legend folds behind a disclosure button named `more` (`aria-expanded`),
 * closed at first, so the graphic keeps its room; wider, the button is hidden and the legend shown.
 */
export function renderLegend(
  items: LegendItem[],
  options: { label: string; onToggle?: (id: string) => void; more?: string },
): TemplateResult {
  const { label, onToggle, more } = options;
  const fold =
    more && items.length > 8
      ? html`<button type="button" class="legend-more" aria-expanded="false" @click=${flip}>${more}</button>`
      : nothing;
  const key = (item: LegendItem) =>
    html`<svg
        class="legend-key"
        viewBox="0 0 14 14"
        width="14"
        height="14"
        aria-hidden="true"
        ${cssProps({ color: item.color ?? 'currentColor' })}
      >
        ${symbolShape(item.symbol ?? 'square')}${
          item.marker
            ? svg`<path class="type-marker" d=${item.marker} transform="translate(7 7)" />`
            : nothing
        }</svg
      ><span class="legend-label">${item.label}</span>${
        item.note ? html`<span class="legend-note"> ${item.note}</span>` : nothing
      }`;
  const list = html`<ul
    class="legend"
    part="legend"
    aria-label=${label}
    role=${onToggle ? 'toolbar' : nothing}
    @keydown=${onToggle ? onToolbarKey : nothing}
  >
    ${items.map((item, i) =>
      onToggle
        ? html`<li role="none">
            <button
              type="button"
              class="legend-item"
              tabindex=${i === 0 ? 0 : -1}
              data-key=${item.id}
              aria-pressed=${item.active === false ? 'false' : 'true'}
              @click=${() => onToggle(item.id)}
            >
              ${key(item)}
            </button>
          </li>`
        : html`<li class="legend-item" data-key=${item.id}>${key(item)}</li>`,
    )}
  </ul>`;
  return html`${fold}${list}`;
}

export const legendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: var(--_label-size);
  }
  .legend-item,
  .legend-more {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 24px;
    padding: 0 0.25em;
    font: inherit;
    color: var(--_fg);
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  button.legend-item,
  .legend-more {
    cursor: pointer;
    border-color: var(--_rule);
  }
  button.legend-item[aria-pressed='false'] {
    color: var(--_fg-muted);
    text-decoration: line-through;
  }
  button.legend-item[aria-pressed='false'] .legend-key {
    opacity: 0.35;
  }
  .legend-key {
    flex: none;
  }
  .legend-more {
    display: none;
    justify-self: start;
    font-size: var(--_label-size);
  }
  .legend-more::after {
    content: '▾';
  }
  [aria-expanded='true']::after {
    content: '▴';
  }
  @container (max-width: 479px) {
    .legend-more {
      display: inline-flex;
    }
    .legend-more[aria-expanded='false'] + .legend {
      display: none;
    }
  }
  .legend-note {
    color: var(--_fg-muted);
  }
  /* A relation type's shape, on its lines and its key: in forced colours only (see type-marker.ts). */
  .type-marker {
    display: none;
  }
  /* Keys keep their colours, which the theme turns into the same system colours as the marks. */
  @media (forced-colors: active) {
    .legend-key {
      forced-color-adjust: none;
    }
    .type-marker {
      display: inline;
      fill: CanvasText;
      stroke: Canvas;
      stroke-width: 1px;
    }
  }
`;
