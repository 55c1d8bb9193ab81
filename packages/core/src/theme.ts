import { css } from 'lit';

/** Dark values of the tokens: designed for a dark background, not inverted. */
const darkTokens = css`
  --_fg: var(--nutgraf-color-text, #ececf1);
  --_fg-muted: var(--nutgraf-color-text-muted, #a9a9b3);
  --_bg: var(--nutgraf-color-background, #18181b);
  --_surface: var(--nutgraf-color-surface, #27272a);
  --_land: var(--nutgraf-color-land, #3f3f46);
  --_border: var(--nutgraf-color-border, #18181b);
  --_rule: var(--nutgraf-color-rule, #3f3f46);
  --_accent: var(--nutgraf-color-accent, #56b4e9);
  --_focus: var(--nutgraf-color-focus, #8ab4f8);
  --_neutral: var(--nutgraf-color-neutral, #71717a);
  --_c1: var(--nutgraf-color-1, #f08a4b);
  --_c2: var(--nutgraf-color-2, #56b4e9);
  --_c3: var(--nutgraf-color-3, #2ec4a0);
  --_c4: var(--nutgraf-color-4, #e09cc4);
  --_c5: var(--nutgraf-color-5, #f0b94a);
  --_c6: var(--nutgraf-color-6, #9ad2f2);
  --_c7: var(--nutgraf-color-7, #e0d25a);
`;

/**
 * Global design tokens. Pages theme every nutgraf component at once by setting
 * `--nutgraf-*` custom properties; each component reads them into private properties.
 * Light values by default; dark values with `theme="dark"`, else when the host page is dark
 * (`data-scheme="dark"`, set by `PageSchemeController`), else, with no `data-scheme`,
 * under `prefers-color-scheme: dark`. `theme="light"` forces light.
 *
 * Palette: Okabe–Ito (colour-blind safe), its orange, sky blue and reddish purple darkened in
 * light mode so that every colour reaches 3:1 against the background (lines, slices); fills on
 * land carry an outline of 3:1 instead (see the map's styles). Under forced colours every
 * palette colour is `CanvasText`, so marks and legend keys share system colours; categories
 * are then told apart by labels, patterns and line styles. Sizes in px or em, never rem.
 */
export const themeStyles = css`
  :host {
    --_fg: var(--nutgraf-color-text, #1d1d1f);
    --_fg-muted: var(--nutgraf-color-text-muted, #5b5b61);
    --_bg: var(--nutgraf-color-background, #ffffff);
    --_surface: var(--nutgraf-color-surface, #f4f4f5);
    --_land: var(--nutgraf-color-land, #e4e4e7);
    --_border: var(--nutgraf-color-border, #ffffff);
    --_rule: var(--nutgraf-color-rule, #d4d4d8);
    --_accent: var(--nutgraf-color-accent, #0072b2);
    --_focus: var(--nutgraf-color-focus, #0b57d0);
    --_neutral: var(--nutgraf-color-neutral, #8a8a93);
    --_c1: var(--nutgraf-color-1, #d55e00);
    --_c2: var(--nutgraf-color-2, #0072b2);
    --_c3: var(--nutgraf-color-3, #009e73);
    --_c4: var(--nutgraf-color-4, #c4749f);
    --_c5: var(--nutgraf-color-5, #b88000);
    --_c6: var(--nutgraf-color-6, #4191c2);
    --_c7: var(--nutgraf-color-7, #8a7a00);
    --_font: var(--nutgraf-font-family, inherit);
    --_font-size: var(--nutgraf-font-size, 14px);
    --_label-size: var(--nutgraf-label-size, 12px);
    --_faded: var(--nutgraf-faded-opacity, 0.25);
    /* Labels fade less than marks: 0.62 keeps faded text at 4.5:1 on the page, light or dark. */
    --_faded-text: var(--nutgraf-faded-text-opacity, 0.62);
    --_radius: var(--nutgraf-radius, 4px);
    display: block;
    position: relative;
    /* A host page's '*' rules reach the host element itself and beat :host for normal
       declarations; !important in a shadow tree wins over the page, so these hold. Spacing
       (line height, letter and word spacing) is not among them: a reader's spacing (WCAG 1.4.12,
       set with !important) must reach the text. NutgrafElement keeps a page's plain rules
       off it with the host's own style. */
    box-sizing: border-box !important;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size) !important;
    line-height: 1.4;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none !important;
    text-align: start;
    font-variant-numeric: tabular-nums;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  :host *,
  :host *::before,
  :host *::after {
    box-sizing: border-box;
    letter-spacing: inherit;
    word-spacing: inherit;
    text-transform: inherit;
    line-height: inherit;
  }
  /* data-scheme: the host page's scheme (PageSchemeController); without it, the system's.
     On screen only: paper gets the light palette, whose background is white (no ink); each
     component's print rules (its *.styles.ts) make the text black and keep it on one page. */
  @media screen and (prefers-color-scheme: dark) {
    :host(:not([theme='light'], [data-scheme='light'])) {
      ${darkTokens}
    }
  }
  @media screen {
    :host([theme='dark']),
    :host([data-scheme='dark']:not([theme='light'])) {
      ${darkTokens}
    }
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :host {
      --_fg: CanvasText;
      --_fg-muted: CanvasText;
      --_bg: Canvas;
      --_land: Canvas;
      --_surface: Canvas;
      --_rule: CanvasText;
      --_border: Canvas;
      --_neutral: GrayText;
      --_c1: CanvasText;
      --_c2: CanvasText;
      --_c3: CanvasText;
      --_c4: CanvasText;
      --_c5: CanvasText;
      --_c6: CanvasText;
      --_c7: CanvasText;
      --_focus: Highlight;
      --_accent: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** The palette tokens in order, for categorical encodings. */
export const PALETTE = ['--_c1', '--_c2', '--_c3', '--_c4', '--_c5', '--_c6', '--_c7'] as const;
