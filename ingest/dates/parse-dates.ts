// Dates as the text gives them, with their precision. Pure: a function of the text and its context.
// A regular-expression scanner rather than chrono-node alone, because this genre writes dates chrono does
// not read ("26-28 February 2020", "Last quarter 2023", "7 and 9 December 2022", "Q1/Q2 2024 (tbc)").
import * as chrono from 'chrono-node';
import type { TextDate } from '../../model/extraction.ts';
import { MONTH_PATTERN, monthNumber } from './month-names.ts';

export interface DateContext {
  /** The document's own date: the reference for weekdays and for dates without a year. */
  docDate?: TextDate | null;
  /** A year read from neighbouring rows of the same table, preferred over the document's year. */
  neighbourYear?: number;
}

/** A date found in a text, with its offsets into that text. */
export interface DateMatch extends TextDate {
  start: number;
  end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');
const ORD = '(?:st|nd|rd|th)?';
/** Earliest and latest plausible years: keeps document numbers ("5484/24") and counts out. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2100;

// One day-month group: "26-28 February 2020", "7 and 9 December", "13 September", "7 of May", "May 2023".
const GROUP = new RegExp(
  `(?:\\b(\\d{1,2})${ORD}(?:\\s*(?:[-–/]|and|&)\\s*(\\d{1,2})${ORD})?\\s+(?:of\\s+)?)?` +
  `\\b(${MONTH_PATTERN})\\b\\.?(?:\\s*\\((?:tbc|TBC)\\))?(?:,?\\s*(\\d{4})\\b)?`, 'g');
const ISO_DAY = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
const NUMERIC_DAY = /\b(\d{1,2})(?:\s*-\s*(\d{1,2}))?\/(\d{1,2})\/(\d{4})\b/g;
const QUARTER = /\b(?:Q([1-4])(?:\s*[/-]\s*Q[1-4])?|(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?)\s*(\d{4})\b/gi;
const SEMESTER = /\b([12])\s*(?:st|nd)?\s+semester\s+(?:of\s+)?(\d{4})\b/gi;
const YEAR_RANGE = /\b(\d{4})\s*[-–]\s*(\d{4})\b/g;
const YEAR = /\b(\d{4})\b/g;
const WEEKDAY = /\b(?:on|last|this)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
/** Relative dates in a dated article ("last year in December", "this month", "3 days ago"): chrono-node reads them. */
const RELATIVE = /\b(?:last|this|next|ago|yesterday|today|tomorrow)\b/i;
/** Words that tell events in sequence, so a later-told date is not earlier than the one before it. */
const SEQUENCE = /\b(?:following|after|then|later|subsequently|afterwards)\b/i;
/** A vague past in an article ("just recently", "lately"): dated by the article's year only. */
const RECENTLY = /\b(?:just |very |most )?(?:recently|lately)\b/i;
const RELATIVE_YEAR_MONTH = new RegExp(`\\b(last|this|next) year,? in (${MONTH_PATTERN})\\b`, 'gi');
/** Words that put a sentence in the future, so a yearless date in it may follow the document's date. */
const FUTURE = /\b(?:next|will|upcoming|planned|forthcoming|scheduled|expected|later|tbc|shall)\b/i;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const QUARTER_WORDS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4 };

const plausible = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** Every pattern below needs a digit, a month name (any case: RELATIVE_YEAR_MONTH ignores it), or, in a
 * dated document, a weekday or a relative word; a text with none of them has no date, and most prose
 * sentences are such texts. A looser test than the patterns, so it never hides a date. */
const DIGIT = /\d/;
const ANY_MONTH = new RegExp(MONTH_PATTERN, 'i');
const ANY_WEEKDAY = /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day/;
function mayHaveDate(text: string, context: DateContext): boolean {
  return DIGIT.test(text) || ANY_MONTH.test(text)
    || (!!context.docDate && (ANY_WEEKDAY.test(text) || RELATIVE.test(text) || RECENTLY.test(text)));
}

