// How an office's dates read in the details panel. A term the knowledge base records reads as a term
// ("2019-12-01 – 2024-11-30", "2024-12-01 – present"); a range the documents attest reads as what it is, the
// dates the office is stated on ("stated 2020-02-01 – 2023-06-06"), never as "until" or "present".
import type { Office } from '../api/types.ts';

export function officeDates(o: Pick<Office, 'from' | 'to' | 'range'>): string {
  if (o.range === 'attested') {
    if (!o.from && !o.to) return 'stated, undated';
    if (!o.to || o.from === o.to) return `stated ${o.from ?? o.to}`;
    return `stated ${o.from ?? '?'} – ${o.to}`;
  }
  return `${o.from ?? '?'} – ${o.to ?? 'present'}`;
}
