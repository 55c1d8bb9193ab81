import { html } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';
import { cssProps } from '@nutgraf/core';

/** Draws the story in a column `width` pixels wide, as on a phone (375 px by default). */
export const narrow =
  (width = 375): Decorator =>
  (story) =>
    html`<div ${cssProps({ width: `${width}px`, 'max-width': '100%' })}>${story()}</div>`;

/** Draws the story inside a page written in `lang` (right to left when `dir` says so). */
export const inLanguage =
  (lang: string, dir: 'ltr' | 'rtl' = 'ltr'): Decorator =>
  (story) =>
    html`<div lang=${lang} dir=${dir}>${story()}</div>`;
