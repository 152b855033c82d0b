// Default windows for compare periods, read off the meetings histogram: the span of SPAN_MONTHS
// consecutive months holding the most meetings, cut into two halves. So the first comparison a
// reader sees is between two periods that both have data, whatever the corpus covers. Pure.
import type { TimeWindow } from '../state/view-state.ts';
import { continuousMonths, type MonthCount } from './time-range.ts';

/** Length of the busiest span; its halves (a year each) are periods A and B. */
export const SPAN_MONTHS = 24;

export function defaultCompareWindows(histogram: MonthCount[], span = SPAN_MONTHS): { a: TimeWindow; b: TimeWindow } | null {
  const months = continuousMonths(histogram);
  if (months.length < 2) return null;
  const len = Math.min(span, months.length);
  // Sliding sum over the months; the earliest of equally busy spans wins, so the result is stable.
  let sum = months.slice(0, len).reduce((t, m) => t + m.count, 0);
  let best = { start: 0, sum };
  for (let i = 1; i + len <= months.length; i++) {
    sum += months[i + len - 1].count - months[i - 1].count;
    if (sum > best.sum) best = { start: i, sum };
  }
  const half = Math.floor(len / 2);
  const at = (i: number) => months[best.start + i].month;
  return { a: { from: at(0), to: at(half - 1) }, b: { from: at(half), to: at(len - 1) } };
}
