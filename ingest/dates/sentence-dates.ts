// The dates of every sentence and table row, with a row's date read from its first cell and a year missing
// there ("13 September") taken from the neighbouring rows of the same table.
import type { DocumentMeta, Sentence } from '../../model/extraction.ts';
import { rowCells } from '../read/row-cells.ts';
import { type DateMatch, parseDates } from './parse-dates.ts';

export interface SentenceDates {
  /** The row's own date (first cell) for a table row; null for prose. Offsets into the document. */
  rowDate: DateMatch | null;
  /** Every date in the sentence (for a row: in its other cells), offsets into the document. */
  dates: DateMatch[];
}

const shift = (d: DateMatch, by: number): DateMatch => ({ ...d, start: d.start + by, end: d.end + by });
const hasYear = (d: DateMatch) => /\d{4}/.test(d.text);

export function dateSentences(sentences: Sentence[], doc: DocumentMeta): SentenceDates[] {
  const docDate = doc.date ?? undefined;
  const out: SentenceDates[] = [];
  const rowYears: Array<number | undefined> = sentences.map((s) => {
    if (!s.tableRow) return undefined;
    const first = parseDates(rowCells(s)[0].text).find(hasYear);
    return first ? Number(first.iso.slice(0, 4)) : undefined;
  });
  for (const s of sentences) {
    if (!s.tableRow) {
      out.push({ rowDate: null, dates: parseDates(s.text, { docDate }).map((d) => shift(d, s.start)) });
      continue;
    }
    // Same table: same section, consecutive rows. Previous row first, then the next.
    const neighbour = [s.index - 1, s.index + 1]
      .filter((i) => sentences[i]?.tableRow && sentences[i].section === s.section)
      .map((i) => rowYears[i]).find((y) => y !== undefined);
    const cells = rowCells(s);
    const first = parseDates(cells[0].text, { docDate, neighbourYear: rowYears[s.index] ?? neighbour })[0];
    const rowDate = first ? shift(first, cells[0].start) : null;
    const year = rowDate ? Number(rowDate.iso.slice(0, 4)) : neighbour;
    const dates = cells.slice(1).flatMap((c) => parseDates(c.text, { docDate, neighbourYear: year }).map((d) => shift(d, c.start)));
    out.push({ rowDate, dates });
  }
  return out;
}
