import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
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
import type { Dataset, Series } from '@nutgraf/core';
import { checkSeries, layoutDonut, nameOf } from './layout.js';
import type { DonutModel, SliceModel } from './layout.js';
import { donutStyles } from './oil-share-donut.styles.js';

/**
 * A donut of a part-to-whole series — by default who buys Iran's oil — with its
 * uncertainty shown: approximate values read "around 80%" ("~80%" in labels), the part
 * the source does not specify is a neutral hatched slice, and every slice can show the
 * quote it comes from.
 *
 * @tag oil-share-donut
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

  static override styles = [...NutgrafElement.styles, donutStyles];

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

  /** The model drawn, recomputed in `willUpdate`. */
  protected model: DonutModel | null = null;
  /** The series drawn. */
  protected current: Series | undefined;
  /** Why the series cannot be drawn, naming the entries at fault. */
  protected failure = '';

  readonly #tooltip = new TooltipController(this);
  #plot: ResizeController | undefined;
  #plotEl: Element | null = null;
  #names: Record<string, string> = {};

  constructor() {
    super();
    this.selected = this.hovered = null;
    this.active = 0;
  }

  protected override emptyReason(dataset: Dataset): string | null {
    return dataset.series.length ? null : 'the dataset has no share series.';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Values that are missing or not numbers fail validation in core, whose error names
    // their path; what validation lets through but cannot be drawn is checked here.
    const ds = this.status.kind == 'ready' ? this.dataset_ : undefined;
    const list = ds?.series ?? [];
    const series = this.series ? list.find((s) => s.id == this.series) : list[0];
    if (series != this.current) {
      this.current = series;
      this.selected = null;
      this.active = 0;
    }
    const names: Record<string, string> = (this.#names = {});
    for (const e of ds?.entities ?? []) names[e.id] = entityName(e, this.locale.lang);
    const problems = series ? checkSeries(series, names) : [];
    const failure = problems.length
      ? problems.map((p) => p.message).join(' ')
      : ds && !series
        ? `the dataset has no series “${this.series}”.`
        : '';
    if (failure && failure != this.failure) console.error(`nutgraf <${this.localName}>: ${failure}`);
    this.failure = failure;
    const { width, height } = this.#plot?.size ?? { width: 0, height: 0 };
    this.model =
      ds && series && !failure
        ? layoutDonut(series, {
            width,
            height,
            lang: this.locale.lang,
            rtl: this.locale.dir == 'rtl',
            names,
            selected: this.selected,
          })
        : null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // The donut fills the plot box, whose size the legend beside or below decides: observe it.
    const el = this.renderRoot.querySelector('.plot');
    if (el == this.#plotEl) return;
    this.#plotEl = el;
    if (this.#plot) {
      this.#plot.hostDisconnected();
      this.removeController(this.#plot);
    }
    this.#plot = el ? new ResizeController(this, () => el) : undefined;
  }

  override render(): TemplateResult {
    return this.failure
      ? html`<div class="state" part="state" data-kind="error" role="alert">
          <p>This graphic could not be drawn: ${this.failure}</p>
        </div>`
      : super.render();
  }

  protected override renderChart(dataset: Dataset): TemplateResult {
    const series = this.current!;
    const model = this.model;
    const slices = model?.slices ?? [];
    const { lang, dir } = this.locale;
    const missing = slices.find((s) => s.kind == 'missing');
    return html`<div class="frame" dir=${dir}>
        <p class="title" id="title">${series.title}</p>
        <p class="summary" id="summary">${model?.summary}</p>
        <div class="figure">
          <div class="plot">${model?.radius ? this.#renderSvg(model) : nothing}</div>
          <div class="key">
            ${renderLegend(
              slices.map((s) => ({
                id: s.id,
                label: s.name,
                note: s.valueText,
                color: s.color,
                symbol: s.hatch ? 'hatch' : s == missing ? 'line-reported' : 'square',
              })),
              { label: `Key: ${series.title}` },
            )}
          </div>
        </div>
        ${model?.notes.map((n) => html`<p class="warnings" role="note">${n}</p>`)} ${this.renderWarnings()}
        ${renderSourceNote(dataset)}
      </div>
      <div class="after" dir=${dir}>
        ${renderDataTable(this, () => {
          const { evidence } = indexDataset(dataset);
          const rows = series.values.map((v) => {
            const sentences = v.evidence.map((id) => evidence.get(id)!.sentence + 1);
            return [
              v.remainder ? v.label : nameOf(v, this.#names),
              formatPercent((v.value / series.total) * 100, lang, v.approximate, true),
              certaintyWords(v.certainty),
              basisWords(v.basis) + (sentences.length ? `, sentence ${sentences.join(', ')}` : ''),
            ];
          });
          if (missing) rows.push([missing.name, missing.valueWords, '—', basisWords('computed')]);
          return { caption: series.title, columns: ['Part', 'Share', 'Certainty', 'Source'], rows };
        })}
        ${this.#tooltip.render()}
      </div>`;
  }

  #renderSvg(model: DonutModel): TemplateResult {
    const { linkedEntity, selected } = this;
    const lit = this.hovered ?? (linkedEntity && model.slices.find((s) => s.entity == linkedEntity)?.id);
    const active = Math.min(this.active, model.slices.length - 1);
    const { cx, cy, centre: c, width, height } = model;
    const on = (id: string) => (id == lit ? ' on' : '');
    // One svg`` template (left compact: its markup is not reformatted) inside the root <svg>.
    return html`<svg
      part="svg"
      role="group"
      aria-labelledby="title"
      aria-describedby="summary"
      width=${width}
      height=${height}
      class=${lit ? 'dim' : ''}
    >
      ${svg`<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="6" height="6"></rect><line y2="6"></line></pattern>
<g transform="translate(${cx} ${cy})">
<g class="slices" @pointerover=${this.#onEnter} @pointerleave=${this.#onLeave} @focusin=${this.#onEnter}
 @focusout=${this.#onLeave} @click=${this.#onClick} @keydown=${this.#onKeyDown}>${model.slices.map(
   (s, i) => svg`
<path class="slice ${s.kind}${s.hatch ? ' hatch' : ''} certainty-${s.certainty}${on(s.id)}${s.id == selected ? ' selected' : ''}"
 ${cssProps({ '--c': s.color })} d=${s.path} data-index=${i} data-id=${s.id} role="button" tabindex=${i == active ? 0 : -1}
 aria-label=${s.accessibleName} aria-pressed=${s.id == selected}></path>`,
 )}</g>
<path class="ring" d=${model.slices[active]?.path}></path>
<g aria-hidden="true" text-anchor="middle">${model.slices.map(({ label: l, name, valueText: v, id }) =>
        l.mode == 'outside'
          ? svg`
<path class="leader${on(id)}" d=${l.leader}></path>
<text class="label${on(id)}" x=${l.x} y=${l.y} dy=".35em" text-anchor=${l.anchor}>${name} <tspan class="v">${v}</tspan></text>`
          : l.mode == 'inside'
            ? svg`
<text class="label${on(id)}" x=${l.x} y=${l.y}><tspan x=${l.x} dy="-.2em">${name}</tspan><tspan class="v" x=${l.x} dy="1.2em">${v}</tspan></text>`
            : nothing,
      )}${
        c
          ? svg`
<text class="centre"><tspan class="v" dy=".1em" font-size=${c.valueSize}>${c.value}</tspan>
<tspan class="n" x="0" dy=${c.nameSize * 1.35} font-size=${c.nameSize}>${c.name}</tspan></text>`
          : nothing
      }</g></g>`}
    </svg>`;
  }

  #sliceOf(event: Event): { slice: SliceModel; el: Element; index: number } | undefined {
    const el = (event.target as Element).closest('.slice');
    const index = Number(el?.getAttribute('data-index'));
    const slice = this.model?.slices[index];
    return el && slice ? { slice, el, index } : undefined;
  }

  #leave(): void {
    if (this.hovered == null) return;
    this.hovered = null;
    this.#tooltip.hide();
    this.emitHighlight(null);
  }

  /** Pointer over or focus on a slice: highlight it and show its tooltip. */
  #onEnter = (event: Event): void => {
    const hit = this.#sliceOf(event);
    if (!hit) return;
    const { slice } = hit;
    if (event.type == 'focusin') this.active = hit.index;
    if (this.hovered != slice.id) this.emitHighlight(slice.entity);
    this.hovered = slice.id;
    const ds = this.dataset_!;
    this.#tooltip.show(hit.el, {
      title: slice.name,
      lines: [
        `${slice.valueWords} of ${this.current!.measure}`,
        slice.hatch
          ? 'The part the source does not specify.'
          : slice.kind == 'missing'
            ? 'Not covered by the shares given.'
            : `Certainty: ${certaintyWords(slice.certainty)}`,
        ...slice.members,
      ],
      quotes: quotesFor(ds, slice),
      source: ds.source.name,
    });
  };

  /** Pointer out of the ring, or focus out of a slice: unless a slice keeps the focus, end the highlight. */
  #onLeave = (): void => {
    if (!this.renderRoot.querySelector('.slice:focus')) this.#leave();
  };

  /** Click, Enter or Space: select the slice (again: unselect). */
  #onClick = (event: Event): void => {
    const hit = this.#sliceOf(event);
    if (!hit) return;
    event.preventDefault();
    this.active = hit.index;
    this.selected = this.selected == hit.slice.id ? null : hit.slice.id;
    this.emitSelect(hit.slice.entity);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    const hit = this.#sliceOf(event);
    if (!hit) return;
    if (event.key == 'Enter' || event.key == ' ') return this.#onClick(event);
    const next = nextIndex(event.key, hit.index, this.model!.slices.length, {
      rtl: this.locale.dir == 'rtl',
    });
    if (next == null) return;
    event.preventDefault();
    this.active = next;
    this.updateComplete.then(() =>
      (this.renderRoot.querySelector(`[data-index="${next}"]`) as SVGElement | null)?.focus(),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'oil-share-donut': OilShareDonut;
  }
}
