/**
 * Interface words in the reader's language. Every sentence a component shows or announces is a
 * message of a catalogue: a template with named placeholders (`'{name} has no relations
 * shown.'`), so a translation can put the parts in its own order. English ships in the code (each
 * component's own words with its code, the data tables' with the table code: see `en.ts`);
 * German, French, Spanish, Russian, Arabic and Persian are fetched (a dynamic import each) the
 * first time an element finds its page in that language, so English pages fetch nothing.
 * A developer can replace any message for any language with {@link setMessages}.
 *
 * Plurals: with a numeric `count` parameter, the message `<id>.<category>` is used (the
 * `Intl.PluralRules` category: `one`, `few`, `many`, `other`…), else `<id>.other`, else `<id>`.
 * Numbers are written in the language's digits; in languages other than English, string
 * parameters (names, quotes: data) are wrapped in bidi isolates (U+2068 … U+2069), so a name
 * written right to left reads right inside a left-to-right sentence and the other way round.
 *
 * @module
 */
import { formatNumber } from '../number-format.js';
import type { en } from './en.js';
import type { enTable } from './en-table.js';
import { shipped } from './shipped.js';

/**
 * The English catalogues, by name: core's (`en.ts`), the data tables' (`en-table.ts`) and each
 * component's own, which its package ships with its code and adds here by declaration merging
 * (`declare module '@nutgraf/core' { interface Catalogues { donut: typeof enDonut } }`). Their
 * ids together are the message ids.
 */
export interface Catalogues {
  core: typeof en;
  table: typeof enTable;
}
type Key = { [C in keyof Catalogues]: keyof Catalogues[C] & string }[keyof Catalogues];
type Plural<K> = K extends `${infer Id}.other` ? Id : never;
/** The id of a message of the English catalogue (a plural message by its id without the category). */
export type MessageId = Key | Plural<Key>;

/** Messages by id (a catalogue or part of one). */
export type Messages = Partial<Record<string, string>>;

/** A developer's own messages by language, which win over the shipped ones. */
const own: Record<string, Messages> = {};
const loading: Record<string, Promise<void>> = {};

/** The catalogues that ship with core, each fetched on first use. */
const LOADERS: Record<string, () => Promise<{ messages: Messages }>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  ru: () => import('./ru.js'),
  ar: () => import('./ar.js'),
  fa: () => import('./fa.js'),
};

/** The catalogue language of a BCP 47 tag: `de` for `de-CH`. */
const base = (lang: string): string => lang.toLowerCase().split('-')[0]!;

const rules = new Map<string, Intl.PluralRules>();
const plural = (n: number, lang: string): string => {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r.select(n);
};

/**
 * Replaces messages for a language (`'de'`, `'ar'`; a region tag counts as its language), any
 * number at a time; the rest stay as shipped. Works for languages nutgraf does not ship: a
 * message missing there falls back to English. Call it before the elements draw (elements
 * drawn already show the new words when they next render).
 *
 * @example
 * import { setMessages } from '@nutgraf/core';
 * setMessages('de', { 'map.colourBy': 'Färben nach' });
 */
export function setMessages(lang: string, messages: Messages): void {
  Object.assign((own[base(lang)] ??= {}), messages);
}

/**
 * Starts fetching the catalogue of `lang` when nutgraf ships one and it is not here yet, and
 * returns the promise of its arrival; returns nothing when the messages are ready. A catalogue
 * that fails to load leaves the language in English.
 */
export function loadMessages(lang: string): Promise<void> | undefined {
  const l = base(lang);
  const load = LOADERS[l];
  if (shipped[l] || !load) return undefined;
  return (loading[l] ??= load().then(
    (m) => void (shipped[l] = m.messages),
    () => void (shipped[l] = {}),
  ));
}

/**
 * The message `id` in `lang`, as parts: text, and the parameters in the places the message
 * gives them. Parameters that are not strings or numbers (a link, a template) are kept as they
 * are, so a Lit template can render the parts; {@link msg} joins them into a string.
 */
export function msgParts<T>(
  id: MessageId,
  params: Record<string, string | number | T> = {},
  lang = 'en',
): (string | T)[] {
  const l = base(lang);
  const count = params.count;
  // The language's own forms first, then English's.
  const pick = (lang: string, get: (key: string) => string | undefined) =>
    (typeof count === 'number' && (get(`${id}.${plural(count, lang)}`) ?? get(`${id}.other`))) || get(id);
  const template =
    pick(l, (key) => own[l]?.[key] ?? shipped[l]?.[key]) ??
    pick('en', (key) => own.en?.[key] ?? shipped.en![key]) ??
    id;
  return template.split(/\{(\w+)\}/).map((part, i) => {
    if (!(i & 1)) return part;
    const value = params[part];
    return typeof value === 'number'
      ? l === 'en'
        ? String(value)
        : formatNumber(value, lang)
      : typeof value === 'string'
        ? l === 'en' || !value
          ? value
          : `\u2068${value}\u2069`
        : (value ?? '');
  });
}

/**
 * The message `id` in `lang`, its placeholders filled from `params`: for aria-labels, live
 * regions and other plain text.
 *
 * @example
 * msg('network.none', { name: 'Ruritania' }, 'de'); // "Für ⁨Ruritania⁩ sind keine Beziehungen zu sehen."
 */
export const msg = (id: MessageId, params?: Record<string, string | number>, lang?: string): string =>
  msgParts(id, params, lang).join('');
