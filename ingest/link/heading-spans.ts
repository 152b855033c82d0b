// Where each section's heading stands in the text, as a pseudo-sentence the mention finders can read.
// A mention there is attributed to the section's first sentence, the nearest real provenance.
import type { Section, Sentence } from '../../model/extraction.ts';

/** How far after a section's start its heading may begin (blank lines, a letter like `E. `). */
const HEADING_SEARCH_CHARS = 200;

export interface HeadingSpan { index: number; start: number; end: number; section: number }

export function headingSpans(text: string, sections: Section[], sentences: Sentence[]): HeadingSpan[] {
  const out: HeadingSpan[] = [];
  sections.forEach((s, k) => {
    const title = s.title.trim();
    if (!title) return;
    const at = text.indexOf(title, s.start);
    if (at < 0 || at - s.start > HEADING_SEARCH_CHARS) return;
    const end = at + title.length;
    if (sentences.some((x) => x.start < end && at < x.end)) return; // already read as a sentence
    const next = sentences.find((x) => x.start >= end);
    if (!next) return;
    out.push({ index: next.index, start: at, end, section: k });
  });
  return out;
}