interface Group {
  start: number; end: number; day?: number; endDay?: number; month: number; year?: number; text: string;
  /** Where the year came from: a month name alone is a date only when its year is written or listed. */
  yearFrom?: 'written' | 'list' | 'context';
  /** "7 and 9 December": two days, not a range. */
  list?: boolean;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function dayDate(y: number, m: number, d: number, text: string, start: number, end: number): DateMatch {
  return { iso: `${y}-${pad(m)}-${pad(d)}`, precision: 'day', text, start, end };
}

/** Every date in `text`, in reading order; the first is the one a row or sentence is dated by. */
export function parseDates(text: string, context: DateContext = {}): DateMatch[] {
  if (!mayHaveDate(text, context)) return [];
  const out: DateMatch[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || s >= b);
  const take = (m: DateMatch) => { out.push(m); taken.push([m.start, m.end]); };
  const defaultYear = context.neighbourYear ?? (context.docDate ? Number(context.docDate.iso.slice(0, 4)) : undefined);
  // A report looks back: a day and month without a year that would fall after the document's date is last
  // year's, unless the text speaks of the future ("the next Council on 24 June").
  const lookBack = !context.neighbourYear && context.docDate?.precision === 'day' && !FUTURE.test(text);

  for (const m of text.matchAll(ISO_DAY)) {
    if (plausible(+m[1])) take({ iso: m[0], precision: 'day', text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(NUMERIC_DAY)) {
    const [d, d2, mo, y] = [+m[1], m[2] ? +m[2] : undefined, +m[3], +m[4]];
    if (!plausible(y) || mo < 1 || mo > 12 || !free(m.index, m.index + m[0].length)) continue;
    const dm = dayDate(y, mo, d, m[0], m.index, m.index + m[0].length);
    if (d2) dm.endIso = `${y}-${pad(mo)}-${pad(d2)}`;
    take(dm);
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = m[1] ? +m[1] : QUARTER_WORDS[m[2].toLowerCase()];
    const y = +m[3];
    if (!plausible(y) || !free(m.index, m.index + m[0].length)) continue;
    const endMonth = q * 3;
    take({ iso: `${y}-${pad(endMonth - 2)}`, precision: 'quarter', endIso: `${y}-${pad(endMonth)}-${lastDay(y, endMonth)}`,
      text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(SEMESTER)) {
    const y = +m[2];
    if (!plausible(y) || !free(m.index, m.index + m[0].length)) continue;
    // No semester precision in the model: a half year is read as its year, with the half as its range.
    take({ iso: `${y}`, precision: 'year', endIso: m[1] === '1' ? `${y}-06-30` : `${y}-12-31`,
      text: m[0], start: m.index, end: m.index + m[0].length });
  }

  if (context.docDate?.precision === 'day') relativeYearMonth(text, context.docDate, free, take);
  const groups: Group[] = [];
  for (const m of text.matchAll(GROUP)) {
    const start = m.index; const end = m.index + m[0].length;
    if (!free(start, end)) continue;
    const month = monthNumber(m[3])!;
    const g: Group = { start, end, month, text: m[0] };
    if (m[1]) g.day = +m[1];
    if (m[2]) { g.endDay = +m[2]; g.list = /\d\s*(?:and|&)\s*\d/.test(m[0]); }
    if (m[4] && plausible(+m[4])) { g.year = +m[4]; g.yearFrom = 'written'; }
    if (g.day && (g.day < 1 || g.day > 31)) continue;
    // A bare month name with neither day nor year is too weak ("May" in a title) unless joined to one that has.
    groups.push(g);
  }
  // A group without a year takes the year of the next group it is listed with ("7 December, 8 January 2023"
  // is read right to left), else of the previous one, else the neighbours', else the document's.
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i].year) continue;
    const next = groups[i + 1];
    if (next?.year && /^[\s,;&/–-]*(?:and|or|to|until|-|–)?[\s,;&/–-]*$/.test(text.slice(groups[i].end, next.start))) {
      // A cross-year list ("30 December - 2 January 2023") is rare enough to ignore.
      groups[i].year = next.year; groups[i].yearFrom = 'list';
    }
  }
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const next = groups[i + 1];
    const joined = next && /^\s*[-–/]\s*$/.test(text.slice(g.end, next.start));
    if (!g.year) {
      const before = groups.slice(0, i).reverse().find((p) => p.year);
      const prev = before?.year;
      g.year = prev ?? defaultYear;
      g.yearFrom = prev ? 'list' : 'context';
      // "Following the visit on 13-14 November 2022, the first meeting took place on 15 March": told in
      // sequence, a day-month earlier in the year than the date before it is in the next year (never after
      // the document's own date).
      if (before && prev && SEQUENCE.test(text.slice(0, g.start)) && g.month * 100 + (g.day ?? 1) < before.month * 100 + (before.day ?? 1)) {
        const next = `${prev + 1}-${pad(g.month)}-${pad(g.day ?? 1)}`;
        if (!context.docDate || next <= context.docDate.iso) g.year = prev + 1;
      }
    }
    if (!g.year) continue;
    let m: DateMatch;
    if (g.day) {
      if (lookBack && g.yearFrom === 'context' && `${g.year}-${pad(g.month)}-${pad(g.day)}` > context.docDate!.iso) g.year -= 1;
      m = dayDate(g.year, g.month, g.day, g.text, g.start, g.end);
      if (g.endDay && g.list) {
        // Two separate days: the second is its own date, at the same offsets (they share the words).
        take(dayDate(g.year, g.month, g.endDay, g.text, g.start, g.end));
      } else if (g.endDay && g.endDay > g.day) m.endIso = `${g.year}-${pad(g.month)}-${pad(g.endDay)}`;
    } else {
      // "In August I visited Tunisia" in a dated article: a month read against the article's date.
      const monthInArticle = lookBack && /\b(?:in|since|from|until|by|early|late|mid|end of|beginning of)\s+$/i.test(text.slice(Math.max(0, g.start - 14), g.start));
      if (g.yearFrom === 'context' && !joined && !monthInArticle) continue;
      if (monthInArticle && g.yearFrom === 'context' && `${g.year}-${pad(g.month)}` > context.docDate!.iso.slice(0, 7)) g.year -= 1;
      m = { iso: `${g.year}-${pad(g.month)}`, precision: 'month', text: g.text, start: g.start, end: g.end };
    }
    if (joined && next) {
      // "30 November – 1 December 2022", "April/May 2023": one range, dated by its first day.
      const ny = next.year ?? g.year;
      m.endIso = next.day ? `${ny}-${pad(next.month)}-${pad(next.endDay ?? next.day)}` : `${ny}-${pad(next.month)}-${lastDay(ny, next.month)}`;
      m.text = text.slice(g.start, next.end); m.end = next.end;
      i++;
    }
    take(m);
  }

  for (const m of text.matchAll(YEAR_RANGE)) {
    const [a, b] = [+m[1], +m[2]];
    if (!plausible(a) || !plausible(b) || b < a || !free(m.index, m.index + m[0].length)) continue;
    take({ iso: `${a}`, precision: 'year', endIso: `${b}-12-31`, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR)) {
    const y = +m[1];
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    if (!plausible(y) || /[/\d.]/.test(before) || !free(m.index, m.index + 4)) continue;
    take({ iso: `${y}`, precision: 'year', text: m[0], start: m.index, end: m.index + 4 });
  }
  if (context.docDate?.precision === 'day') {
    for (const m of text.matchAll(WEEKDAY)) {
      if (!free(m.index, m.index + m[0].length)) continue;
      // News reports the past: "on Monday" is the latest such weekday before the article's date.
      const ref = new Date(`${context.docDate.iso}T00:00:00Z`);
      const back = ((ref.getUTCDay() - WEEKDAYS.indexOf(m[1]) + 7) % 7) || 7;
      const d = new Date(ref.getTime() - back * 86_400_000);
      take(dayDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), m[0], m.index, m.index + m[0].length));
    }
  }
  if (context.docDate?.precision === 'day') relativeDates(text, context.docDate, free, take);
  // "I visited Tunisia just recently": the article's year, as precise as the text is (not the article's day).
  const recent = !out.length && context.docDate ? RECENTLY.exec(text) : null;
  if (recent) take({ iso: context.docDate!.iso.slice(0, 4), precision: 'year', text: recent[0], start: recent.index, end: recent.index + recent[0].length });
  return out.sort((a, b) => a.start - b.start || a.iso.localeCompare(b.iso));
}

