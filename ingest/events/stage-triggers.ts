// Loads and validates stage-triggers.json (the knowledge of which words move an instrument to which stage)
// and compiles it once into regular expressions.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INSTRUMENT_KINDS, INSTRUMENT_STAGES, type InstrumentKind, type InstrumentStage } from '../../model/graph-model.ts';
import { AtlasError } from '../../model/errors.ts';

export const stageTriggersSchema = z.object({
  $comment: z.string().optional(),
  stages: z.record(z.enum(INSTRUMENT_STAGES), z.array(z.string().min(2)).min(1)),
  bodies: z.array(z.object({ body: z.string().min(3), instrumentHead: z.string().min(3), kind: z.enum(INSTRUMENT_KINDS) })),
  intentions: z.string().min(1),
  topics: z.string().min(1),
  notInstrumentSubject: z.string().min(1),
}).strict();
export type StageTriggerData = z.infer<typeof stageTriggersSchema>;

export interface StageTrigger { stage: InstrumentStage; pattern: RegExp }
export interface CompiledStageTriggers {
  triggers: StageTrigger[];
  bodies: Array<{ pattern: RegExp; instrumentHead: string; kind: InstrumentKind }>;
  /** Matches text ending right before a trigger that makes it an intention ("to amend"), not an event. */
  intention: RegExp;
  /** Matches text right after a trigger that makes it a topic of discussion, not an event. */
  topic: RegExp;
  /** Matches text right before a trigger whose subject is a gathering ("The meeting concluded"). */
  gatheringSubject: RegExp;
  /** Every trigger and body pattern as one alternation (global): the positions where it matches are the
   * only places any single pattern can start, so the hundred patterns are tried there, not along the text. */
  any: RegExp;
  /** The trigger patterns, then the body patterns (as `implemented`), sticky: tried at one position. */
  sticky: StageTrigger[];
}

/** Reading JSON with fs keeps this module importable from worker threads without an import attribute. */
const FILE = new URL('./stage-triggers.json', import.meta.url);
let cached: CompiledStageTriggers | null = null;

export function compileStageTriggers(data: StageTriggerData): CompiledStageTriggers {
  const triggers = Object.entries(data.stages).flatMap(([stage, forms]) =>
    forms.map((f) => ({ stage: stage as InstrumentStage, pattern: new RegExp(`\\b(?:${f})\\b`, 'gi') })));
  const bodies = data.bodies.map((b) => ({ pattern: new RegExp(`\\b${b.body}s?\\b`, 'gi'), instrumentHead: b.instrumentHead, kind: b.kind }));
  const any = new RegExp([...triggers, ...bodies].map((t) => `(?:${t.pattern.source})`).join('|'), 'gi');
  const sticky = [...triggers, ...bodies.map((b) => ({ stage: 'implemented' as const, pattern: b.pattern }))]
    .map((t) => ({ stage: t.stage, pattern: new RegExp(t.pattern.source, 'iy') }));
  return { triggers, bodies, any, sticky, intention: new RegExp(data.intentions, 'i'), topic: new RegExp(data.topics, 'i'), gatheringSubject: new RegExp(data.notInstrumentSubject, 'i') };
}

export function stageTriggers(): CompiledStageTriggers {
  if (cached) return cached;
  const parsed = stageTriggersSchema.safeParse(JSON.parse(readFileSync(FILE, 'utf8')));
  if (!parsed.success) {
    throw new AtlasError('BAD_KNOWLEDGE_FILE', `ingest/events/stage-triggers.json is invalid (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}); fix the file and re-run.`);
  }
  try {
    cached = compileStageTriggers(parsed.data);
  } catch (e) {
    throw new AtlasError('BAD_KNOWLEDGE_FILE', `ingest/events/stage-triggers.json has a bad pattern (${(e as Error).message}); fix it and re-run.`);
  }
  return cached;
}
