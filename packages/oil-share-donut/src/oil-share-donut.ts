import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import {
  NutgrafElement,
  ResizeController,
  TooltipController,
  basisWords,
  certaintyWords,
  cssProps,
  entityName,
  formatPercent,
  indexDataset,
  nextIndex,
  quotesFor,
  renderDataTable,
  renderLegend,
  renderSourceNote,
} from '@nutgraf/core';
import type { Dataset, LegendItem, Series, TooltipContent } from '@nutgraf/core';
import { checkSeries, layoutDonut } from './layout.js';
import type { DonutModel, SeriesProblem, SliceModel } from './layout.js';
import { donutStyles } from './oil-share-donut.styles.js';

/**
 * A donut of a part-to-whole series — by default who buys Iran's oil — with its
 * uncertainty shown: approximate values read "around 80%" ("~80%" in labels), the part
 * the source does not specify is a neutral hatched slice, and every slice can show the
 * quote it comes from.
 *
 * @summary Shares of a whole (who buys Iran's oil), with approximate values, the unspecified remainder and sources shown.
 *
 * @fires nutgraf-select - The reader chose a slice (click, tap, Enter or Space); `detail.entity` is its entity id.
 * @fires nutgraf-highlight - The reader hovered or focused a slice (`detail.entity`), or stopped (`null`).
 *
 * @csspart svg - The donut's SVG.
 * @csspart legend - The legend listing every slice and its value.
 * @csspart tooltip - The tooltip with the value, the quote and its source.
 * @csspart caption - The source note naming the article.
 * @csspart table - The data-table disclosure.
 * @csspart state - The loading, empty or error message.
 * @csspart warnings - The note listing dataset problems that did not stop drawing.
 *
 * @cssprop --nutgraf-donut-other - Fill of the grouped "Other (n)" slice.
 * @cssprop --nutgraf-donut-hatch - Colour of the hatch lines on the unspecified remainder.
 * @cssprop --nutgraf-color-neutral - Fill of the unspecified remainder.
 * @cssprop --nutgraf-color-1 - First palette colour (largest share); `--nutgraf-color-2` … `-7` follow.
 * @cssprop --nutgraf-color-text - Text colour.
 * @cssprop --nutgraf-color-background - Background colour.
 * @cssprop --nutgraf-color-focus - Focus ring colour.
 * @cssprop --nutgraf-font-family - Font (inherits from the page by default).
 * @cssprop --nutgraf-label-size - Label size.
 * @cssprop --nutgraf-faded-opacity - Opacity of slices faded behind a highlight.
 */
export class OilShareDonut extends NutgrafElement {
  static override tagName = 'oil-share-donut';

  static override styles = [...NutgrafElement.styles, ...donutStyles];

  static override properties = {
    ...NutgrafElement.properties,
    series: { type: String },
    selected: { state: true },
    hovered: { state: true },
    active: { state: true },
  };

  /** Id of the dataset series to draw. Default: the first series. */
  declare series: string | undefined;
  /** Id of the slice chosen by the reader; the centre names it. */
  declare protected selected: string | null;
  /** Id of the slice under the pointer or focus. */
  declare protected hovered: string | null;
  /** Index of the slice that takes the Tab stop (roving tabindex). */
  declare protected active: number;

  /** The model drawn, recomputed in `willUpdate` when its inputs change. */
  protected model: DonutModel | null = null;
  /** Values that cannot be drawn, each naming its entry. */
  protected problems: SeriesProblem[] = [];
  /** The series drawn. */
  protected current: Series | undefined;

  private readonly tooltip = new TooltipController(this);
  private plot: ResizeController | undefined;
  private plotEl: Element | null = null;
  private reported = '';
  private modelKey = '';
  private modelSeries: Series | undefined;

  constructor() {
    super();
    this.selected = null;
    this.hovered = null;
    this.active = 0;
  }

