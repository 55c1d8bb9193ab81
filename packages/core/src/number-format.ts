/**
 * Numbers in the reader's language.
 *
 * @module
 */

const numberFormats = new Map<string, Intl.NumberFormat | null>();

/**
 * Formats a number in the given language. Formatters are made once per language and options:
 * making one costs far more than using it. Arabic without a region or numbering system of its
 * own is written in Arabic-Indic digits (٠١٢٣), as newsrooms writing Modern Standard Arabic do.
 */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  if (/^ar$/i.test(lang)) lang = 'ar-u-nu-arab';
  const key = `${lang} ${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(lang, options);
    } catch {
      format = null;
    }
    numberFormats.set(key, format);
  }
  return format ? format.format(value) : String(value);
}
