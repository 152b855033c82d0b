// Sentence boundaries inside one paragraph, as exact offsets into the document text.

/** Words ending in a full stop that do not end a sentence in this genre ("art. 25a", "No. prev. doc.", "D.C."). */
const NON_FINAL = /(?:\b(?:art|Art|arts|No|no|nr|Mr|Mrs|Ms|Dr|St|vs|etc|para|paras|cf|Cf|Prof|Gen|Amb|prev|doc|incl|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|OR|i\.e|e\.g|p|pp|Rev|Reg|Dir)\.|\b[A-Z]\.|\b\p{L}\.\p{L}\.)$/u;
/** A sentence ends at . ! ? (and closing quotes or brackets), then space, then something that can open one. */
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

/**
 * The longest unit handed on to mention finding and event extraction. The seeds' longest sentence is 621
 * characters; a run-on "sentence" of tens of kilobytes (pasted data, hostile input) would make the
 * per-sentence steps quadratic, so it is cut at clause boundaries into pieces of at most this length.
 */
export const MAX_SENTENCE_CHARS = 4_000;
/** Where a cut prefers to fall: after a clause mark, else after any white space. */
const CLAUSE_END = /[,;:]\s+(?=\S)/g;

export interface Span { start: number; end: number }

/** Splits text[start, end) into sentence spans, trimmed of surrounding white space. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const piece = text.slice(start, end);
  let from = 0;
  for (const m of piece.matchAll(BOUNDARY)) {
    const stop = m.index + m[0].length;
    if (NON_FINAL.test(piece.slice(Math.max(0, m.index - 12), m.index + 1))) continue;
    push(out, text, start + from, start + stop);
    from = stop;
  }
  push(out, text, start + from, end);
  return out;
}

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  while (e - s > MAX_SENTENCE_CHARS) {
    const cut = cutPoint(text, s, s + MAX_SENTENCE_CHARS);
    push(out, text, s, cut);
    s = cut;
    while (s < e && /\s/.test(text[s])) s++;
  }
  if (e > s) out.push({ start: s, end: e });
}

/** The last clause boundary (else white space) in text[s, limit), or limit itself when there is none. */
function cutPoint(text: string, s: number, limit: number): number {
  const window = text.slice(s, limit);
  let cut = -1;
  for (const m of window.matchAll(CLAUSE_END)) cut = m.index + 1;
  if (cut <= 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t')) + 1;
  return cut > 0 ? s + cut : limit;
}
