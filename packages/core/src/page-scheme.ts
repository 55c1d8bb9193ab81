import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A colour scheme. */
export type Scheme = 'light' | 'dark';

const hosts = new Set<HTMLElement>();
let media: MediaQueryList | undefined;
let observer: MutationObserver | undefined;

/** The parent in the composed tree: the parent element, or the shadow host. */
const up = (e: Element): Element | undefined => e.parentElement ?? (e.getRootNode() as ShadowRoot).host;

/** The scheme a `color-scheme` value names: `undefined` for none (`normal`), `''` for both. */
const named = (value?: string): string | undefined => {
  const m = value?.match(/light|dark/g);
  return m?.[1] ? '' : m?.[0];
};

/**
 * Whether the page around `el` is dark: the `color-scheme` it inherits (else the page's
 * `<meta name="color-scheme">`) when that names one scheme; else the lightness of the nearest
 * background behind it that is not (mostly) transparent, up the composed tree; else, when the
 * page says nothing, the reader's system preference.
 */
function pageIsDark(el: Element): boolean {
  let e = up(el);
  const said =
    named(e && getComputedStyle(e).colorScheme) ??
    named(document.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content);
  if (said) return said === 'dark';
  for (; e; e = up(e)) {
    // rgb() 0–255, color(srgb …) 0–1, lab() L 0–100, oklab() L 0–1; mid-grey ≈ 0.5.
    const c = getComputedStyle(e).backgroundColor;
    const [x = 0, y = 0, z = 0, a = 1] = c
      .split(/[\s(),/]+/)
      .map(parseFloat)
      .filter((n) => n === n);
    if (a > 0.5)
      return (
        (/l(ab|ch)/.test(c)
          ? x / (c[0] === 'o' ? 1 : 100)
          : (2 * x + 7 * y + z) / (c[0] === 'r' ? 2550 : 10)) < 0.5
      );
  }
  return media!.matches;
}

function set(host: HTMLElement): void {
  const scheme = pageIsDark(host) ? 'dark' : 'light';
  if (host.dataset.scheme !== scheme) host.dataset.scheme = scheme;
}

function check(): void {
  hosts.forEach(set);
}

const onTransition = (e: TransitionEvent) => e.propertyName === 'background-color' && check();

/** Starts (`on`) or stops the one set of listeners all graphics on the page share. */
function listen(on: boolean): void {
  const add = on ? 'addEventListener' : 'removeEventListener';
  media![add]('change', check);
  window[add]('load', check);
  document[add]('transitionend', onTransition as EventListener);
  observer?.disconnect();
  observer = on ? new MutationObserver(check) : undefined;
  observer?.observe(document.documentElement, { attributes: true });
  if (document.body) observer?.observe(document.body, { attributes: true });
}

/**
 * Makes a graphic follow its host page's colour scheme (how: see `pageIsDark`): sets
 * `data-scheme="light|dark"` on the host, which the theme styles select on; a `theme`
 * attribute still wins. Checked again when the page switches theme (an attribute of `<html>`
 * or `<body>` such as a class, a style or `data-theme`; the system preference; late
 * stylesheets; a page background's transition), through one observer for all graphics.
 */
export class PageSchemeController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    media ??= matchMedia('(prefers-color-scheme: dark)');
    if (!hosts.size) listen(true);
    hosts.add(this.host);
    set(this.host);
  }

  hostDisconnected(): void {
    // The last graphic to leave the page stops the shared listeners.
    if (hosts.delete(this.host) && !hosts.size) listen(false);
  }
}
