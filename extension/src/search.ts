import { foldText, PROCEDURES, type Procedure } from '@papi/core';
import { guideForProcedure } from './guides/index.js';

/** Folded words (diacritics, case and punctuation dropped): "Đăng ký khai tử – BHYT" → dang, ky, khai, tu, bhyt. */
const words = (text: string): string[] => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Everything a clerk may call a procedure by (its names, the seed's name, its id, its guide's title), as words: folded once. */
const folded = new WeakMap<Procedure, string[][]>();
function names(p: Procedure): string[][] {
  let all = folded.get(p);
  if (!all) {
    const guide = guideForProcedure(p.id);
    all = [p.name.vi, p.name.en, p.seedName ?? '', p.id.replace(/-/g, ' '), ...(guide ? [guide.title.vi, guide.title.en] : [])].map(words);
    folded.set(p, all);
  }
  return all;
}

/**
 * Procedures that hold every word of the query at the start of one of their words (so "tu" finds "tử" but also
 * "tuổi"), best first: the Vietnamese name itself, then names holding every word whole, then the rest, each group in
 * the catalogue's order. Diacritics are optional.
 */
export function searchProcedures(query: string, list: readonly Procedure[] = PROCEDURES): readonly Procedure[] {
  const q = words(query);
  if (q.length === 0) return list;
  const phrase = q.join(' ');
  const ranked: { p: Procedure; rank: number; i: number }[] = [];
  list.forEach((p, i) => {
    const all = names(p);
    const flat = all.flat();
    if (!q.every((w) => flat.some((x) => x.startsWith(w)))) return;
    const exact = all.some((n) => n.join(' ') === phrase);
    const whole = q.every((w) => flat.includes(w));
    ranked.push({ p, rank: exact ? 0 : whole ? 1 : 2, i });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.i - b.i).map((r) => r.p);
}
