// Month names as this genre writes them. Capitalised only: "may" and "march" are verbs in lower case.
const MONTHS: Record<string, number> = {
  January: 1, Jan: 1, February: 2, Feb: 2, March: 3, Mar: 3, April: 4, Apr: 4, May: 5, June: 6, Jun: 6,
  July: 7, Jul: 7, August: 8, Aug: 8, September: 9, Sept: 9, Sep: 9, October: 10, Oct: 10,
  November: 11, Nov: 11, December: 12, Dec: 12,
};

/** Alternation for a regular expression, longest first so `Sept` wins over `Sep`. */
export const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

export function monthNumber(name: string): number | null {
  return MONTHS[name.replace(/\.$/, '')] ?? null;
}
