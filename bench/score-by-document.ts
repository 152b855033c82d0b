// Scores an extraction against the synthetic gold one document at a time with the project's scorer,
// summing the counts: the scorer compares every passage with every mention, which at 100x would be
// quadratic, and synthetic passages never span documents. Cross-document linking counts are left out.
import type { DocumentExtraction } from '../model/extraction.ts';
import { toScorerJson } from '../ingest/extract/to-scorer-json.ts';
import type { GoldPassage } from '../ingest/eval/gold-schema.ts';
import { prf, type Prf, scoreExtraction } from '../ingest/eval/score-extraction.ts';

type Counts = { tp: number; np: number; ng: number };
export interface QualityTally { entities: Counts; meetingPairs: Counts; instrumentEvents: Counts }

export const emptyTally = (): QualityTally => ({
  entities: { tp: 0, np: 0, ng: 0 }, meetingPairs: { tp: 0, np: 0, ng: 0 }, instrumentEvents: { tp: 0, np: 0, ng: 0 },
});

export function goldByDocument(gold: GoldPassage[]): Map<string, GoldPassage[]> {
  const out = new Map<string, GoldPassage[]>();
  for (const p of gold) (out.get(p.doc) ?? out.set(p.doc, []).get(p.doc)!).push(p);
  return out;
}

export function addDocumentScore(tally: QualityTally, passages: GoldPassage[], x: DocumentExtraction, text: string): void {
  const r = scoreExtraction(passages, toScorerJson([x]), () => text);
  for (const k of ['entities', 'meetingPairs', 'instrumentEvents'] as const) {
    tally[k].tp += r[k].tp; tally[k].np += r[k].predicted; tally[k].ng += r[k].gold;
  }
}

export function tallyReport(t: QualityTally): Record<keyof QualityTally, Prf> {
  return {
    entities: prf(t.entities.tp, t.entities.np, t.entities.ng),
    meetingPairs: prf(t.meetingPairs.tp, t.meetingPairs.np, t.meetingPairs.ng),
    instrumentEvents: prf(t.instrumentEvents.tp, t.instrumentEvents.np, t.instrumentEvents.ng),
  };
}
