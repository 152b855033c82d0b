// The extraction JSON of ../shared/eval/EXTRACTION.md: entities merged across documents by id, with every
// mention as {file, start, end}; meetings with participant ids; instrument events. Tentative events (tbc,
// "next") are left out: they are not yet facts. Extra fields (place, planned, kind) ride along.
import type { DocumentExtraction } from '../../model/extraction.ts';

export interface ScorerEntity {
  id: string; type: string; name: string; aliases: string[]; kind?: string; parties?: string[];
  mentions: Array<{ file: string; start: number; end: number }>;
}
export interface ScorerJson {
  entities: ScorerEntity[];
  meetings: Array<{ id: string; date: string | null; participants: string[]; file: string; start: number; end: number; place: string | null; planned: boolean; kind: string }>;
  instrumentEvents: Array<{ id: string; instrument: string; stage: string; date: string | null; file: string; start: number; end: number; planned: boolean }>;
}

export function toScorerJson(extractions: DocumentExtraction[]): ScorerJson {
  const entities = new Map<string, ScorerEntity>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const have = entities.get(e.id) ?? { id: e.id, type: e.type, name: e.name, aliases: [], mentions: [],
        ...(e.kind ? { kind: e.kind } : {}), ...(e.parties ? { parties: e.parties } : {}) };
      have.aliases = [...new Set([...have.aliases, ...e.aliases])].filter((a) => a !== have.name);
      entities.set(e.id, have);
    }
    for (const m of x.mentions) entities.get(m.entityId)?.mentions.push({ file: x.doc.file, start: m.start, end: m.end });
  }
  return {
    entities: [...entities.values()],
    meetings: extractions.flatMap((x) => x.meetings.filter((m) => !m.tentative).map((m) => ({
      id: m.id, date: m.date?.iso ?? null, participants: m.participants, file: x.doc.file, start: m.start, end: m.end,
      place: m.place, planned: m.planned, kind: m.kind,
    }))),
    instrumentEvents: extractions.flatMap((x) => x.instrumentEvents.filter((v) => !v.tentative).map((v) => ({
      id: v.id, instrument: v.instrument, stage: v.stage, date: v.date?.iso ?? null, file: x.doc.file, start: v.start, end: v.end,
      planned: v.planned,
    }))),
  };
}
