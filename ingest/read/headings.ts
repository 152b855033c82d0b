// Which lines are headings, and of what level. The Council note is cut by part ("Part 1- Bilateral
// dialogues"), by lettered region or process ("A. AFRICAN COUNTRIES", "E. THE RABAT PROCESS") and by country
// in upper case ("CABO VERDE"); news pages by short title lines; Markdown by `#`.

/** Longest line read as a heading. */
const MAX_HEADING_CHARS = 140;
/** Fewest letters in an upper-case heading, so stray codes ("EN", "MS") are not sections. */
const MIN_CAPS_LETTERS = 4;
/** Fewest words in a sentence-case heading of a news page. */
const MIN_TITLE_CASE_WORDS = 3;

/** The events-table marker: not a section of its own, it opens the table of the section it is in. */
export const TABLE_MARKER = /^Key (?:past and upcoming|upcoming|past) events\s*$/i;
/** A table-of-contents line ends in a page number after a tab or a dotted leader. */
export const TOC_LINE = /(?:\t\s*\d+|\.{3,}\s*\d*)\s*$/;

export interface HeadingLine { level: number; title: string }

export function headingOf(line: string, standalone: boolean, firstParagraph: boolean): HeadingLine | null {
  const md = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
  if (md) return { level: md[1].length, title: md[2] };
  const t = line.trim().replace(/^\*\*|\*\*$/g, '').trim();
  if (!standalone || t.length > MAX_HEADING_CHARS || t.includes('\t') || TABLE_MARKER.test(t)) return null;
  if (/^Part\s+\d+\s*[-–:]/.test(t)) return { level: 1, title: t };
  if (/^[A-Z]\.\s+\S/.test(t) && !/[.;,]$/.test(t)) return { level: 2, title: t };
  const letters = t.replace(/[^\p{L}]/gu, '');
  if (letters.length >= MIN_CAPS_LETTERS && letters === letters.toUpperCase() && !/\d/.test(t)) return { level: 3, title: t };
  // A short standalone line without final punctuation in running text: a news sub-heading.
  if (!firstParagraph && /^[\p{Lu}]/u.test(t) && !/[.!?:;,"”'’(]$/.test(t) && t.split(/\s+/).length >= MIN_TITLE_CASE_WORDS &&
      !/\|/.test(t)) {
    return { level: 2, title: t };
  }
  return null;
}
