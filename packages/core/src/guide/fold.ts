/**
 * Khmer spellings that look the same on screen, written one way (Unicode gives them no common form):
 * - subscript DA (្ដ) and subscript TA (្ត) are drawn alike, and both are typed for the same word
 *   ("បណ្ដោះអាសន្ន" / "បណ្តោះអាសន្ន"): DA becomes TA;
 * - the split vowels typed as two signs, េ + ី for ើ and េ + ា for ោ, become the single sign;
 * - the independent vowel ឲ, an older spelling of ឱ ("ឲ្យ" / "ឱ្យ"), becomes ឱ.
 */
const KHMER_ALIKE: readonly (readonly [RegExp, string])[] = [
  [/\u17D2\u178A/g, '\u17D2\u178F'],
  [/\u17C1\u17B8/g, '\u17BE'],
  [/\u17C1\u17B6/g, '\u17C4'],
  [/\u17B2/g, '\u17B1'],
];

/**
 * Folds text for matching: lower case, Vietnamese diacritics removed (đ → d included), Khmer spellings that look
 * alike made one, whitespace collapsed, leading/trailing punctuation such as "*" or ":" dropped.
 * "Đăng ký  KHAI SINH *" → "dang ky khai sinh".
 */
export function foldText(text: string): string {
  let folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
  if (/[\u1780-\u17FF]/.test(folded)) for (const [alike, one] of KHMER_ALIKE) folded = folded.replace(alike, one);
  return folded
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s*:•\-–›»]+|[\s*:•\-–›»]+$/g, '');
}

/** True when every word of the query occurs in the text, after folding: "khai sinh" finds "Đăng ký khai sinh". */
export function foldedIncludes(text: string, query: string): boolean {
  const t = foldText(text);
  return foldText(query)
    .split(' ')
    .filter(Boolean)
    .every((w) => t.includes(w));
}
