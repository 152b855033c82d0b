// User text -> the Lucene queries for the `entityNames` full-text index: every word must match, exactly
// (boosted) or as a prefix (for typing); the typo-tolerant query also lets each word match within a
// small edit distance. cypher/search-entities.cypher runs the second only when the first finds nothing.
// Pure.

/** Characters Lucene's classic parser treats as syntax. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
/** Words this short match exactly or as a prefix only: a fuzzy 2-letter word matches nearly anything. */
const MIN_FUZZY_LENGTH = 4;
/** Words at least this long tolerate two typos; shorter ones one. */
const TWO_EDITS_LENGTH = 6;
/** Words the query keeps at most: a name is a few words, and each adds clauses to the search. */
const MAX_WORDS = 8;

export interface SearchQueries {
  /** Exact words and prefixes. */
  exact: string;
  /** The same with edit-distance terms; null when no word is long enough for one (it would be `exact`). */
  typo: string | null;
}

export function words(q: string): string[] {
  return q
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
}

export function luceneQueries(q: string): SearchQueries | null {
  const terms = words(q).map((w) => w.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`));
  if (!terms.length) return null;
  const clause = (t: string, typos: boolean) => {
    const fuzzy = typos && t.length >= MIN_FUZZY_LENGTH ? ` OR ${t}~${t.length >= TWO_EDITS_LENGTH ? 2 : 1}` : '';
    return `+(${t}^4 OR ${t}*^2${fuzzy})`;
  };
  const query = (typos: boolean) => terms.map((t) => clause(t, typos)).join(' ');
  return { exact: query(false), typo: terms.some((t) => t.length >= MIN_FUZZY_LENGTH) ? query(true) : null };
}
