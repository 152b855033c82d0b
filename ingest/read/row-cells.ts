// The cells of an events-table row (date, event, outcome), as offsets into the document text.
import type { Sentence } from '../../model/extraction.ts';

export interface Cell { start: number; end: number; text: string }

export function rowCells(row: Sentence): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (const part of row.text.split('\t')) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    cells.push({ start: row.start + from + lead, end: row.start + from + lead + body.length, text: body });
    from += part.length + 1;
  }
  return cells;
}
