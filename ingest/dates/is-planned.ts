// Planned events stay distinguishable from past ones: after the document's date, or marked as not yet done.
import type { TextDate } from '../../model/extraction.ts';

/** Words that mark an event as foreseen rather than done. Whole words, any case. */
const PLANNED_MARKERS = /\b(?:tbc|tbd|planned|upcoming|next|will|shall|to be (?:held|organised|organized|signed|launched)|foreseen|scheduled|expected|envisaged|forthcoming)\b/i;

/** Compares the first day a date can mean with the last day the document's date can mean. */
function after(date: TextDate, docDate: TextDate): boolean {
  const first = date.iso.length === 4 ? `${date.iso}-01-01` : date.iso.length === 7 ? `${date.iso}-01` : date.iso;
  const cut = docDate.iso.slice(0, date.iso.length);
  // Same year or month as the document at a coarser precision is not "after" it: it may already be done.
  if (date.precision !== 'day' && date.iso.slice(0, cut.length) === cut) return false;
  return first > docDate.iso;
}

export function isPlanned(sentence: string, date: TextDate | null, docDate: TextDate | null): boolean {
  if (PLANNED_MARKERS.test(sentence)) return true;
  return Boolean(date && docDate && after(date, docDate));
}

/** Not yet fixed: tbc, next, foreseen. A tentative event is planned, and not a fact the graph asserts yet. */
const TENTATIVE_MARKERS = /\b(?:tbc|tbd|to be confirmed|next|foreseen|envisaged|planned|upcoming|forthcoming|cancel(?:l)?ed)\b/i;

export function isTentative(text: string): boolean {
  return TENTATIVE_MARKERS.test(text);
}
