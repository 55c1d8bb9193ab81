/**
 * Numbers in the reader's language.
 *
 * @module
 */

const numberFormats = new Map<string, Intl.NumberFormat | null>();

/**
 * English plain and percent numbers with at most `maximumFractionDigits`, written as
 * `Intl.NumberFormat` writes them ("1,234.5", "80%"), without it: a page's first formatter
 * loads locale data, a long task on a phone. Like Intl, rounds the shortest decimal that reads
 * back as the value (1.005, not the double's 1.00499…) half away from zero, by moving its
 * point in the text. `undefined` for anything else.
 */
function english(value: number, { style, maximumFractionDigits, ...rest }: Intl.NumberFormatOptions = {}) {
  const percent = style == 'percent';
  if ((style && !percent && style != 'decimal') || Object.keys(rest).length) return;
  const places = maximumFractionDigits ?? (percent ? 0 : 3);
  const [digits, exponent = 0] = String(Math.abs(value)).split('e');
  // Whole units of the last place kept, read from the decimal text. With at most 15 digits
  // (a double holds 15 exactly) and below 2^52 it is exact, and so are its halves; beyond that,
  // or not finite, Intl writes it.
  const units = +`${digits}e${+exponent + places + (percent ? 2 : 0)}`;
  if (digits!.replace(/^[0.]+|\./g, '').length > 15 || !(units < 2 ** 52)) return;
  const [whole, fraction = ''] = (Math.round(units) / 10 ** places).toFixed(places).split('.');
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  return `${sign}${whole!.replace(/\B(?=(\d{3})+$)/g, ',')}${fraction.replace(/0+$/, '').replace(/^./, '.$&')}${percent ? '%' : ''}`;
}

/**
 * Formats a number in the given language. Formatters are made once per language and options:
 * making one costs far more than using it. English needs none (see `english`). Arabic without
 * a region or numbering system of its own is written in Arabic-Indic digits (٠١٢٣), as
 * newsrooms writing Modern Standard Arabic do.
 */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  const plain = /^en\b/i.test(lang) ? english(value, options) : undefined;
  if (plain !== undefined) return plain;
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
