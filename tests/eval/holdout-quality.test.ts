// Quality floors on the holdout gold set (passages nobody tuned the rules on), a little under what the
// pipeline reaches, so a regression fails. Reached (2026-12-01 22:37 UTC): entities F1 0.95, pairs F1 0.858, events F1 0.762.
// Entities belong to the linking side; their floor only guards against a collapse.
import { describe, expect, it } from 'vitest';
import { evaluateSeeds } from '../../ingest/eval/evaluate-seeds.ts';

const HOLDOUT_GOLD = 'tests/holdout-gold.json';
const FLOORS = { entities: 0.85, meetingPairs: 0.82, instrumentEvents: 0.72 };

describe('extraction quality on the holdout gold set', () => {
  const report = evaluateSeeds({ gold: HOLDOUT_GOLD });
  it(`entity F1 >= ${FLOORS.entities}`, () => expect(report.entities.f1).toBeGreaterThanOrEqual(FLOORS.entities));
  it(`who-met-whom pair F1 >= ${FLOORS.meetingPairs}`, () => expect(report.meetingPairs.f1).toBeGreaterThanOrEqual(FLOORS.meetingPairs));
  it(`instrument-event F1 >= ${FLOORS.instrumentEvents}`, () => expect(report.instrumentEvents.f1).toBeGreaterThanOrEqual(FLOORS.instrumentEvents));
});