  protected override emptyReason(dataset: Dataset): string | null {
    return dataset.series.length ? null : 'the dataset has no share series.';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const ds = this.status.kind === 'ready' ? this.dataset_ : undefined;
    if (this.status.kind === 'error' && (changed.has('data') || changed.has('series'))) this.explainInvalid();
    if (!ds) {
      this.model = null;
      this.current = undefined;
      this.modelSeries = undefined;
      if (this.status.kind !== 'error') this.problems = [];
      return;
    }
    const series = this.series ? ds.series.find((s) => s.id === this.series) : ds.series[0];
    if (series !== this.current) {
      this.current = series;
      this.selected = null;
      this.active = 0;
    }
    const { entities } = indexDataset(ds);
    const names: Record<string, string> = {};
    for (const v of series?.values ?? []) {
      const e = v.entity ? entities.get(v.entity) : undefined;
      if (e && v.entity) names[v.entity] = entityName(e, this.locale.lang);
    }
    this.problems = series ? checkSeries(series, names) : [];
    const message = this.problems.map((p) => p.message).join(' ');
    if (message && message !== this.reported) console.error(`nutgraf <${this.localName}>: ${message}`);
    this.reported = message;
    const size = this.plot?.size ?? { width: 0, height: 0 };
    const key = [series?.id, size.width, size.height, this.locale.lang, this.locale.dir, this.selected].join(
      '|',
    );
    if (series === this.modelSeries && key === this.modelKey) return;
    this.modelSeries = series;
    this.modelKey = key;
    this.model =
      series && !this.problems.length
        ? layoutDonut(series, {
            width: size.width,
            height: size.height,
            lang: this.locale.lang,
            rtl: this.locale.dir === 'rtl',
            names,
            selected: this.selected,
          })
        : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const el = this.renderRoot.querySelector('.plot');
    if (el !== this.plotEl) {
      if (this.plot) {
        this.plot.hostDisconnected();
        this.removeController(this.plot);
        this.plot = undefined;
      }
      this.plotEl = el;
      if (el) this.plot = new ResizeController(this, () => el);
    }
  }

  override render(): TemplateResult {
    if (this.status.kind === 'error' && this.problems.length)
      return this.renderState(
        this.status.message,
        this.problems.map((p) => p.message),
      );
    return super.render();
  }

  /**
   * The dataset failed validation (e.g. a value that is NaN or missing): when the failing
   * part is the series drawn, name the entries, not only their paths.
   */
  private explainInvalid(): void {
    this.problems = [];
    const raw = this.data as { series?: unknown; entities?: unknown } | null | undefined;
    if (!raw || typeof raw !== 'object' || !Array.isArray(raw.series)) return;
    const list = raw.series as Series[];
    const series = this.series ? list.find((s) => s && s.id === this.series) : list[0];
    if (!series || typeof series !== 'object' || !Array.isArray(series.values)) return;
    const names: Record<string, string> = {};
    if (Array.isArray(raw.entities))
      for (const e of raw.entities as { id?: unknown; name?: unknown }[])
        if (e && typeof e.id === 'string' && typeof e.name === 'string') names[e.id] = e.name;
    const problems = checkSeries(series, names).filter((p) => p.index >= 0);
    if (!problems.length) return;
    this.problems = problems;
    const message = problems.map((p) => p.message).join(' ');
    console.error(`nutgraf <${this.localName}>: ${message}`);
    this.reported = message;
    this.status = {
      kind: 'error',
      message: `This graphic could not be drawn: ${problems.length === 1 ? 'one share is' : `${problems.length} shares are`} not valid.`,
    };
  }

  protected override renderChart(dataset: Dataset): TemplateResult {
    const series = this.current;
    if (!series)
      return this.renderState(`This graphic could not be drawn: the dataset has no series “${this.series}”.`);
    if (this.problems.length)
      return this.renderState(
        `This graphic could not be drawn: ${this.problems.length === 1 ? 'one share is' : `${this.problems.length} shares are`} not valid.`,
        this.problems.map((p) => p.message),
      );
    const model = this.model;
    const slices = model?.slices ?? [];
    const legend: LegendItem[] = slices.map((s) => ({
      id: s.id,
      label: s.name,
      note: s.valueText,
      color: s.kind === 'missing' ? 'var(--_fg-muted)' : s.color,
      symbol: s.hatch ? 'hatch' : s.kind === 'missing' ? 'line-reported' : 'square',
    }));
    return html`<div class="frame" dir=${this.locale.dir}>
      <div class="head">
        <p class="title" id="title">${series.title}</p>
        <p class="summary" id="summary">${model?.summary ?? ''}</p>
      </div>
      <div class="figure">
        <div class="plot">${model && model.radius > 0 ? this.renderSvg(model, series) : nothing}</div>
        <div class="key">${renderLegend(legend, { label: `Key: ${series.title}` })}</div>
      </div>
      ${
        model?.notes.length
          ? html`<div class="warnings" role="note">${model.notes.map((n) => html`<p>${n}</p>`)}</div>`
          : nothing
      }
      ${this.renderWarnings()} ${renderSourceNote(dataset)}
      ${renderDataTable(this.table(dataset, series, model))} ${this.tooltip.render()}
    </div>`;
  }

