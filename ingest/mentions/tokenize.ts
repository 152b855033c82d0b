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
/** Only ASCII letters and digits: the normal form is the lower case, the folded form the token itself. */
const ASCII_WORD = /^[A-Za-z0-9]+$/;

/** Tokens of `text.slice(from, to)`, with offsets into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  // Scanning the text itself from `from` is scanning the slice: WORD has no look-behind, and a word
  // running past `to` is cut there as the slice would cut it.
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const raw = end === start + m[0].length ? m[0] : text.slice(start, end);
    if (ASCII_WORD.test(raw)) { out.push({ raw, folded: raw, norm: raw.toLowerCase(), start, end }); continue; }
    const norm = normalizeForm(raw);
    if (!norm) continue;
    out.push({ raw, folded: foldAccents(raw), norm, start, end });
  }
  return out;
}

/** Whether a token starts with an upper-case letter (or is a number, which names like `2025 Roadmap` allow). */
export function isCapitalised(t: Token): boolean {
  const code = t.raw.charCodeAt(0);
  // ASCII, decided by code: an upper-case letter or a digit.
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
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
