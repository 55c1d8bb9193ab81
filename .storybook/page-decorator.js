// The page every story is drawn in, set from the toolbar: its language, its direction and the
// graphics' theme. The components read `lang` and `dir` from their nearest ancestor when they
// connect, so a change of language, direction or theme draws the story afresh.
import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

const RIGHT_TO_LEFT = new Set(['ar', 'fa']);

/** The toolbar: theme, text direction and language. */
export const globalTypes = {
  theme: {
    description: 'Theme of the graphics (a story that sets `theme` keeps its own)',
    toolbar: {
      title: 'Theme',
      icon: 'contrast',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Auto (page, then system)' },
        { value: 'light', title: 'Light' },
        { value: 'dark', title: 'Dark' },
      ],
    },
  },
  dir: {
    description: 'Text direction of the page',
    toolbar: {
      title: 'Direction',
      icon: 'transfer',
      dynamicTitle: true,
      items: [
        { value: 'auto', title: 'Direction from the language' },
        { value: 'ltr', title: 'Left to right' },
        { value: 'rtl', title: 'Right to left' },
      ],
    },
  },
  locale: {
    description: 'Language of the page (interface words, country names, numbers)',
    toolbar: {
      title: 'Language',
      icon: 'globe',
      dynamicTitle: true,
      items: [
        { value: 'en', title: 'English' },
        { value: 'de', title: 'Deutsch' },
        { value: 'fr', title: 'Français' },
        { value: 'es', title: 'Español' },
        { value: 'ru', title: 'Русский' },
        { value: 'ar', title: 'العربية' },
        { value: 'fa', title: 'فارسی' },
      ],
    },
  },
};

export const initialGlobals = { theme: 'auto', dir: 'auto', locale: 'en' };

/**
 * Wraps the story in an element with the toolbar's `lang` and `dir`, and passes the toolbar's
 * theme to the story's `theme` arg when the story leaves it unset. A forced theme also gives
 * the page behind the graphic that theme's background.
 */
export function pageDecorator(story, context) {
  const { theme = 'auto', dir = 'auto', locale = 'en' } = context.globals;
  const direction = dir === 'auto' ? (RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr') : dir;
  const own = context.args.theme;
  const effective = own || (theme === 'auto' ? '' : theme);
  const drawn =
    'theme' in context.args && !own && effective
      ? story({ args: { ...context.args, theme: effective } })
      : story();
  return html`${keyed(
    `${locale} ${direction} ${effective}`,
    html`<div class="nutgraf-page" lang=${locale} dir=${direction} data-theme=${effective || 'auto'}>
      ${drawn}
    </div>`,
  )}`;
}