  private renderState(message: string, details: string[] = []): TemplateResult {
    return html`<div class="state" part="state" data-kind="error" role="alert">
      <div>
        <p>${message}</p>
        ${
          details.length
            ? html`<ul class="errors">
                ${details.map((d) => html`<li>${d}</li>`)}
              </ul>`
            : nothing
        }
      </div>
    </div>`;
  }

  private renderSvg(model: DonutModel, series: Series): TemplateResult {
    const lit = this.hovered ?? (this.noLink ? null : this.linkedId(model));
    const active = Math.min(this.active, model.slices.length - 1);
    const ring = model.slices[active];
    const on = (s: SliceModel) => s.id === lit;
    return html`<svg
      part="svg"
      role="group"
      aria-labelledby="title"
      aria-describedby="summary"
      width=${model.width}
      height=${model.height}
      viewBox="0 0 ${model.width} ${model.height}"
      class=${lit ? 'dim' : ''}
    >
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="hatch-bg" width="6" height="6"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g transform="translate(${model.cx} ${model.cy})">
        <g
          class="slices"
          @pointerover=${this.onPointerOver}
          @pointerleave=${this.onPointerLeave}
          @focusin=${this.onFocusIn}
          @focusout=${this.onFocusOut}
          @click=${this.onClick}
          @keydown=${this.onKeyDown}
        >
          ${model.slices.map(
            (s, i) =>
              svg`<path
              class=${classMap({
                slice: true,
                [s.kind]: true,
                hatch: s.hatch,
                [`certainty-${s.certainty}`]: s.kind !== 'missing',
                on: on(s),
                selected: s.id === this.selected,
              })}
              ${cssProps({ fill: s.hatch || s.kind === 'missing' ? null : s.color })}
              d=${s.path}
              data-id=${s.id}
              data-index=${i}
              role="button"
              tabindex=${i === active ? '0' : '-1'}
              aria-label=${s.accessibleName}
              aria-pressed=${s.id === this.selected ? 'true' : 'false'}
            ></path>`,
          )}
        </g>
        ${ring ? svg`<path class="ring" d=${ring.path}></path>` : nothing}
      </g>
      <g aria-hidden="true">
        ${model.slices.map((s) =>
          s.label.mode === 'outside'
            ? svg`<path class=${classMap({ leader: true, on: on(s) })} d=${s.label.leader}></path>
                <text class=${classMap({ label: true, on: on(s) })} x=${s.label.x} y=${s.label.y} dy="0.35em"
                  text-anchor=${s.label.anchor}>${`${s.name} `}<tspan class="v">${s.valueText}</tspan></text>`
            : s.label.mode === 'inside'
              ? svg`<text class=${classMap({ label: true, on: on(s) })} x=${s.label.x} y=${s.label.y} text-anchor="middle">
                  <tspan x=${s.label.x} dy="-0.2em">${s.name}</tspan><tspan class="v" x=${s.label.x} dy="1.2em">${s.valueText}</tspan></text>`
              : nothing,
        )}
        ${
          model.centre
            ? svg`<text class="centre" x=${model.cx} y=${model.cy} text-anchor="middle">
              <tspan class="v" x=${model.cx} dy="0.1em" font-size=${model.centre.valueSize}>${model.centre.value}</tspan>
              <tspan class="n" x=${model.cx} dy=${model.centre.nameSize * 1.35} font-size=${model.centre.nameSize}>${model.centre.name}</tspan>
            </text>`
            : nothing
        }
      </g>
      <desc>${series.measure}</desc>
    </svg>`;
  }

  /** The slice whose entity another embed highlights, if this donut shows it. */
  private linkedId(model: DonutModel): string | null {
    if (!this.linkedEntity) return null;
    return model.slices.find((s) => s.entity === this.linkedEntity)?.id ?? null;
  }

