// zod building blocks shared by the routes' schemas: ids, ISO dates, comma lists, bounded integers.
import { z } from 'zod';
import { ENTITY_TYPES, NODE_LABELS } from '../../model/graph-model.ts';

/** Longest id the API accepts; real ids are a type prefix and a slug of a name. */
const MAX_ID_LENGTH = 300;

export const idParam = z.string().min(1).max(MAX_ID_LENGTH).describe('Node id such as person:ylva-johansson');

export const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'use an ISO date: 2019, 2019-01 or 2019-01-24')
  .describe('ISO date: 2019, 2019-01 or 2019-01-24');

/** Integer query parameter with bounds and a default (query strings arrive as text). */
export function boundedInt(min: number, max: number, fallback: number) {
  return z.coerce.number().int(`use a whole number from ${min} to ${max}`).min(min).max(max).default(fallback);
}

/** `a,b,c` (or a repeated parameter) of values from a closed list. */
export function csvEnum<T extends readonly [string, ...string[]]>(values: T) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `use a comma-separated list of ${values.join(', ')}` })))
    .describe(`Comma-separated: ${values.join(', ')}`);
}

/** `a,b` list of ids. */
export const csvIds = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(z.string().max(MAX_ID_LENGTH)).max(50))
  .describe('Comma-separated entity ids');

export const entityTypes = csvEnum(ENTITY_TYPES);

/** Node labels a neighbourhood may show: the entities plus meetings. */
export const NEIGHBOURHOOD_LABELS = [...ENTITY_TYPES, 'Meeting'] as const;

export const graphLabels = Object.keys(NODE_LABELS) as [string, ...string[]];

/** First and last ISO day covered by a (possibly coarse) ISO date: 2019-02 -> 2019-02-01 .. 2019-02-28. */
export function dayBounds(iso: string): { first: string; last: string } {
  const [y, m, d] = iso.split('-');
  if (d) return { first: iso, last: iso };
  if (m) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** Window parameters for the date-filtered queries: null means open on that side. */
export function dateWindow(from?: string, to?: string): { fromDay: string | null; toDay: string | null } {
  return { fromDay: from ? dayBounds(from).first : null, toDay: to ? dayBounds(to).last : null };
}

export const elementsSchema = z.object({
  nodes: z.array(z.object({ data: z.looseObject({ id: z.string(), label: z.string(), name: z.string() }) })),
  edges: z.array(z.object({ data: z.looseObject({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }) })),
});
