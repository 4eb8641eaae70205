/**
 * Folds text for matching: lower case, Vietnamese diacritics removed (đ → d included), whitespace collapsed,
 * leading/trailing punctuation such as "*" or ":" dropped. "Đăng ký  KHAI SINH *" → "dang ky khai sinh".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
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
