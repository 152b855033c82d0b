// Trigger words of instrument steps found in a unit (a sentence or a table cell), their clause and their date.
import type { InstrumentStage } from '../../model/graph-model.ts';
import type { DateMatch } from '../dates/parse-dates.ts';
import type { LinkedMention } from './event-input.ts';
import type { CompiledStageTriggers } from './stage-triggers.ts';

/** A trigger right before another modifies it ("Launching technical discussions", "Signing of amendment") or is
 * its subject ("ratification was frozen"): the second one is the step. */
const MODIFIER_GAP = /^\s*(?:(?:of\s+)?(?:the\s+)?|(?:was|were|has been|have been|had been|is|are)\s+(?:\w+ly\s+)?)$/i;
/** A date right after a trigger belongs to it ("Association Council of 27 June 2019"). */
const DATE_GAP = /^\s*(?:of|on|in|dated)?\s*(?:the\s*)?$/i;
/** How far before a trigger its intention marker may start ("requested the Council the authorisation"). */
const INTENTION_WINDOW = 40;
/** Clause boundaries inside a sentence: a trigger takes a date from its own clause first. */
const CLAUSE = /;|\band\b(?!\s+[\p{Lu}])|\bbut\b|\bwhile\b/gu;

export interface Trigger { stage: InstrumentStage; start: number; end: number }
export interface Unit { start: number; end: number; text: string; dates: DateMatch[]; rowDate: DateMatch | null }

/** Triggers in a unit, longest first where they overlap, none inside an instrument's own name. */
export function findTriggers(unit: Unit, compiled: CompiledStageTriggers, instruments: LinkedMention[], text: string): Trigger[] {
  // Where any pattern can start, found in one scan: after a match at p the scan resumes at p + 1.
  const starts: number[] = [];
  compiled.any.lastIndex = 0;
  for (let m = compiled.any.exec(unit.text); m; m = compiled.any.exec(unit.text)) {
    starts.push(m.index);
    compiled.any.lastIndex = m.index + 1;
  }
  if (!starts.length) return [];
  // Each pattern at those starts, in order, skipping starts inside its own previous match: what its
  // global scan (matchAll) would find, in the same order (trigger patterns, then bodies).
  const all: Trigger[] = [];
  for (const t of compiled.sticky) {
    let after = 0;
    for (const at of starts) {
      if (at < after) continue;
      t.pattern.lastIndex = at;
      const m = t.pattern.exec(unit.text);
      if (!m) continue;
      all.push({ stage: t.stage, start: unit.start + at, end: unit.start + at + m[0].length });
      after = at + Math.max(1, m[0].length);
    }
  }
  all.sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  // Longest wins first, then filters: a dropped "for vote of consent" must not leave its "consent" behind.
  const longest: Trigger[] = [];
  for (const t of all) if (!longest.some((k) => t.start < k.end && t.end > k.start)) longest.push(t);
  const kept: Trigger[] = [];
  for (const t of longest) {
    if (instruments.some((m) => t.start >= m.start && t.end <= m.end)) continue;
    // "to amend", "for the launching of" are intentions; but a mission "to follow up on" or commitments "for
    // the implementation of" an instrument are themselves its implementation.
    const purposeIsStep = t.stage === 'implemented' && /^(?:follow|implementation)/i.test(text.slice(t.start, t.end));
    if (!purposeIsStep && compiled.intention.test(text.slice(Math.max(unit.start, t.start - INTENTION_WINDOW), t.start))) continue;
    if (compiled.topic.test(text.slice(t.end, Math.min(unit.end, t.end + 40)))) continue;
    if (t.stage !== 'implemented' && compiled.gatheringSubject.test(text.slice(Math.max(unit.start, t.start - 30), t.start))) continue;
    kept.push(t);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.filter((t, i) => !(kept[i + 1] && MODIFIER_GAP.test(text.slice(t.end, kept[i + 1].start))));
}


/** "Formal negotiation ... has not started yet": the clause's first step, denied by its verb, did not happen. */
const NEGATION = /\b(?:(?:has|have|had|was|were|is|are|did|does|do)\s+not|not yet|yet to|never)\b/i;

export function negated(t: Trigger, unit: Unit, triggers: Trigger[], text: string): boolean {
  const [from, to] = clauseOf(t, unit, text);
  const first = triggers.find((o) => o.start >= from && o.end <= to);
  return first === t && NEGATION.test(text.slice(t.end, to));
}

/** The clause of a unit a trigger sits in, as [from, to) offsets. */
export function clauseOf(t: Trigger, unit: Unit, text: string): [number, number] {
  const bounds = [unit.start, ...[...text.slice(unit.start, unit.end).matchAll(CLAUSE)].map((m) => unit.start + m.index), unit.end];
  return [Math.max(...bounds.filter((b) => b <= t.start)), Math.min(...bounds.filter((b) => b >= t.end))];
}

export function dateFor(t: Trigger, unit: Unit, triggers: Trigger[], text: string): DateMatch | null {
  const [from, to] = clauseOf(t, unit, text);
  const next = unit.dates.find((d) => d.start >= t.end);
  if (next && DATE_GAP.test(text.slice(t.end, next.start))) return next;
  const inClause = unit.dates.filter((d) => d.start >= from && d.start < to);
  // In its clause, the first date after the trigger ("received a mandate ... in 2014"), else the last before it.
  const afterIn = inClause.find((d) => d.start >= t.end);
  // A row's own date beats a vaguer one in its cells ("Endorsed the Partnership Priorities 2021-2027").
  if (afterIn && (!unit.rowDate || afterIn.precision === 'day' || afterIn.precision === 'month')) return afterIn;
  // In a table row the row's date is the event's: a date before the trigger in a cell names another time
  // ("under the Mobility Partnership of 2013 ... ahead of the Association Council").
  if (unit.rowDate) return unit.rowDate;
  const beforeIn = inClause.filter((d) => d.end <= t.start).pop();
  if (beforeIn) return beforeIn;
  const before = unit.dates.filter((d) => d.end <= t.start).pop();
  if (before && !triggers.some((o) => o !== t && o.start >= before.end && o.end <= t.start)) return before;
  const later = unit.dates.find((d) => d.start >= t.end && d.start < unit.end);
  if (!unit.rowDate && later && !triggers.some((o) => o !== t && o.start >= t.end && o.end <= later.start)) return later;
  return unit.rowDate;
}

