// Document metadata: title, date and place where the text gives them, content hash, size.
import { createHash } from 'node:crypto';
import type { DocumentMeta, TextDate } from '../../model/extraction.ts';
import { parseDates } from '../dates/parse-dates.ts';

/** How far into a document its date line may sit (the Council note's is on line 8). */
const DATE_LINE_WINDOW = 40;
/** Non-blank lines at the top of a page searched for its date when no date line says it. */
const HEAD_LINES = 4;
/** Longest line taken as a title; longer ones are body text. */
const MAX_TITLE_CHARS = 160;
/** Fewest words in a title, so "Skip to main content"-style chrome is passed over. */
const MIN_TITLE_WORDS = 5;

/** News files open with ` date 2022-11-15 Islamabad:`; the place is optional. */
export const NEWS_PREFIX = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(?:([\p{Lu}][\p{L}.' -]{1,40}?):)?/u;

export interface DocumentHead { date: TextDate | null; place: string | null; /** Where the body starts. */ bodyStart: number }

export function documentId(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return `doc:${base.replace(/\.[^.]+$/, '')}`;
}

export function readHead(text: string): DocumentHead {
  const news = NEWS_PREFIX.exec(text);
  if (news) {
    return { date: { iso: news[1], precision: 'day', text: news[1] }, place: news[2]?.trim() ?? null, bodyStart: news[0].length };
  }
  // Only the first lines are read: splitting a whole long document would be wasted.
  const lines = text.split('\n', DATE_LINE_WINDOW).join('\n');
  // "Brussels, 6 February 2024": a place, a comma, a full date.
  const dateLine = /^[^\p{L}\n]*([\p{Lu}][\p{L}-]+(?: [\p{Lu}][\p{L}-]+)?),\s+(\d{1,2}\s+\p{L}+\s+\d{4})/mu.exec(lines);
  if (dateLine) {
    const d = parseDates(dateLine[2]).find((x) => x.precision === 'day');
    if (d) return { date: { iso: d.iso, precision: 'day', text: d.text }, place: dateLine[1], bodyStart: 0 };
  }
  const published = /Publication date\s*\n\s*([^\n]+)/i.exec(text);
  const pd = published && parseDates(published[1]).find((x) => x.precision === 'day');
  if (pd) return { date: { iso: pd.iso, precision: 'day', text: pd.text }, place: null, bodyStart: 0 };
  // Web pages glue chrome to the date ("News blog6 June 2021Directorate-..."): unglue before reading.
  const head = firstLines(text, HEAD_LINES).join('\n').replace(/(\p{Ll})(\d)/gu, '$1 $2').replace(/(\d{4})(\p{Lu})/gu, '$1 $2');
  const hd = parseDates(head).find((x) => x.precision === 'day');
  return { date: hd ? { iso: hd.iso, precision: 'day', text: hd.text } : null, place: null, bodyStart: 0 };
}

/** The first `n` lines that are not blank, without splitting the rest of the text. */
function firstLines(text: string, n: number): string[] {
  const out: string[] = [];
  for (let at = 0; at <= text.length && out.length < n;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(at, end);
    if (line.trim()) out.push(line);
    if (nl < 0) break;
    at = nl + 1;
  }
  return out;
}

export function readTitle(text: string, file: string, raw: string = text): string {
  const subject = /^Subject:\s*(.+)$/m.exec(text);
  if (subject) return subject[1].trim();
  const md = /^#\s+(.+)$/m.exec(text) ?? /<title>([^<]+)<\/title>/i.exec(raw) ?? /<h1[^>]*>([^<]+)<\/h1>/i.exec(raw);
  if (md) return md[1].trim();
  for (const raw of text.split('\n')) {
    const line = raw.replace(NEWS_PREFIX, '').trim();
    const words = line.split(/\s+/).length;
    // Glued words ("HomeForeign affairs", "blog6") are page chrome, not a title.
    if (line.length > MAX_TITLE_CHARS || words < MIN_TITLE_WORDS || /\p{Ll}\p{Lu}|\p{L}\d/u.test(line)) continue;
    return line.replace(/[.:]$/, '');
  }
  return file;
}

/** A letter or digit outside ASCII (ASCII is decided by code below). */
const NON_ASCII_WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** Words as `/[\p{L}\p{N}][\p{L}\p{N}'’-]*\/gu` counts them, counted in one pass over the characters:
 * a regular expression over a whole document, or an array of its words, costs more than the count. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let wordChar: boolean;
    if (c < 128) wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      const cp = text.codePointAt(i)!;
      wordChar = NON_ASCII_WORD_CHAR.test(String.fromCodePoint(cp));
      if (cp > 0xffff) i++;
    }
    if (wordChar) { if (!inWord) n++; inWord = true; } else if (!(inWord && (c === 39 || c === 0x2019 || c === 45))) inWord = false;
  }
  return n;
}

export function readMeta(file: string, text: string, readable: string): { doc: DocumentMeta; bodyStart: number } {
  const head = readHead(readable);
  return {
    bodyStart: head.bodyStart,
    doc: {
      id: documentId(file), file, title: readTitle(readable, file, text), date: head.date, place: head.place,
      hash: createHash('sha256').update(text).digest('hex'), words: countWords(readable), chars: text.length,
    },
  };
}
