// The date a role-only mention is resolved at: the leading date of its table row, else the first date
// the sentence states, else the document's date. Cheap regular expressions, no parser: it only has to
// place a date inside an office term.
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:\\s*(?:[-–/]|and)\\s*\\d{1,2})?(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})`, 'i');
const NUMERIC = /^(?:\d{1,2}\s*[-–]\s*)?(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const MONTH_YEAR = new RegExp(`^${MONTH}\\s+(\\d{4})`, 'i');
const QUARTER = /^Q([1-4])(?:\s*\/\s*Q[1-4])?\s+(\d{4})/i;
const YEAR = /^((?:19|20)\d\d)\b/;
const ANY_DAY = new RegExp(`\\b(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\s+(\\d{4})`, 'i');
const ANY_MONTH = new RegExp(`\\b${MONTH}\\s+(\\d{4})`, 'i');
const HAS_DIGIT = /\d/;
const ANY_YEAR = /\b(?:in|since|from|of|until)\s+((?:19|20)\d\d)\b/i;

const pad = (n: number | string) => String(n).padStart(2, '0');
const monthNo = (m: string) => MONTHS.indexOf(m.toLowerCase()) + 1;

/** ISO date (any precision) that the start of a line states, or null. */
export function leadingDate(line: string): string | null {
  const s = line.trim();
  let m = DAY_MONTH_YEAR.exec(s);
  if (m) return `${m[3]}-${pad(monthNo(m[2]!))}-${pad(m[1]!)}`;
  m = NUMERIC.exec(s);
  if (m) return `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`;
  m = MONTH_YEAR.exec(s);
  if (m) return `${m[2]}-${pad(monthNo(m[1]!))}`;
  m = QUARTER.exec(s);
  if (m) return `${m[2]}-${pad((Number(m[1]) - 1) * 3 + 2)}`;
  m = YEAR.exec(s);
  return m ? m[1]! : null;
}

/** The first date stated anywhere in a sentence, or null. */
export function statedDate(sentence: string): string | null {
  // Each pattern needs a four-digit year: a sentence without a digit states none (most prose).
  if (!HAS_DIGIT.test(sentence)) return null;
  let m = ANY_DAY.exec(sentence);
  if (m) return `${m[3]}-${pad(monthNo(m[2]!))}-${pad(m[1]!)}`;
  m = ANY_MONTH.exec(sentence);
  if (m) return `${m[2]}-${pad(monthNo(m[1]!))}`;
  m = ANY_YEAR.exec(sentence);
  return m ? m[1]! : null;
}

/** Date for mentions in a sentence: row date, stated date, document date, in that order. */
export function sentenceDate(text: string, start: number, end: number, tableRow: boolean, docIso: string | null): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const row = tableRow || line.includes('\t') ? leadingDate(line) : null;
  return row ?? statedDate(text.slice(start, end)) ?? docIso;
}
