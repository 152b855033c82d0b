// An instrument's latest stage: the furthest step that has happened, by date. Pure.
import { INSTRUMENT_STAGES } from '../../model/graph-model.ts';

export interface StageEvent {
  stage: string;
  date: string | null;
  planned: boolean;
}

/** Planned steps never count as reached; among done steps the latest date wins, then the later stage.
 * ISO prefixes compare as strings (`2019` < `2019-03` < `2019-03-02`). */
export function latestStage(events: StageEvent[]): { stage: string | null; date: string | null } {
  const done = events.filter((e) => !e.planned);
  let best: StageEvent | null = null;
  const rank = (s: string) => INSTRUMENT_STAGES.indexOf(s as (typeof INSTRUMENT_STAGES)[number]);
  for (const e of done) {
    if (!best) { best = e; continue; }
    const a = e.date ?? '';
    const b = best.date ?? '';
    if (a > b || (a === b && rank(e.stage) > rank(best.stage))) best = e;
  }
  return { stage: best?.stage ?? null, date: best?.date ?? null };
}
