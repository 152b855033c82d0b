// The evaluation report as a plain-text table for a terminal.
import type { Prf, ScoreReport } from './score-extraction.ts';

const row = (label: string, r: Prf) =>
  `${label.padEnd(20)} ${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(9)} ${r.f1.toFixed(3).padStart(9)}` +
  `   ${String(r.tp).padStart(4)}/${String(r.predicted).padStart(4)} pred, ${String(r.gold).padStart(4)} gold`;

export function formatReport(title: string, r: ScoreReport): string {
  return [
    title,
    `${''.padEnd(20)} ${'precision'.padStart(9)} ${'recall'.padStart(9)} ${'F1'.padStart(9)}`,
    row('entities', r.entities),
    ...Object.entries(r.byType).map(([t, p]) => row(`  ${t}`, p)),
    row('who-met-whom pairs', r.meetingPairs),
    row('instrument events', r.instrumentEvents),
    `persons by role: ${r.personsByRole}   linking: ${r.linking.goldEntitiesFound} gold entities found, ` +
      `${r.linking.fragmented} split over several ids, ${r.linking.conflated} ids merging several`,
  ].join('\n');
}
