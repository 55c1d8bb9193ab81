// Shared by the components' language tests: the shipped languages, what an element says, the
// dataset's own words (data, left out of the checks) and the English a translated page still shows.
import { oneEvent, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { en } from '../../packages/core/src/messages/en.js';

/** The languages nutgraf ships besides English, with their direction. */
export const LOCALES = { de: 'ltr', fr: 'ltr', es: 'ltr', ru: 'ltr', ar: 'rtl', fa: 'rtl' } as const;

/** Every text and accessible name an element shows (aria-label, title), bidi isolates removed. */
export const words = (el: Element): string =>
  [
    el.shadowRoot!.textContent!,
    ...[...el.shadowRoot!.querySelectorAll('[aria-label], [title]')].flatMap((e) => [
      e.getAttribute('aria-label') ?? '',
      e.getAttribute('title') ?? '',
    ]),
  ]
    .join('\n')
    .replace(/[\u2068\u2069]/g, '');

/** The strings of a dataset (at least `min` characters), longest first. */
export const dataStrings = (data: unknown, min = 8): string[] =>
  (JSON.stringify(data).match(new RegExp(`"(?:[^"\\\\]|\\\\.){${min},}"`, 'g')) ?? [])
    .map((q) => JSON.parse(q) as string)
    .sort((a, b) => b.length - a.length);

/** `text` with each of `data` (the dataset's own words) blanked out. */
export const withoutData = (text: string, data: string[]): string =>
  data.reduce((t, d) => t.split(d).join(' '), text);

/** The English parts (8 characters or more) of the messages `messages` translates that `text` still shows. */
export function englishLeft(text: string, messages: Record<string, string>): string[] {
  const own = Object.values(messages).join('\n');
  return Object.entries(en)
    .filter(([id, value]) => messages[id] !== undefined && messages[id] !== value)
    .flatMap(([, value]) => value.split(/\{\w+\}/).map((p) => p.trim()))
    .filter((part) => part.length >= 8 && !own.includes(part) && text.includes(part));
}

/** Opens the element's data table, and the tooltip of its first `mark`, so their words are checked too. */
export async function openTableAndTooltip(el: LitElement, mark: string): Promise<void> {
  const details = el.shadowRoot!.querySelector('details')!;
  details.open = true;
  await oneEvent(details, 'toggle');
  await waitUntil(() => details.querySelector('table'), 'the table loads');
  el.shadowRoot!.querySelector<SVGElement>(mark)!.focus();
  await el.updateComplete;
}
