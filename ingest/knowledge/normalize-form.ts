// One normal form for matching surface strings: accents folded, case dropped, punctuation as spaces.
// It agrees with the evaluation's normalisation, so `Çavuşoğlu` and `Cavusoglu` are the same form.
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'" };

/** Folds one string to its matching form: `Mevlüt Çavuşoğlu` -> `mevlut cavusoglu`. */
export function normalizeForm(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The form's tokens, the unit the mention trie walks. */
export function formTokens(s: string): string[] {
  const f = normalizeForm(s);
  return f ? f.split(' ') : [];
}

/** Folds accents but keeps case, for case-sensitive acronyms and capitalisation checks. */
export function foldAccents(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c);
}
