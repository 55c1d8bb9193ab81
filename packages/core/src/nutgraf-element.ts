import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset } from './dataset/types.js';
import type { DatasetProblem, ValidationResult } from './dataset/validate.js';
import { formatProblems, validateDataset } from './dataset/validate.js';
import { loadDataset } from './dataset/load.js';
import { defaultDataset } from './default-dataset.js';
import { defineElement } from './define-element.js';
import { NutgrafHighlightEvent, NutgrafSelectEvent } from './events.js';
import { localeOf } from './i18n.js';
import type { LocaleInfo } from './i18n.js';
import { ResizeController } from './resize-controller.js';
import { themeStyles } from './theme.js';
import { certaintyStyles } from './ui/certainty.js';
import { dataTableStyles } from './ui/data-table.js';
import { legendStyles } from './ui/legend.js';
import { sourceNoteStyles } from './ui/source-note.js';
import { tooltipStyles } from './ui/tooltip.js';

/** What the element is showing. */
export type ElementStatus =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'empty'; message: string }
  | { kind: 'error'; message: string };

const baseStyles = css`
  .state {
    /* Text anchored at the top start, so "Loading" turning into a longer error moves nothing. */
    display: block;
    height: 100%;
    min-height: inherit;
    padding: 1em;
    text-align: start;
    color: var(--_fg-muted);
    background: var(--_surface);
    border: 1px solid transparent;
    border-radius: var(--_radius);
  }
  .state p {
    margin: 0;
  }
  .state[data-kind='error'] {
    color: var(--_fg);
    border-color: var(--_c1);
  }
  .warnings {
    margin: 0.25em 0;
    padding: 0.25em 0.5em;
    font-size: 0.85em;
    color: var(--_fg);
    border-inline-start: 3px solid var(--_c5);
    background: var(--_surface);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

const sharedResults = new WeakMap<object, ValidationResult>([
  // The bundled dataset is checked against the schema when it is built (`npm run data`), and a
  // test validates it again, so readers' browsers do not spend time validating it once more.
  [defaultDataset, { ok: true, dataset: defaultDataset, warnings: [] }],
]);

/**
 * Validates a dataset that only nutgraf holds (the bundled one, or one loaded by URL, which all
 * elements on the page share) once per page, not once per element. A `data` property is the
 * page's own object and is validated each time it is set.
 */
function validateShared(raw: unknown): ValidationResult {
  if (typeof raw !== 'object' || raw === null) return validateDataset(raw);
  let result = sharedResults.get(raw);
  if (!result) sharedResults.set(raw, (result = validateDataset(raw)));
  return result;
}

/**
 * The base of every nutgraf component: where the data comes from, the loading, error
 * and empty states, the size, the language, the theme and the events.
 *
 * Data comes from the `data` property, else the `src` attribute (a dataset JSON URL),
 * else the dataset bundled with `@nutgraf/core`. Whatever arrives is validated; a dataset
 * that fails shows a visible error naming the wrong field and logs it to the console.
 *
 * Subclasses implement {@link renderChart} and may override {@link emptyReason}.
 */
export abstract class NutgrafElement extends LitElement {
  /** The tag this class registers under by default. */
  static tagName = '';

  /**
   * Registers the element under `tag` (default: its own tag name). Never throws: a tag
   * already taken by this class is a no-op; taken by another class, a console warning.
   */
  static define(tag?: string): boolean {
    return defineElement(tag ?? this.tagName, this as unknown as CustomElementConstructor);
  }

  /** Theme tokens and the styles of the shared UI pieces; subclasses add their own after these. */
  static override styles = [
    themeStyles,
    baseStyles,
    tooltipStyles,
    legendStyles,
    certaintyStyles,
    dataTableStyles,
    sourceNoteStyles,
  ];

  static override properties = {
    data: { attribute: false },
    src: { type: String },
    theme: { type: String, reflect: true },
    noLink: { type: Boolean, attribute: 'no-link' },
    status: { state: true },
    linkedEntity: { state: true },
  };

  /** A dataset object to draw. Takes precedence over `src`. Validated before use. */
  declare data: unknown;
  /** URL of a dataset JSON to fetch when `data` is not set. Without both, the bundled dataset is drawn. */
  declare src: string | undefined;
  /** `light` or `dark` forces a theme; unset follows the reader's system preference. */
  declare theme: 'light' | 'dark' | undefined;
  /** Opt out of linked views: ignore highlights from other embeds on the page. */
  declare noLink: boolean;

  /** Current state. */
  declare protected status: ElementStatus;
  /** Entity highlighted by another embed on the page, when linked. */
  declare protected linkedEntity: string | null;
  /** The validated dataset in use, once ready. */
  protected dataset_: Dataset | undefined;
  /** Problems the dataset had that did not stop drawing (shown in a visible note). */
  protected warnings: DatasetProblem[] = [];
  /** The element's size, from a ResizeObserver. */
  protected readonly resize = new ResizeController(this);
  /** Language and direction of the page around the element. */
  protected locale: LocaleInfo = { lang: 'en', dir: 'ltr' };

  private loadAbort: AbortController | undefined;

  constructor() {
    super();
    this.noLink = false;
    this.status = { kind: 'loading' };
    this.linkedEntity = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = localeOf(this);
    globalThis.document?.addEventListener(NutgrafHighlightEvent.eventName, this.onPageHighlight);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.document?.removeEventListener(NutgrafHighlightEvent.eventName, this.onPageHighlight);
    this.loadAbort?.abort();
    this.loadAbort = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.resolveData();
  }

  override render(): TemplateResult {
    const status = this.status;
    if (status.kind === 'ready' && this.dataset_) return this.renderChart(this.dataset_);
    const message =
      status.kind === 'loading' ? 'Loading graphic…' : status.kind === 'ready' ? '' : status.message;
    return html`<div
      class="state"
      part="state"
      data-kind=${status.kind}
      role=${status.kind === 'error' ? 'alert' : 'status'}
      aria-busy=${status.kind === 'loading' ? 'true' : nothing}
    >
      <p>${message}</p>
    </div>`;
  }

  /** Draws the chart for a valid, non-empty dataset. */
  protected abstract renderChart(dataset: Dataset): TemplateResult;

  /** Why there is nothing to draw for this dataset, or `null` when there is. */
  protected emptyReason(_dataset: Dataset): string | null {
    return null;
  }

  /** A visible note listing the problems that did not stop drawing, or nothing. */
  protected renderWarnings(): TemplateResult | typeof nothing {
    if (!this.warnings.length) return nothing;
    return html`<div class="warnings" part="warnings" role="note">
      ${this.warnings.length === 1 ? 'Not shown: ' : `Not shown (${this.warnings.length}): `}
      ${this.warnings.map((w, i) => html`${i ? '; ' : ''}${w.message}`)}
    </div>`;
  }

  /** Tells the page that the reader highlighted an entity (or `null` when the highlight ends). */
  protected emitHighlight(entity: string | null, relation?: string): void {
    this.dispatchEvent(new NutgrafHighlightEvent({ entity, relation, origin: this.localName }));
  }

  /** Tells the page that the reader chose an entity. */
  protected emitSelect(entity: string | null, relation?: string): void {
    this.dispatchEvent(new NutgrafSelectEvent({ entity, relation, origin: this.localName }));
  }

  private onPageHighlight = (event: Event): void => {
    if (this.noLink || !(event instanceof CustomEvent)) return;
    if (event.composedPath().includes(this)) return;
    const entity = (event.detail as { entity?: unknown } | null)?.entity;
    this.linkedEntity = typeof entity === 'string' ? entity : null;
  };

  private resolveData(): void {
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    if (this.data !== undefined && this.data !== null) {
      this.accept(this.data, 'the data property');
      return;
    }
    if (this.src) {
      const src = this.src;
      const abort = (this.loadAbort = new AbortController());
      this.status = { kind: 'loading' };
      this.dataset_ = undefined;
      loadDataset(src, { signal: abort.signal }).then(
        (raw) => {
          if (!abort.signal.aborted) this.accept(raw, src, true);
        },
        (error: unknown) => {
          if (abort.signal.aborted) return;
          const message = error instanceof Error ? error.message : String(error);
          this.fail(`This graphic could not load its data: ${message}`);
        },
      );
      return;
    }
    this.accept(defaultDataset, 'the bundled dataset', true);
  }

  private accept(raw: unknown, from: string, shared = false): void {
    const result = shared ? validateShared(raw) : validateDataset(raw);
    if (!result.ok) {
      this.dataset_ = undefined;
      this.warnings = [];
      this.fail(
        `This graphic could not be drawn: the dataset from ${from} is not valid. ${formatProblems(result.problems)}`,
      );
      return;
    }
    this.dataset_ = result.dataset;
    this.warnings = result.warnings;
    if (result.warnings.length)
      console.warn(`nutgraf <${this.localName}>: ${formatProblems(result.warnings)}`);
    const empty = this.emptyReason(result.dataset);
    this.status = empty ? { kind: 'empty', message: `No data to show: ${empty}` } : { kind: 'ready' };
  }

  private fail(message: string): void {
    console.error(`nutgraf <${this.localName}>: ${message}`);
    this.status = { kind: 'error', message };
  }
}
