// User text -> a Lucene query for the `entityNames` full-text index: every word must match, exactly
// (boosted), as a prefix (for typing) or within a small edit distance (typos). Pure.

/** Characters Lucene's classic parser treats as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/** Words this short match exactly or as a prefix only: a fuzzy 2-letter word matches nearly anything. */
const MIN_FUZZY_LENGTH = 4;
/** Words at least this long tolerate two typos; shorter ones one. */
const TWO_EDITS_LENGTH = 6;
/** Words the query keeps at most: a name is a few words, and each adds clauses to the search. */
const MAX_WORDS = 8;

export function words(q: string): string[] {
  return q
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

export function luceneQuery(q: string): string | null {
  const terms = words(q).map((w) => w.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (!terms.length) return null;
  return terms
    .map((t) => {
      const edits = t.length >= TWO_EDITS_LENGTH ? 2 : 1;
      const fuzzy = t.length >= MIN_FUZZY_LENGTH ? ` OR ${t}~${edits}` : '';
      return `+(${t}^4 OR ${t}*^2${fuzzy})`;
    })
    .join(' ');
}
