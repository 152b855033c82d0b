// Sentence boundaries inside one paragraph, as exact offsets into the document text.

/** Words ending in a full stop that do not end a sentence in this genre ("art. 25a", "No. prev. doc.", "D.C."). */
const NON_FINAL = /(?:\b(?:art|Art|arts|No|no|nr|Mr|Mrs|Ms|Dr|St|vs|etc|para|paras|cf|Cf|Prof|Gen|Amb|prev|doc|incl|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|OR|i\.e|e\.g|p|pp|Rev|Reg|Dir)\.|\b[A-Z]\.|\b\p{L}\.\p{L}\.)$/u;
/** A sentence ends at . ! ? (and closing quotes or brackets), then space, then something that can open one. */
const BOUNDARY = /[.!?]+["”’)\]]*(?=\s+["“‘(\[]?[\p{Lu}\p{N}])/gu;

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
  if (e > s) out.push({ start: s, end: e });
}