/** "last year in December": a month of a year counted from the article's. */
function relativeYearMonth(text: string, docDate: TextDate, free: (s: number, e: number) => boolean, take: (m: DateMatch) => void): void {
  const refYear = Number(docDate.iso.slice(0, 4));
  for (const m of text.matchAll(RELATIVE_YEAR_MONTH)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const y = refYear + ({ last: -1, this: 0, next: 1 } as Record<string, number>)[m[1].toLowerCase()];
    take({ iso: `${y}-${pad(monthNumber(m[2]) ?? 1)}`, precision: 'month', text: m[0], start: m.index, end: m.index + m[0].length });
  }
}

/** Relative dates, against the article's date: precision is what chrono-node is certain of. */
function relativeDates(text: string, docDate: TextDate, free: (s: number, e: number) => boolean, take: (m: DateMatch) => void): void {
  // chrono-node is slow next to the scanner: only ask it where a relative word is present.
  if (!RELATIVE.test(text)) return;
  const ref = new Date(`${docDate.iso}T12:00:00Z`);
  for (const r of chrono.parse(text, ref, { forwardDate: false })) {
    const end = r.index + r.text.length;
    if (!RELATIVE.test(r.text) || !free(r.index, end) || !r.start.isCertain('year')) continue;
    const [y, mo, d] = [r.start.get('year')!, r.start.get('month')!, r.start.get('day')!];
    const base = { text: r.text, start: r.index, end };
    if (r.start.isCertain('day')) take({ ...base, iso: `${y}-${pad(mo)}-${pad(d)}`, precision: 'day' });
    else if (r.start.isCertain('month')) take({ ...base, iso: `${y}-${pad(mo)}`, precision: 'month' });
    else take({ ...base, iso: `${y}`, precision: 'year' });
  }
}
