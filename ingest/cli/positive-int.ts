// A commander option parser for counts and scales: commander names the option in front of the message,
// "option '--batch-rows <n>' argument '0' is invalid. Give a whole number of at least 1, e.g. 25."
import { InvalidArgumentError } from 'commander';

export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`Give a whole number of at least 1, e.g. 25.`);
  return n;
}
