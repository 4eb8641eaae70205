import { foldText, type Guide, PROCEDURES, type Procedure } from '@papi/core';
import { BUILT_IN } from './guides/index.js';

/**
 * Folded words (diacritics, case and punctuation dropped): "Đăng ký khai tử – BHYT" → dang, ky, khai, tu, bhyt.
 * Marks stay inside words: Khmer vowel signs and subscripts are marks, not letters.
 */
const words = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter(Boolean);
const KHMER = /\p{Script=Khmer}/u;

/** Everything a clerk may call a procedure by (its names, the seed's name, its id), as words: folded once. */
const folded = new WeakMap<Procedure, string[][]>();
function procedureNames(p: Procedure): string[][] {
  let all = folded.get(p);
  if (!all) {
    all = [p.name.vi, p.name.en, p.name.km, p.seedName ?? '', p.id.replace(/-/g, ' ')].map(words);
    folded.set(p, all);
  }
  return all;
}

/** A guide's titles, as words: folded once per guide (an imported guide replaced is a new object). */
const foldedTitles = new WeakMap<Guide, string[][]>();
function titleWords(g: Guide): string[][] {
  let all = foldedTitles.get(g);
  if (!all) {
    all = [g.title.vi, g.title.en, g.title.km ?? ''].map(words);
    foldedTitles.set(g, all);
  }
  return all;
}

/**
 * Procedures that hold every word of the query, in their names or their guides' titles (built-in and imported),
 * at the start of one of their words (so "tu" finds "tử" but also
 * "tuổi"), best first: the Vietnamese name itself, then names holding every word whole, then the rest, each group in
 * the catalogue's order. Diacritics are optional. Khmer, written without spaces between words, matches anywhere in a
 * name ("កំណើត" finds "ការចុះបញ្ជីកំណើត").
 */
export function searchProcedures(
  query: string,
  list: readonly Procedure[] = PROCEDURES,
  guides: readonly Guide[] = BUILT_IN.all,
): readonly Procedure[] {
  const q = words(query);
  if (q.length === 0) return list;
  const phrase = q.join(' ');
  const ranked: { p: Procedure; rank: number; i: number }[] = [];
  list.forEach((p, i) => {
    const all = [...procedureNames(p), ...guides.filter((g) => g.procedure === p.id).flatMap(titleWords)];
    const flat = all.flat();
    const found = (w: string): boolean =>
      KHMER.test(w) ? all.some((n) => n.join('').includes(w)) : flat.some((x) => x.startsWith(w));
    if (!q.every(found)) return;
    const exact = all.some((n) => n.join(' ') === phrase || (KHMER.test(phrase) && n.join('') === q.join('')));
    const whole = q.every((w) => flat.includes(w));
    ranked.push({ p, rank: exact ? 0 : whole ? 1 : 2, i });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.p);
}
