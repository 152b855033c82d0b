// Reading: a document's metadata, its sections, and its sentences and table rows, all as exact offsets
// into the text as a JavaScript string (for .html and .md: into the original file text; markup is masked
// with spaces of the same length, never removed).
import type { DocumentMeta, Section, Sentence } from '../../model/extraction.ts';
import { readMeta } from './document-meta.ts';
import { headingOf, TABLE_MARKER, TOC_LINE } from './headings.ts';
import { maskHtml, maskMarkdown } from './mask-markup.ts';
import { MAX_SENTENCE_CHARS, splitSentences } from './split-sentences.ts';

export interface ReadDocument { doc: DocumentMeta; sections: Section[]; sentences: Sentence[] }

/** A table row's first cell must look like a date (or be empty, for rows the table continues). */
const ROW_DATE_CELL = /^\s*(?:\d|Q[1-4]|(?:early|mid|late|end|beginning|autumn|spring|summer|winter|first|second|third|fourth|last|next|tbc|tbd)\b|[A-Z][a-z]+\s+\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)/i;

export function readableText(file: string, text: string): string {
  if (/\.html?$/i.test(file)) return maskHtml(text);
  if (/\.(?:md|markdown)$/i.test(file)) return maskMarkdown(text);
  return text;
}

interface Line { start: number; end: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const body = raw.replace(/\r$/, '');
    out.push({ start, end: start + body.length, text: body });
    start += raw.length + 1;
  }
  return out;
}

export function readDocument(file: string, text: string): ReadDocument {
  const readable = readableText(file, text);
  const { doc, bodyStart } = readMeta(file, text, readable);
  const sections: Section[] = [];
  const sentences: Sentence[] = [];
  const lines = linesOf(readable);
  let inTable = false;
  let seenParagraph = false;
  let paragraph = -1;
  const push = (start: number, end: number, tableRow: boolean) => {
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), section: sections.length - 1, tableRow, paragraph });
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start = Math.max(line.start, bodyStart);
    const body = readable.slice(start, line.end);
    if (!body.trim()) continue;
    if (TOC_LINE.test(body) || /^\s*(?:Contents|Table of contents)\s*$/i.test(body)) continue;
    const standalone = !lines[i - 1]?.text.trim() && !lines[i + 1]?.text.trim();
    if (TABLE_MARKER.test(body.trim())) { inTable = true; continue; }
    const heading = headingOf(body, standalone, !seenParagraph);
    if (heading) {
      const offset = start + body.indexOf(heading.title);
      if (sections.length) sections[sections.length - 1].end = line.start;
      sections.push({ title: heading.title, countryId: null, start: offset, end: readable.length, level: heading.level });
      inTable = false;
      continue;
    }
    seenParagraph = true;
    // Every text line is a paragraph: the seeds put one paragraph per line, and a table row is one too.
    paragraph++;
    const firstCell = body.split('\t')[0];
    // A "row" longer than any sentence may be (pasted data, hostile input) is read as prose, so that it
    // is cut into bounded pieces like any run-on sentence and every later step stays linear.
    const rowLike = body.length <= MAX_SENTENCE_CHARS && body.includes('\t');
    if (rowLike && (inTable || ROW_DATE_CELL.test(firstCell))) {
      const lead = body.length - body.trimStart().length;
      const trail = body.length - body.trimEnd().length;
      push(start + lead, line.end - trail, true);
      continue;
    }
    for (const s of splitSentences(readable, start, line.end)) push(s.start, s.end, false);
  }
  return { doc, sections, sentences };
}
