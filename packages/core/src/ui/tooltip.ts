import { css, html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { QuoteView } from '../dataset/view.js';
import { localeOf } from '../i18n.js';
import { msg, msgParts } from '../messages/format.js';
import { basisWords, certaintyWords } from './certainty.js';

/** What a tooltip says. Everything is text. */
export interface TooltipContent {
  title: string;
  lines?: string[];
  quotes?: QuoteView[];
  /** Name of the source, for "Source: <name>, sentence N". */
  source?: string;
  /** Language of the quotes (the source's `language`), when it differs from the page's. */
  lang?: string;
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode };

const GAP = 8;

/**
 * A tooltip in the top layer (`popover="manual"`), so no `overflow: hidden` or `transform`
 * of the host page clips it. It is placed beside its anchor, kept inside the viewport,
 * closes with Esc, and closes on a tap or click outside the host.
 *
 * @example
 * tooltip = new TooltipController(this);
 * render() { return html`…${this.tooltip.render()}`; }
 * onFocus(e) { this.tooltip.show(e.target, { title: 'Ruritania', lines: ['Member of the alliance'] }); }
 */
export class TooltipController implements ReactiveController {
  content: TooltipContent | null = null;
  /** What the evidence panel shows (see {@link renderPanel}), or `null` when it is closed. */
  pinned: TooltipContent | null = null;
  private anchor: Element | null = null;
  private pinnedAnchor: Element | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onHostKeydown);
  }

  /** True while the tooltip is shown. */
  get open(): boolean {
    return this.content !== null;
  }

  /** Shows the tooltip next to `anchor`. */
  show(anchor: Element, content: TooltipContent): void {
    this.anchor = anchor;
    this.content = content;
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
    this.host.requestUpdate();
  }

  /** Hides the tooltip. */
  hide(): void {
    if (!this.content) return;
    this.content = null;
    this.anchor = null;
    this.removeListeners();
    const popover = this.popover();
    if (popover?.matches(':popover-open')) popover.hidePopover();
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const popover = this.popover();
    if (!popover || !this.content || !this.anchor) return;
    if (!popover.matches(':popover-open')) {
      try {
        popover.showPopover();
      } catch {
        return;
      }
    }
    this.place(popover, this.anchor);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onHostKeydown);
    this.content = null;
    this.anchor = null;
    this.removeListeners();
  }

  /** The tooltip element; put it in the host's template. */
  render(): TemplateResult {
    const c = this.content;
    return html`<div class="tooltip" part="tooltip" role="tooltip" id="tooltip" popover="manual">
      ${c ? this.body(c, 'tooltip-quotes') : nothing}
    </div>`;
  }

  /**
   * The evidence of the chosen mark, in the page's flow below the graphic: what the tooltip
   * showed, kept open, with links that work. A polite live region, so a screen reader reads
   * it when it opens, and while open a region named after the mark (one per graphic on a page,
   * each named apart); Esc (or choosing the mark again) closes it. Put it in the host's template.
   */
  renderPanel(): TemplateResult {
    const c = this.pinned;
    return html`<div
      class="evidence${c ? ' open' : ''}"
      part="evidence"
      role=${c ? 'region' : nothing}
      aria-live="polite"
      aria-label=${c ? msg('evidence', { name: c.title }, localeOf(this.host).lang) : nothing}
    >
      ${c ? this.body(c) : nothing}
    </div>`;
  }

  /**
   * Opens the panel with what the tooltip shows now (the chosen mark's evidence); the same mark
   * chosen again closes it.
   */
  pin(): void {
    const same = this.pinnedAnchor === this.anchor;
    this.pinned = same ? null : this.content;
    this.pinnedAnchor = same ? null : this.anchor;
    // The panel says it now; the tooltip would only repeat it.
    if (this.pinned) this.hide();
    this.host.requestUpdate();
  }

  /** Closes the panel. */
  unpin(): void {
    if (!this.pinned) return;
    this.pinned = this.pinnedAnchor = null;
    this.host.requestUpdate();
  }

  /** Title, lines and quotes: the tooltip's and the panel's content; the quotes get `id` (a mark's description). */
  private body(c: TooltipContent, id?: string): TemplateResult {
    const lang = localeOf(this.host).lang;
    return html`<p class="tooltip-title">${c.title}</p>
      ${(c.lines ?? []).map((line) => html`<p class="tooltip-line">${line}</p>`)}
      <div id=${id ?? nothing}>
        ${(c.quotes ?? []).map(
          (q) =>
            html`<blockquote class="tooltip-quote">
              <p lang=${c.lang ?? nothing}>${msg('quote', { text: q.text }, lang)}</p>
              <footer role="none">
                ${q.negation ? `${q.negation} · ` : nothing}${certaintyWords(q.certainty, lang)}${q.attribution ? ` · ${q.attribution}` : nothing}${q.basis === 'outside' ? ` · ${basisWords('outside', lang)}` : nothing}
                ${c.source ? html`· ${msgParts(q.sentence ? 'tooltip.sentence' : 'tooltip.source', { source: q.href ? html`<a href=${q.href}>${c.source}</a>` : c.source, n: q.sentence ?? 0 }, lang)}` : nothing}
              </footer>
            </blockquote>`,
        )}
      </div>`;
  }

  private popover(): HTMLElement | null {
    return this.host.renderRoot?.querySelector?.('.tooltip') ?? null;
  }

  private place(popover: HTMLElement, anchor: Element): void {
    const a = anchor.getBoundingClientRect();
    const t = popover.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    let left = a.left + a.width / 2 - t.width / 2;
    left = Math.max(GAP, Math.min(left, vw - t.width - GAP));
    let top = a.bottom + GAP;
    if (top + t.height > vh - GAP) top = a.top - t.height - GAP;
    top = Math.max(GAP, Math.min(top, vh - t.height - GAP));
    popover.style.setProperty('left', `${Math.round(left)}px`);
    popover.style.setProperty('top', `${Math.round(top)}px`);
  }

  private onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.hide();
  };

  /** Esc inside the graphic closes the panel too. */
  private onHostKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.unpin();
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (!event.composedPath().includes(this.host)) this.hide();
  };

  private removeListeners(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
  }
}

export const tooltipStyles = css`
  .tooltip {
    position: fixed;
    inset: auto;
    margin: 0;
    max-width: min(22em, calc(100vw - 16px));
    padding: 0.5em 0.75em;
    font-size: 13px;
    line-height: 1.4;
    color: var(--_fg);
    background: var(--_bg);
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    pointer-events: none;
  }
  .tooltip p {
    margin: 0;
  }
  .tooltip-title {
    font-weight: 700;
  }
  .tooltip-quote {
    margin: 0.4em 0 0;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_rule);
  }
  .evidence.open {
    margin: 0.5em 0;
    padding: 0.5em 0.75em;
    font-size: 14px;
    line-height: 1.4;
    border-inline-start: 3px solid var(--_rule);
    background: var(--_surface);
  }
  .evidence p {
    margin: 0;
  }
  .tooltip-quote footer {
    color: var(--_fg-muted);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .tooltip {
      border-color: CanvasText;
    }
  }
`;
