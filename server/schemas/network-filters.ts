// Filters of the two network views, shared by their endpoints and the exports.
import { z } from 'zod';
import { INSTRUMENT_KINDS, INSTRUMENT_STAGES } from '../../model/graph-model.ts';
import { boundedInt, csvEnum, csvIds, isoDate } from './common.ts';

/** MET edges returned by default; the explorer's who-met-whom view stays fluid below this. */
const DEFAULT_EDGE_CAP = 3_000;
const MAX_EDGE_CAP = 20_000;
/** Instruments returned by default. */
const DEFAULT_INSTRUMENT_CAP = 1_000;
const MAX_INSTRUMENT_CAP = 10_000;

export const meetingsFilters = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  country: csvIds.optional().describe('Country ids: meetings a country (or one of its office holders) took part in, or held there'),
  institution: csvIds.optional().describe('Institution ids: meetings the institution or one of its office holders took part in'),
  person: csvIds.optional().describe('Person ids: meetings the person took part in'),
  min: boundedInt(1, 1_000, 1).describe('Fewest meetings an edge must stand for'),
  planned: z.enum(['include', 'exclude', 'only']).default('include').describe('Planned or upcoming meetings: include, exclude, only'),
  limit: boundedInt(1, MAX_EDGE_CAP, DEFAULT_EDGE_CAP).describe('Most MET edges returned (the heaviest); truncated says when it cut'),
}).refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'from must not be after to', path: ['from'] });

export const agreementsFilters = z.object({
  kind: csvEnum(INSTRUMENT_KINDS).optional(),
  country: csvIds.optional().describe('Country ids: only instruments the country is party to'),
  stage: csvEnum(INSTRUMENT_STAGES).optional().describe('Latest stage of the instrument'),
  limit: boundedInt(1, MAX_INSTRUMENT_CAP, DEFAULT_INSTRUMENT_CAP),
});

export type MeetingsFilters = z.output<typeof meetingsFilters>;
export type AgreementsFilters = z.output<typeof agreementsFilters>;
