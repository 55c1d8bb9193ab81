import { html, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import {
  NutgrafElement,
  ResizeController,
  TooltipController,
  attributionWords,
  certaintyWords,
  cssProps,
  entityName,
  nextIndex,
  quotesFor,
  renderDataTable,
  renderLegend,
  renderSourceNote,
} from '@nutgraf/core';
import type { Attribution, Certainty, Dataset, Series } from '@nutgraf/core';
import { checkSeries, colorSlotsOf, formatValue, layoutDonut } from './layout.js';
import type { DonutModel, ParentShare, SliceModel } from './layout.js';
import { parentShare } from './within.js';
import { donutStyles } from './share-donut.styles.js';
import './messages.js';

/**
 * A donut of any share series, with its uncertainty shown: approximate values read "around
 * 80%" ("~80%" in labels), values in any unit keep it ("~2.9 bcm"), the part of a known whole
 * the source does not specify is a neutral hatched slice, a series without a known whole says
 * so, and every slice can show the quote it comes from and who says it.
 *
 * Which series: the `series` attribute, else the dataset's `presentation.share.series`, else
 * the first. Its words (heading, dek, summary, notes) come from `presentation.share`, else
 * from the series.
 *
 * Keyboard: one Tab stop for the slices; arrow keys move between them, Enter or Space chooses
 * one and opens its evidence (quotes, who said them, certainty, source) below the ring, Esc
 * closes it.
 *
 * @tag share-donut
 * @summary Parts of a whole in any unit, with approximate values, the unspecified remainder, attribution and sources shown.
 *
 * @fires {NutgrafSelectEvent} nutgraf-select - The reader chose a slice (click, tap, Enter or Space); `detail.entity` is its entity id.
 * @fires {NutgrafHighlightEvent} nutgraf-highlight - The reader hovered or focused a slice (`detail.entity`), or stopped (`null`).
 *
 * @csspart title - The visible title.
 * @csspart dek - The sentence under the title, from the dataset.
 * @csspart svg - The donut's SVG.
 * @csspart legend - The legend listing every slice and its value.
 * @csspart tooltip - The tooltip with the value, the quote and its source.
 * @csspart evidence - The evidence of the chosen mark (its quotes, who said them, certainty and source), below the graphic; Esc closes it.
 * @csspart caption - The source note naming the article.
 * @csspart table - The data-table disclosure.
 * @csspart state - The loading, empty or error message.
 * @csspart warnings - The note listing dataset problems that did not stop drawing.
 * @csspart notes - The notes explaining what the donut shows (no known whole, grouping, the dataset's notes).
 *
 * @cssprop --nutgraf-donut-other - Fill of the grouped "Other (n)" slice.
 * @cssprop --nutgraf-donut-hatch - Colour of the hatch lines on the unspecified remainder.
 * @cssprop --nutgraf-color-neutral - Fill of the unspecified remainder.
 * @cssprop --nutgraf-color-1 - First palette colour; `--nutgraf-color-2` … `-7` follow, assigned to the series' values in order, largest first.
 * @cssprop --nutgraf-color-text - Text colour.
 * @cssprop --nutgraf-color-background - Background colour.
 * @cssprop --nutgraf-color-focus - Focus ring colour.
 * @cssprop --nutgraf-font-family - Font (inherits from the page by default).
 * @cssprop --nutgraf-label-size - Label size.
 * @cssprop --nutgraf-faded-opacity - Opacity of slices faded behind a highlight.
 * @cssprop --nutgraf-faded-text-opacity - Opacity of labels faded behind a highlight (default 0.62, which keeps them at 4.5:1 contrast).
 */
export class ShareDonut extends NutgrafElement {
  static override tagName = 'share-donut';

  static override styles = [...NutgrafElement.styles, donutStyles];

  static override properties = {
    ...NutgrafElement.properties,
    series: { type: String },
    selected: { state: true },
    hovered: { state: true },
    active: { state: true },
  };

  /** Id of the dataset series to draw. Default: the dataset's `presentation.share.series`, else the first series. */
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
  /** For a share inside a share: the parent value that is the series' whole. */
  protected parent: ParentShare | undefined;
  /** Why the series cannot be drawn, naming the entries at fault. */
  protected failure = '';

  readonly #tooltip = new TooltipController(this);
  #plot: ResizeController | undefined;
  #plotEl: Element | null = null;

  constructor() {
    super();
    this.selected = this.hovered = null;
    this.active = 0;
  }

  protected override emptyReason(dataset: Dataset): string | null {
    return dataset.series.length ? null : this.t('donut.empty');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Values that are missing or not numbers fail validation in core, whose error names
    // their path; what validation lets through but cannot be drawn is checked here.
    const ds = this.status.kind == 'ready' ? this.dataset_ : undefined;
    const list = ds?.series ?? [];
    const id = this.series || ds?.presentation?.share?.series;
    const series = id ? list.find((s) => s.id == id) : list[0];
    if (series != this.current) {
      this.current = series;
      this.selected = null;
      this.active = 0;
    }
    const names = new Map(ds?.entities.map((e) => [e.name, entityName(e, this.locale.lang)]));
    const { lang } = this.locale;
    const parent = series && parentShare(list, series, names, lang);
    const failure =
      typeof parent == 'string'
        ? parent
        : series
          ? checkSeries(series, names, lang)
              .map((p) => p.message)
              .join(' ')
          : ds
            ? this.t('donut.noSeries', { id: id ?? '' })
            : '';
    if (failure && failure != this.failure) console.error(`nutgraf <${this.localName}>: ${failure}`);
    this.failure = failure;
    this.parent = parent as ParentShare | undefined;
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
            slots: colorSlotsOf(list),
            said: this.#said,
            parent: this.parent,
          })
        : null;
  }

  /** "according to X" ("X argues" for an opinion) for a value's attribution, when the dataset names a speaker. */
  #said = (attribution: Attribution | undefined, certainty?: Certainty) =>
    attributionWords(this.dataset_!, attribution, certainty, this.locale.lang);

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
          <p>${this.t('state.failed', { reason: this.failure })}</p>
        </div>`
      : super.render();
  }

  protected override renderChart(dataset: Dataset): TemplateResult {
    const series = this.current!;
    const model = this.model!;
    const { slices, within } = model;
    const { dir } = this.locale;
    const share = dataset.presentation?.share;
    // The dataset's words belong to the series it names; another series keeps its own.
    const words = (share?.series ?? series.id) == series.id ? (share ?? {}) : {};
    const notes = [...model.notes, ...(words.notes ?? [])];
    const heading = words.heading ?? series.title;
    const src = dataset.source.language || nothing;
    return html`<div class="frame" dir=${dir}>
        <p class="title" id="title" part="title" dir="auto">${heading}</p>
        ${
          within
            ? html`<p class="within" id="within">
                ${within[0]!.toLocaleUpperCase(this.locale.lang) + within.slice(1)}
              </p>`
            : nothing
        }
        ${words.dek ? html`<p class="summary" part="dek" dir="auto" lang=${src}>${words.dek}</p>` : nothing}
        <p class=${words.dek ? 'visually-hidden' : 'summary'} id="summary">
          ${words.summary ? html`<span class="visually-hidden" dir="auto" lang=${src}>${words.summary}</span>` : nothing}
          ${model.summary}
        </p>
        <div class="figure">
          <div class="plot" @focusin=${this.#onEnter} @focusout=${this.#onLeave}>
            ${
              model.radius
                ? this.#renderSvg(
                    model,
                    within ? 'title within' : 'title',
                    ['summary', ...notes.map((_, i) => `note-${i}`), 'hint'].join(' '),
                  )
                : nothing
            }
            ${model.radius ? this.renderHint('hint', this.t('donut.hint'), this.t('donut.keys')) : nothing}
          </div>
          <div class="key">
            ${renderLegend(
              slices.map((s) => ({
                id: s.id,
                label: s.name,
                note: s.valueText,
                color: s.color,
                symbol: s.hatch ? 'hatch' : 'square',
              })),
              { label: this.t('donut.key', { heading }) },
            )}
          </div>
        </div>
        ${this.#tooltip.renderPanel()}
        ${
          notes.length
            ? html`<div class="notes" part="notes">
                ${notes.map((n, i) =>
                  // The dataset's own notes, after the donut's, are in the dataset's language.
                  i < model.notes.length
                    ? html`<p id="note-${i}">${n}</p>`
                    : html`<p id="note-${i}" dir="auto" lang=${src}>${n}</p>`,
                )}
              </div>`
            : nothing
        }
        ${this.renderWarnings()} ${renderSourceNote(dataset, { lang: this.locale.lang })}
      </div>
      <div class="after" dir=${dir}>
        ${renderDataTable(
          this,
          () => import('./table.js'),
          (m) =>
            m.dataTable(
              dataset,
              model,
              within ? series.title + this.t('comma') + within : series.title,
              series.unit,
              (e) => entityName(e, this.locale.lang),
              this.locale.lang,
            ),
        )}
        ${this.#tooltip.render()}
      </div>`;
  }

  #renderSvg(model: DonutModel, label: string, description: string): TemplateResult {
    const { linkedEntity, selected } = this;
    const lit = this.hovered ?? (linkedEntity && model.slices.find((s) => s.entity == linkedEntity)?.id);
    const active = Math.min(this.active, model.slices.length - 1);
    const { cx, cy, centre: c, width, height } = model;
    const on = (id: string) => (id == lit ? ' on' : '');
    // One svg`` template (left compact: its markup is not reformatted) inside the root <svg>.
    return html`<svg
      part="svg"
      role="group"
      aria-labelledby=${label}
      aria-describedby=${description}
      width=${width}
      height=${height}
      class=${lit ? 'dim' : ''}
    >
      ${svg`<pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
<rect width="6" height="6"></rect><line y2="6"></line></pattern>
<g transform="translate(${cx} ${cy})">
<g class="slices" @pointerover=${this.#onEnter} @pointerleave=${this.#onLeave}
 @click=${this.#onClick} @keydown=${this.#onKeyDown}>${model.slices.map(
   (s, i) => svg`
<path class="slice ${s.kind}${s.hatch ? ' hatch' : ''} certainty-${s.certainty}${on(s.id)}${s.id == selected ? ' selected' : ''}"
 ${cssProps({ '--c': s.color })} d=${s.path} data-index=${i} data-id=${s.id} role="button" tabindex=${i == active ? 0 : -1}
 aria-label=${s.accessibleName} aria-describedby="tooltip-quotes" aria-pressed=${s.id == selected}></path>`,
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
<tspan class="n" x="0" dy=${c.nameSize * 1.5} font-size=${c.nameSize}>${c.name}</tspan></text>`
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

  /**
   * Pointer over or focus on a slice: highlight it and show its tooltip. Its focus listener sits
   * on the HTML wrapper: Chromium makes an SVG element with one a (nameless) Tab stop.
   */
  #onEnter = (event: Event): void => {
    const hit = this.#sliceOf(event);
    if (!hit) return;
    const { slice } = hit;
    if (event.type == 'focusin') this.active = hit.index;
    if (this.hovered != slice.id) this.emitHighlight(slice.entity);
    this.hovered = slice.id;
    const ds = this.dataset_!;
    const { parent, current } = this;
    const who = this.#said(slice.attribution, slice.certainty);
    const { within } = this.model!;
    const { lang } = this.locale;
    const certainty = certaintyWords(slice.certainty, lang);
    this.#tooltip.show(hit.el, {
      title: slice.name,
      lines: [
        this.t(within ? 'donut.ofWithin' : 'donut.of', {
          value: slice.valueWords,
          measure: current!.measure,
          within: within ?? '',
        }),
        // Percent of a percent: the share of the parent's whole, computed.
        ...(parent && current!.unit == 'percent' && parent.series.unit == 'percent'
          ? [
              this.t('donut.ofAll', {
                value: formatValue(
                  current!,
                  (slice.value * parent.value.value) / 100,
                  slice.approximate || parent.value.approximate,
                  true,
                  lang,
                ),
                measure: parent.series.measure,
              }),
            ]
          : []),
        slice.id == 'rest'
          ? this.t('donut.rest')
          : `${slice.hatch ? `${this.t('donut.unspecified')} ` : slice.kind == 'stated' ? `${this.t('donut.stated')} ` : ''}${this.t(who ? 'donut.certaintyWho' : 'donut.certainty', { certainty, who: who ?? '' })}`,
        ...slice.members,
      ],
      // The attribution is said once, above the quotes.
      quotes: quotesFor(ds, { ...slice, attribution: undefined }, lang),
      source: ds.source.name,
      lang: ds.source.language,
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
    // The evidence panel opens with the slice's tooltip (shown again if Esc closed it).
    if (!this.#tooltip.open) this.#onEnter(event);
    if (this.selected) this.#tooltip.pin();
    else this.#tooltip.unpin();
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
    'share-donut': ShareDonut;
  }
}
