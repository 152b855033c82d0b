// The gold passages of ../shared/eval/GUIDELINES.md, as a zod schema: what the evaluation reads.
import { z } from 'zod';
import { ENTITY_TYPES, INSTRUMENT_STAGES } from '../../model/graph-model.ts';

export const goldEntitySchema = z.object({
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  byRole: z.boolean().optional(),
  kind: z.string().optional(),
  parties: z.array(z.string()).optional(),
});

export const goldPassageSchema = z.object({
  doc: z.string().min(1),
  section: z.string().optional(),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  entities: z.array(goldEntitySchema).default([]),
  meetings: z.array(z.object({
    date: z.string().nullable(), place: z.string().nullable().optional(), participants: z.array(z.string()), line: z.number().int(),
  })).default([]),
  instrumentEvents: z.array(z.object({
    instrument: z.string(), stage: z.enum(INSTRUMENT_STAGES), date: z.string().nullable(), line: z.number().int(),
  })).default([]),
});
export const goldSchema = z.array(goldPassageSchema);
export type GoldPassage = z.infer<typeof goldPassageSchema>;
