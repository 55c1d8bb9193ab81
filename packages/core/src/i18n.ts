/**
 * Language helpers: the element follows the page's `lang` and `dir`; country names
 * come from `Intl.DisplayNames`, numbers from `Intl.NumberFormat`.
 *
 * @module
 */
import type { Entity } from './dataset/types.js';
import { formatNumber } from './number-format.js';
import { msg } from './messages/format.js';

export { formatNumber };

/** The language and direction in effect for an element. */
export interface LocaleInfo {
  lang: string;
  dir: 'ltr' | 'rtl';
}

/** Reads `lang` and `dir` from the closest ancestor (crossing shadow roots) or the document. */
export function localeOf(element: Element): LocaleInfo {
  let lang = '';
  let dir = '';
  let node: Node | null = element;
  while (node && (!lang || !dir)) {
    if (node instanceof Element) {
      lang ||= node.getAttribute('lang') ?? '';
      dir ||= node.getAttribute('dir') ?? '';
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  lang ||= globalThis.navigator?.language ?? 'en';
  if (!dir) dir = rtlLanguage(lang) ? 'rtl' : 'ltr';
  return { lang, dir: dir === 'rtl' ? 'rtl' : 'ltr' };
}

function rtlLanguage(lang: string): boolean {
  return /^(ar|fa|he|ur|ps|ckb|dv|yi)\b/i.test(lang);
}

const displayNames = new Map<string, Intl.DisplayNames | null>();

/**
 * The entity's name in the given language: countries through `Intl.DisplayNames`
 * (by ISO alpha-2), everything else as the dataset spells it.
 */
export function entityName(entity: Pick<Entity, 'name' | 'iso2' | 'kind'>, lang: string): string {
  if (entity.kind !== 'country' || !entity.iso2 || /^en\b/i.test(lang)) return entity.name;
  let names = displayNames.get(lang);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNames.set(lang, names);
  }
  try {
    return names?.of(entity.iso2.toUpperCase()) ?? entity.name;
  } catch {
    return entity.name;
  }
}

/**
 * A list in words: "a", "a and b", "a, b and c". English is written here: `Intl.ListFormat`
 * would load locale data the first time it is made, on the main thread; other languages use it.
 */
export const listWords = (words: string[], lang = 'en'): string =>
  !/^en\b/i.test(lang)
    ? new Intl.ListFormat(lang).format(words)
    : words.length > 1
      ? `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
      : (words[0] ?? '');

/**
 * A percentage for labels: "~80%" when approximate (`words: false`), or "around 80%"
 * in sentences (`words: true`).
 */
export function formatPercent(value: number, lang: string, approximate: boolean, words = false): string {
  const text = formatNumber(value / 100, lang, {
    style: 'percent',
    maximumFractionDigits: value < 1 ? 1 : 0,
  });
  if (!approximate) return text;
  return words ? msg('percent.around', { value: text }, lang) : `~${text}`;
}
