/**
 * Is the article English? The draft's NLP (compromise), its gazetteer and its hedge words
 * are English only. Two plain signals, no model:
 * - the share of letters that are Latin;
 * - the share of words that are common English function words ("the", "of", "and" …),
 *   about a fifth to a third of running English text and almost none of other languages.
 *
 * @module
 */

const FUNCTION_WORDS = new Set(
  'the of and to a in is that for it as was with on by be are this at from or an but not have has had which were their they its his her he she we you will would been who than there into after also about said more could only'.split(
    ' ',
  ),
);

/** Whether the draft supports an article's language, and the signals it went by. */
export interface LanguageGuess {
  supported: boolean;
  englishShare: number;
  latinShare: number;
  words: number;
  reason?: string;
}

export function guessLanguage(text: string): LanguageGuess {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((l) => /\p{Script=Latin}/u.test(l)).length;
  const latinShare = letters.length ? latin / letters.length : 0;
  const words = (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, 5000);
  const english = words.filter((w) => FUNCTION_WORDS.has(w)).length;
  const englishShare = words.length ? english / words.length : 0;
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const guess = { englishShare: round(englishShare), latinShare: round(latinShare), words: words.length };
  if (latinShare < 0.5)
    return { supported: false, ...guess, reason: 'most of its letters are not Latin script' };
  if (words.length >= 20 && englishShare < 0.12)
    return {
      supported: false,
      ...guess,
      reason: `only ${Math.round(englishShare * 100)}% of its words are common English words (English text has 20% or more)`,
    };
  return { supported: true, ...guess };
}