  private table(dataset: Dataset, series: Series, model: DonutModel | null) {
    const { entities, evidence } = indexDataset(dataset);
    const lang = this.locale.lang;
    const source = (ids: string[], basis: SliceModel['basis']) => {
      const sentences = ids.map((id) => evidence.get(id)?.sentence).filter((n) => n !== undefined);
      const where = sentences.length ? `, sentence ${sentences.map((n) => n + 1).join(', ')}` : '';
      return basis === 'article'
        ? `Article${where}`
        : `${basisWords(basis)}${where ? ` (from${where.slice(1)})` : ''}`;
    };
    const rows = series.values.map((v) => {
      const e = v.entity ? entities.get(v.entity) : undefined;
      return [
        e && !v.remainder ? entityName(e, lang) : v.label,
        formatPercent((v.value / series.total) * 100, lang, v.approximate, true),
        certaintyWords(v.certainty),
        source(v.evidence, v.basis),
      ];
    });
    const missing = model?.slices.find((s) => s.kind === 'missing');
    if (missing) rows.push([missing.name, missing.valueWords, '—', 'computed']);
    return {
      caption: `${series.title}: share of ${series.measure}`,
      columns: ['Part', 'Share', 'Certainty', 'Source'],
      rows,
    };
  }

  private tooltipFor(slice: SliceModel): TooltipContent {
    const ds = this.dataset_!;
    const measure = this.current!.measure;
    const lines = [`${slice.valueWords} of ${measure}`];
    if (slice.kind === 'remainder')
      lines.push(
        'Computed: the whole minus the shares the source gives. The source does not say who buys it.',
      );
    if (slice.kind === 'other')
      lines.push(
        `Grouped: ${slice.members.map((m) => `${m.name} ${formatPercent(m.value, this.locale.lang, m.approximate)}`).join(', ')}`,
      );
    if (slice.kind === 'missing')
      lines.push('The shares given do not add up to the whole; nothing in the data covers this part.');
    else if (slice.kind !== 'remainder') lines.push(`Certainty: ${certaintyWords(slice.certainty)}`);
    return {
      title: slice.name,
      lines,
      quotes: quotesFor(ds, slice),
      source: ds.source.name,
    };
  }

  private sliceOf(event: Event): { slice: SliceModel; el: Element; index: number } | null {
    const el = event.composedPath().find((n) => n instanceof Element && n.classList.contains('slice')) as
      Element | undefined;
    const index = Number(el?.getAttribute('data-index'));
    const slice = this.model?.slices[index];
    return el && slice ? { slice, el, index } : null;
  }

  private enter(slice: SliceModel, el: Element): void {
    if (this.hovered !== slice.id) {
      this.hovered = slice.id;
      this.emitHighlight(slice.entity);
    }
    this.tooltip.show(el, this.tooltipFor(slice));
  }

  private leave(): void {
    if (this.hovered === null) return;
    this.hovered = null;
    this.tooltip.hide();
    this.emitHighlight(null);
  }

  private onPointerOver = (event: PointerEvent): void => {
    const hit = this.sliceOf(event);
    if (hit) this.enter(hit.slice, hit.el);
  };

  private onPointerLeave = (): void => {
    if (!this.renderRoot.querySelector('.slice:focus')) this.leave();
  };

  private onFocusIn = (event: FocusEvent): void => {
    const hit = this.sliceOf(event);
    if (!hit) return;
    this.active = hit.index;
    this.enter(hit.slice, hit.el);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (next instanceof Element && next.classList.contains('slice')) return;
    this.leave();
  };

  private onClick = (event: MouseEvent): void => {
    const hit = this.sliceOf(event);
    if (hit) this.choose(hit.slice, hit.index);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const hit = this.sliceOf(event);
    if (!hit || !this.model) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(hit.slice, hit.index);
      return;
    }
    const next = nextIndex(event.key, hit.index, this.model.slices.length, {
      rtl: this.locale.dir === 'rtl',
    });
    if (next === null) return;
    event.preventDefault();
    this.active = next;
    this.updateComplete.then(() => {
      (this.renderRoot.querySelector(`.slice[data-index="${next}"]`) as SVGElement | null)?.focus();
    });
  };

  private choose(slice: SliceModel, index: number): void {
    this.active = index;
    this.selected = this.selected === slice.id ? null : slice.id;
    this.emitSelect(slice.entity);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'oil-share-donut': OilShareDonut;
  }
}
