// Word tokens with their offsets into the document text; the unit every mention finder walks.
import { foldAccents, normalizeForm } from '../knowledge/normalize-form.ts';

export interface Token {
  /** The token as written. */
  raw: string;
  /** Accents folded, case kept: compares acronyms (`IOM`) and checks capitalisation. */
  folded: string;
  /** Normal form (lower case, folded), the trie key. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const raw = m[0];
    const norm = normalizeForm(raw);
    if (!norm) continue;
    out.push({ raw, folded: foldAccents(raw), norm, start: from + m.index, end: from + m.index + raw.length });
  }
  return out;
}

/** Whether a token starts with an upper-case letter (or is a number, which names like `2025 Roadmap` allow). */
export function isCapitalised(t: Token): boolean {
  const c = t.raw[0]!;
  return c !== c.toLowerCase() || /\p{N}/u.test(c);
}

/** Whether a token is all upper case and at least two letters (`LUCHNER`, `IOM`). */
export function isUpperCase(t: Token): boolean {
  return t.raw.length >= 2 && t.raw === t.raw.toUpperCase() && t.raw !== t.raw.toLowerCase();
}

/** The text between two adjacent tokens (`-` in `EU-Pakistan`, `, ` in a list). */
export function gap(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}
