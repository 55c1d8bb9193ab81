import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import type { Dataset } from './dataset/types.js';
import type { DatasetProblem, ValidationResult } from './dataset/validate.js';
import { loadDataset } from './dataset/load.js';
import { DEFAULT_DATASET_URL } from './default-dataset-url.js';
import { defineElement } from './define-element.js';
import { NutgrafHighlightEvent, NutgrafSelectEvent } from './events.js';
import { localeOf } from './i18n.js';
import { drawNow, forgetNearScreen, whenNearScreen } from './near-screen.js';
import { loadMessages, msg } from './messages/format.js';
import type { MessageId } from './messages/format.js';
import type { LocaleInfo } from './i18n.js';
import { PageSchemeController } from './page-scheme.js';
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
  /* The visible keyboard hint (renderHint), over the bottom of the graphic while the keyboard
     moves between its marks. */
  .key-hint {
    display: none;
    position: absolute;
    inset-inline: 0;
    bottom: 0;
    margin: 0;
    padding: 0.25em 0.6em;
    font-size: 12px;
    line-height: 1.35;
    color: var(--_fg);
    background: color-mix(in srgb, var(--_bg) 94%, transparent);
    border-top: 1px solid var(--_rule);
    pointer-events: none;
  }
  :has([data-index]:focus-visible) > .key-hint {
    display: block;
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

/** The host's text spacing, unless a page sets its own (see connectedCallback). */
const SPACING = [
  ['line-height', '1.4'],
  ['letter-spacing', 'normal'],
  ['word-spacing', 'normal'],
] as const;

/** What makes a graphic that is not drawn yet a Tab stop that says so (see waitForReader). */
const WAITING = [
  ['data-nutgraf-waiting', ''],
  ['tabindex', '0'],
  ['role', 'group'],
  ['aria-busy', 'true'],
] as const;

type Validator = typeof import('./dataset/validate.js');
let validator: Validator | undefined;

/**
 * The validator, loaded the first time a page hands an element data of its own (a `data`
 * property or a `src`); the bundled dataset needs none, so a page that only draws it never
 * downloads it. Once loaded, it validates at once.
 */
function loadValidator(): Validator | Promise<Validator> {
  return validator ?? import('./dataset/validate.js').then((module) => (validator = module));
}

type Checked = ValidationResult | Promise<ValidationResult>;
const sharedResults = new WeakMap<object, Checked>();

/**
 * Validates a dataset that only nutgraf holds (one loaded by URL, which all elements on the
 * page share) once per page, not once per element. A `data` property is the page's own
 * object and is validated each time it is set.
 */
function validateShared(v: Validator, raw: unknown): Checked {
  if (typeof raw !== 'object' || raw === null) return v.validateSoon(raw);
  let result = sharedResults.get(raw);
  if (!result) sharedResults.set(raw, (result = v.validateSoon(raw)));
  return result;
}

/**
 * The base of every nutgraf component: where the data comes from, the loading, error
 * and empty states, the size, the language, the theme and the events.
 *
 * Data comes from the `data` property, else the `src` attribute (a dataset JSON URL),
 * else the dataset bundled with `@nutgraf/core` (fetched from {@link DEFAULT_DATASET_URL},
 * one request per page). Data from a page or a URL is validated; a dataset that fails shows
 * a visible error naming the wrong field and logs it to the console.
 *
 * Subclasses implement {@link renderChart} and may override {@link emptyReason}.
 *
 * @fires {NutgrafSelectEvent} nutgraf-select - The reader chose a mark (click, tap, Enter or Space); `detail.entity` is its entity id.
 * @fires {NutgrafHighlightEvent} nutgraf-highlight - The reader hovered or focused a mark (`detail.entity`), or that ended (`entity: null`).
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
    loading: { type: String },
    status: { state: true },
    linkedEntity: { state: true },
    said: { state: true },
  };

  /** A dataset object to draw. Takes precedence over `src`. Validated before use. */
  declare data: unknown;
  /** URL of a dataset JSON to fetch when `data` is not set. Without both, the bundled dataset is drawn. */
  declare src: string | undefined;
  /**
   * `light` or `dark` forces a theme; unset (or `auto`) follows the host page's colour scheme
   * (its `color-scheme`, else the background behind the graphic), and the reader's system
   * preference only when the page says nothing.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** Opt out of linked views: ignore highlights from other embeds on the page. */
  declare noLink: boolean;
  /**
   * When to draw, as `loading` on an `<img>`: `lazy` (or unset) draws the graphic as it comes
   * within half a viewport of the screen, or is reached with Tab, or the page is printed, so
   * graphics far down a page cost nothing while it loads; `eager` draws it as soon as its data
   * is here, wherever it is.
   */
  declare loading: 'lazy' | 'eager' | undefined;

  /** Current state. */
  declare protected status: ElementStatus;
  /** What the live region says now (see {@link announce}). */
  declare protected said: string;
  /** Entity highlighted by another embed on the page, when linked. */
  declare protected linkedEntity: string | null;
  /** The validated dataset in use, once ready. */
  protected dataset_: Dataset | undefined;
  /** Problems the dataset had that did not stop drawing (shown in a visible note). */
  protected warnings: DatasetProblem[] = [];
  /** The element's size, from a ResizeObserver. */
  protected readonly resize = new ResizeController(this);
  /** The host page's colour scheme, kept as `data-scheme="light|dark"` on the host for the theme styles. */
  protected readonly pageScheme = new PageSchemeController(this);
  /** Language and direction of the page around the element. */
  protected locale: LocaleInfo = { lang: 'en', dir: 'ltr' };
  /**
   * How many parts of the keys still wait for their task after a frame (see
   * {@link keysAfterFrame}); 0 once all are drawn.
   */
  protected keysLater = 0;

  private loadAbort: AbortController | undefined;
  /** The page language's messages while they are being fetched. */
  private messages: Promise<void> | undefined;

  constructor() {
    super();
    this.noLink = false;
    this.status = { kind: 'loading' };
    this.linkedEntity = null;
    this.said = '';
    // Reached with Tab while waiting to come near the screen: drawn now (see waitForReader).
    this.addEventListener('focus', () => drawNow(this));
  }

  /**
   * Leaves the keys to the first task after the next frame, for a first render that shows the
   * frame before its drawing (a big graph being laid out, a map whose geometry loads): shorter
   * tasks on a phone rather than one long one. With `parts` over 1, each task after a frame draws
   * one more part of what waits ({@link keysLater} counts down to 0), and the page lays out each
   * part in a frame of its own. The frame's status line waits with them, since their coming
   * shrinks the frame and would move it.
   */
  protected keysAfterFrame(parts = 1): void {
    this.keysLater = parts;
    const next = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.requestUpdate();
          // (Asked again meanwhile, two countdowns share the count: it stops at 0.)
          if (this.keysLater > 0 && --this.keysLater) next();
        }),
      );
    next();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Text spacing on the host's own style (through the CSSOM, which a strict CSP allows): it
    // beats a page's plain `*` rules, and yields to a reader's `!important` spacing (WCAG 1.4.12),
    // which the text inherits. A page's own value on the element is kept.
    for (const [name, value] of SPACING)
      if (!this.style.getPropertyValue(name)) this.style.setProperty(name, value);
    this.locale = localeOf(this);
    // The interface words of the page's language (fetched once per page; English is here).
    this.messages = loadMessages(this.locale.lang);
    // Says "loading" in the page's language as soon as its words are here.
    void this.messages?.then(() => this.requestUpdate());
    globalThis.document?.addEventListener(NutgrafHighlightEvent.eventName, this.onPageHighlight);
    // Moved in the page while its data was loading (the move aborted the wait): wait again.
    // The request itself is shared and went on.
    if (this.hasUpdated && this.status.kind === 'loading') this.resolveData();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    globalThis.document?.removeEventListener(NutgrafHighlightEvent.eventName, this.onPageHighlight);
    this.loadAbort?.abort();
    this.loadAbort = undefined;
    forgetNearScreen(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('data') || changed.has('src')) this.resolveData();
    else if (changed.has('loading') && this.loading === 'eager') drawNow(this);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.hasAttribute('data-nutgraf-waiting')) this.unwait();
  }

  /**
   * While it waits to come near the screen, the element is a Tab stop (unless the page made it
   * one), as the lazy loader makes it while its code is on the way: focusing it draws it, and
   * {@link unwait} hands the focus on.
   */
  private waitForReader(): void {
    if (!this.hasAttribute('tabindex')) for (const [name, value] of WAITING) this.setAttribute(name, value);
  }

  /**
   * The lazy loader made the element a Tab stop while its code was on the way
   * (`data-nutgraf-waiting`). Once drawn, it stops being one, and if it has the focus, hands it
   * to its first control or mark, so a keyboard reader who arrived early goes on from there.
   */
  private unwait(): void {
    // Drawn: a mark is there, or a state that is not "loading" (an error, nothing to show).
    if (!this.renderRoot.querySelector('[data-index], .state:not([data-kind="loading"])')) return;
    const first = this.renderRoot.querySelector<HTMLElement>('select, button, [tabindex="0"], summary');
    const focused = document.activeElement === this;
    for (const [name] of WAITING) this.removeAttribute(name);
    if (focused) first?.focus();
  }

  override render(): TemplateResult {
    const status = this.status;
    if (status.kind === 'ready' && this.dataset_) return this.renderChart(this.dataset_);
    const message =
      status.kind === 'loading' ? this.t('state.loading') : status.kind === 'ready' ? '' : status.message;
    return this.renderState(status.kind, message);
  }

  /**
   * A graphic with no chart to show (yet): `message` in the box the chart will take. A chart
   * still in the making shows this too rather than its frame half-filled, whose parts would move
   * as the rest arrives.
   */
  protected renderState(kind: string, message: string): TemplateResult {
    return html`<div
      class="state"
      part="state"
      data-kind=${kind}
      role=${kind === 'error' ? 'alert' : 'status'}
      aria-busy=${kind === 'loading' ? 'true' : nothing}
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
      ${this.t('warnings', { count: this.warnings.length })}
      ${this.warnings.map((w, i) => html`${i ? this.t('semicolon') : ''}${w.message}`)}
    </div>`;
  }

  /** Says `text` to screen readers, politely (the same words again are said again). */
  protected announce(text: string): void {
    this.said = text && text === this.said ? `${text}\u00a0` : text;
  }

  /** The polite live region that {@link announce} speaks through; put it in the template. */
  protected renderLive(): TemplateResult {
    return html`<div class="visually-hidden" aria-live="polite" aria-atomic="true">${this.said}</div>`;
  }

  /**
   * The keyboard hint: `text` and the words on the evidence panel, for screen readers (the
   * graphic's description, by `id`), and the short list of keys `keys` on screen, over the
   * bottom edge while the keyboard moves between the marks. Put it inside the (positioned) box
   * that holds the marks.
   */
  protected renderHint(id: string, text: string, keys: string): TemplateResult {
    return html`<p class="visually-hidden" id=${id}>${text} ${this.t('keys.evidence')}</p>
      <p class="key-hint" aria-hidden="true"><b>${this.t('keys')}</b> ${keys}</p>`;
  }

  /** Announces the zoom of a view scaled by `k` (1: the whole view). */
  protected announceZoom(k: number): void {
    this.announce(
      Math.abs(k - 1) < 0.01 ? this.t('zoom.home') : this.t('zoom.level', { n: Math.round(k * 10) / 10 }),
    );
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
    forgetNearScreen(this);
    const abort = (this.loadAbort = new AbortController());
    // Loading until the data is drawn; data already validated is drawn within this update.
    this.status = { kind: 'loading' };
    this.dataset_ = undefined;
    if (this.data !== undefined && this.data !== null) {
      this.accept(this.data, this.t('from.data'), abort.signal);
      return;
    }
    const src = this.src || DEFAULT_DATASET_URL;
    const from = this.src || this.t('from.bundled');
    loadDataset(src, { signal: abort.signal }).then(
      // Each element draws in a task of its own: graphics sharing one request would otherwise
      // all draw in the task that delivers it, one long task on a phone's main thread.
      (raw) =>
        setTimeout(() => {
          if (abort.signal.aborted) return;
          if (src === DEFAULT_DATASET_URL) this.draw(raw as Dataset, []);
          else this.accept(raw, from, abort.signal, true);
        }),
      (error: unknown) => {
        if (abort.signal.aborted) return;
        const message = error instanceof Error ? error.message : String(error);
        this.fail(this.t('state.noData', { error: message }));
      },
    );
  }

  /** Validates data from the page or a URL, then draws it (or says what is wrong). */
  private accept(raw: unknown, from: string, signal: AbortSignal, shared = false): void {
    const check = (v: Validator) => {
      if (signal.aborted) return;
      // A big dataset is checked in slices (see `validateSoon`); a shared check goes on for
      // the other elements when this one stops waiting.
      const result = shared ? validateShared(v, raw) : v.validateSoon(raw, signal);
      if (result instanceof Promise) void result.then((r) => signal.aborted || show(v, r));
      else show(v, result);
    };
    const show = (v: Validator, result: ValidationResult) => {
      if (!result.ok) {
        this.warnings = [];
        this.fail(this.t('state.invalid', { from, problems: v.formatProblems(result.problems) }));
        return;
      }
      if (result.warnings.length)
        console.warn(`nutgraf <${this.localName}>: ${v.formatProblems(result.warnings)}`);
      this.draw(result.dataset, result.warnings);
    };
    const v = loadValidator();
    if (!(v instanceof Promise)) return check(v);
    v.then(check, (error: Error) => {
      if (!signal.aborted) this.fail(this.t('state.noValidator', { error: error.message }));
    });
  }

  /**
   * Draws a valid dataset, with the problems that did not stop it, once the element is near the
   * screen (see `loading`; `near`: it is known to be).
   */
  private draw(dataset: Dataset, warnings: DatasetProblem[], near = false): void {
    const signal = this.loadAbort?.signal;
    // Drawn once the page language's words are here, so nothing is drawn twice.
    if (this.messages) {
      void this.messages.then(() => {
        this.messages = undefined;
        if (!signal?.aborted) this.draw(dataset, warnings, near);
      });
      return;
    }
    if (!near && this.loading !== 'eager') {
      const drawn = whenNearScreen(this, () => signal?.aborted || this.draw(dataset, warnings, true));
      if (!drawn) this.waitForReader();
      return;
    }
    this.dataset_ = dataset;
    this.warnings = warnings;
    const empty = this.emptyReason(dataset);
    this.status = empty
      ? { kind: 'empty', message: this.t('state.empty', { reason: empty }) }
      : { kind: 'ready' };
  }

  /**
   * An interface message in the page's language, its placeholders filled from `params` (see
   * `msg`; a developer replaces any message with `setMessages`).
   */
  protected t(id: MessageId, params?: Record<string, string | number>): string {
    return msg(id, params, this.locale.lang);
  }

  /** Shows a visible error state and logs `message` to the console. */
  protected fail(message: string): void {
    console.error(`nutgraf <${this.localName}>: ${message}`);
    this.status = { kind: 'error', message };
  }
}
