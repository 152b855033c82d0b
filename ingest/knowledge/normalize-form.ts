// One normal form for matching surface strings: accents folded, case dropped, punctuation as spaces.
// It agrees with the evaluation's normalisation, so `Çavuşoğlu` and `Cavusoglu` are the same form.
// Every token of every sentence passes through here several times, so both forms are memoised per
// distinct string and plain ASCII (most of this corpus) skips the Unicode decomposition.
const FOLD: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', '’': "'" };

/** Distinct strings remembered per form before the memo starts over: a corpus's vocabulary fits, a
 * hostile input of endless distinct strings cannot grow memory without bound. */
export const MEMO_MAX_ENTRIES = 50_000;
/** Longer strings (a whole sentence) are rarely seen twice: computed, not remembered. */
const MEMO_MAX_LENGTH = 64;
/** Only ASCII: NFKD leaves it unchanged, it has no marks and none of FOLD's letters. */
const ASCII = /^[\x00-\x7f]*$/;

function memoised(compute: (s: string) => string): (s: string) => string {
  let memo = new Map<string, string>();
  return (s) => {
    if (s.length > MEMO_MAX_LENGTH) return compute(s);
    let v = memo.get(s);
    if (v === undefined) {
      if (memo.size >= MEMO_MAX_ENTRIES) memo = new Map();
      v = compute(s);
      memo.set(s, v);
    }
    return v;
  };
}

function computeForm(s: string): string {
  // For ASCII, `[^\p{L}\p{N}]` is `[^A-Za-z0-9]`, and the other steps change nothing but case.
  if (ASCII.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function computeFolded(s: string): string {
  if (ASCII.test(s)) return s;
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[ıłøđßæœ’]/g, (c) => FOLD[c] ?? c);
}

/** Folds one string to its matching form: `Mevlüt Çavuşoğlu` -> `mevlut cavusoglu`. */
export const normalizeForm: (s: string) => string = memoised(computeForm);

/** The form's tokens, the unit the mention trie walks. */
export function formTokens(s: string): string[] {
  const f = normalizeForm(s);
  return f ? f.split(' ') : [];
}

/** Folds accents but keeps case, for case-sensitive acronyms and capitalisation checks. */
export const foldAccents: (s: string) => string = memoised(computeFolded);
