// Instrument events: dated steps in an instrument's life (mandate, negotiation, signature, entry into force,
// ...), each tied to the sentence or table row that states it. The trigger words are data (stage-triggers.json).
import type { ExtractedEntity, InstrumentEvent, TextDate } from '../../model/extraction.ts';
import { isPlanned, isTentative } from '../dates/is-planned.ts';
import type { DateMatch } from '../dates/parse-dates.ts';
import { rowCells } from '../read/row-cells.ts';
import { EU_ID, type EventInput, indexMentions, type LinkedMention } from './event-input.ts';
import { stageTriggers } from './stage-triggers.ts';
import { gappedSteps } from './gapped-steps.ts';
import { sessionSteps } from './session-steps.ts';
import { bodyInstrument, isBody, referredBack } from './step-references.ts';
import { clauseOf, dateFor, findTriggers, negated, type Trigger, type Unit } from './step-triggers.ts';

/** Gap between a nominal trigger and its instrument ("signing of the", "negotiations on an amended"). */
const NOMINAL_GAP = /^\s*(?:to (?:negotiate|conclude|sign|amend|open negotiations on)|of|on|for|to|with|under|towards)?\s*(?:the|a|an|its)?\s*(?:(?:2 ?nd|second|new|next|first|1 ?st) phase of the\s*)?(?:amendment of the\s*)?(?:amended|new|revised|first|second|1st|2nd)?\s*$/i;
/** Gap after an instrument that makes it the subject of the next trigger ("... Partnership was signed"). */
const SUBJECT_GAP = /^\s*(?:(?:with|of|between|on)\s+[^,;.]{0,40}?\s+)?(?:was|were|has been|have been|had been|is|are|has|have)?\s*(?:\w+ly\s+)?$/i;
/** Heads of instruments and of their parts, named or not: an unknown one is no known instrument's step. */
const ANY_HEAD = '(?:agreement|partnership|declaration|arrangement|dialogue|programme|plan|roadmap|agenda|compact|statement|memorandum|mechanism|fund|facility|process|project|strategy|phase)s?';
/** A nominal trigger's object that is a bare instrument head ("on the agreements", "of the amended agreement"). */
const NOMINAL_HEAD = new RegExp(`^\\s*(?:of|on|for)\\s+(?:the|a|an)?\\s*(?:[\\p{L}\\p{N}-]+\\s+){0,6}?${ANY_HEAD.replace('|phase', '')}\\b`, 'iu');
/** Gap joining coordinated instruments ("a visa facilitation and a readmission agreement"). */
const COORDINATION_GAP = /^\s*(?:,|and|,\s*and|&|as well as)\s*(?:the|a|an)?\s*(?:\d{4}\s*)?$/i;
/** Farthest a following instrument may sit from a trigger that did not find one before it. */
const MAX_FOLLOWING_GAP = 60;


const strip = (d: DateMatch | null): TextDate | null =>
  d ? { iso: d.iso, precision: d.precision, text: d.text, ...(d.endIso ? { endIso: d.endIso } : {}) } : null;

function coordinated(list: LinkedMention[], pick: LinkedMention, text: string, dir: -1 | 1, triggers: Trigger[] = []): LinkedMention[] {
  const out = [pick];
  let i = list.indexOf(pick);
  for (;;) {
    const j = i + dir;
    const next = list[j];
    if (!next) break;
    const gap = dir < 0 ? text.slice(next.end, list[i].start) : text.slice(list[i].end, next.start);
    if (!COORDINATION_GAP.test(gap)) break;
    // Going forward, an instrument that is the subject of the next trigger belongs to that trigger.
    const following = triggers.find((t) => t.start >= next.end);
    if (dir > 0 && following && SUBJECT_GAP.test(text.slice(next.end, following.start))) break;
    out.push(next); i = j;
  }
  return out;
}

/** The instruments a trigger applies to: one named right after a nominal trigger, else the nearest before. */
/** null: the step's own object is named and unknown, so nothing else may take it. */
function instrumentsFor(t: Trigger, unit: Unit, instruments: LinkedMention[], text: string, triggers: Trigger[], claimed: Set<LinkedMention>): LinkedMention[] | null {
  // Asides in brackets ("(notably to adjust to Visa Code)") are not what a step happened to.
  const inUnit = instruments.filter((m) => m.start >= unit.start && m.start < unit.end && !inBrackets(text, unit.start, m.start));
  const after = inUnit.find((m) => m.start >= t.end);
  // "negotiations on the agreements on visa facilitation": the step's object is named but not an instrument we
  // know, so it is not a step of a neighbouring one (a definite head may still refer back: see referredBack).
  const object = NOMINAL_HEAD.exec(text.slice(t.end, unit.end));
  if (object && !(after && after.start <= t.end + object.index + object[0].length)) return null;
  // A nominal trigger ("signing of the X") claims what follows it, so a later verb does not take it too.
  if (after && NOMINAL_GAP.test(text.slice(t.end, after.start))) return claim(sameSpan(inUnit, coordinated(inUnit, after, text, 1, triggers)), claimed);
  const preceding = [...inUnit].reverse().filter((m) => m.end <= t.start);
  const before = preceding.find((m) => !claimed.has(m)) ?? preceding[0];
  // "(new agreement currently being negotiated)": a bare head between the instrument and the trigger is
  // another, unnamed instrument, and the step is its own.
  if (before && unnamedSubject(text.slice(before.end, t.start))) return [];
  if (before) return sameSpan(inUnit, coordinated(inUnit, before, text, -1).filter((m) => m === before || !claimed.has(m)));
  if (after) return sameSpan(inUnit, coordinated(inUnit, after, text, 1, triggers));
  return [];
}

/** A plural head shared by several parties ("Working Arrangements ... with Frontex, CEPOL and EMCDDA") is one
 * mention per instrument at the same span: a step said of the span is said of each. */
function sameSpan(inUnit: LinkedMention[], picked: LinkedMention[]): LinkedMention[] {
  return inUnit.filter((m) => picked.some((p) => p.start === m.start && p.end === m.end));
}

/** Whether a gap ends in an unnamed instrument that is the trigger's own subject ("new agreement currently being"). */
function unnamedSubject(gap: string): boolean {
  const heads = [...gap.matchAll(new RegExp(`\\b${ANY_HEAD}\\b`, 'gi'))];
  const last = heads.at(-1);
  if (!last || /\b(?:the|this|that|its|amended)\s+$/i.test(gap.slice(0, last.index))) return false;
  return /^\s*(?:(?:is|are|was|were|has been|have been|had been|currently|being|now|still)\s*)*$/i.test(gap.slice(last.index + last[0].length));
}

function claim(ms: LinkedMention[], claimed: Set<LinkedMention>): LinkedMention[] {
  for (const m of ms) claimed.add(m);
  return ms;
}

/** Whether position `at` sits inside an open bracket that started after `from`. */
function inBrackets(text: string, from: number, at: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) { if (text[i] === '(') depth++; else if (text[i] === ')') depth = Math.max(0, depth - 1); }
  return depth > 0;
}

/** Instrument events, and the instruments they imply that the linker did not see named. */
export function extractInstrumentEvents(input: EventInput): { events: InstrumentEvent[]; implied: ExtractedEntity[] } {
  const added: ExtractedEntity[] = [];
  const compiled = stageTriggers();
  const index = indexMentions(input);
  const out: InstrumentEvent[] = [];
  const seen = new Set<string>();
  /** Last instrument mentioned per section, for bare heads and continuing sentences. */
  const lastInSection = new Map<number, LinkedMention[]>();
  for (const s of input.sentences) {
    const mentions = index.bySentence.get(s.index) ?? [];
    const instruments = mentions.filter((m) => m.entity.type === 'Instrument');
    const raw = input.dates[s.index];
    // A year inside an instrument's name ("Agenda for Action-2020", "Roadmap 2025") is not a date.
    const outside = (x: DateMatch) => !instruments.some((m) => x.start < m.end && x.end > m.start);
    const d = { rowDate: raw.rowDate, dates: raw.dates.filter(outside) };
    const claimed = new Set<LinkedMention>();
    const units: Unit[] = s.tableRow
      ? rowCells(s).slice(1).filter((c) => c.text).map((c) => ({ ...c, dates: d.dates.filter((x) => x.start >= c.start && x.start < c.end), rowDate: d.rowDate }))
      : [{ start: s.start, end: s.end, text: s.text, dates: d.dates, rowDate: null }];
    for (const unit of units) {
      const triggers = findTriggers(unit, compiled, instruments, input.text);
      for (const t of triggers) {
        if (negated(t, unit, triggers, input.text)) continue;
        let targets: string[] | null = t.stage === 'implemented' && isBody(compiled, input.text.slice(t.start, t.end))
          ? bodyInstrument(input, s, compiled, input.text.slice(t.start, t.end), added)
          : instrumentsFor(t, unit, instruments, input.text, triggers, claimed)?.map((m) => m.entity.id) ?? null;
        // An unknown object ("the 2nd phase of the ... project") may still be the section's instrument by a
        // definite head ("of agreement text"), but never a neighbouring instrument.
        if (targets === null) {
          targets = referredBack(t, unit, s, lastInSection.get(s.section) ?? [], input.sentences[s.index - 1]);
          if (!targets.length) continue;
        }
        // A row's outcome ("First negotiation") speaks of the instrument its event cell names.
        if (!targets.length && s.tableRow) {
          const named = instruments.filter((m) => !units.some((u) => u !== unit && m.start >= unit.start && m.start < unit.end));
          targets = [...new Set(named.filter((m) => m.start < unit.start).map((m) => m.entity.id))];
        }
        if (!targets.length) targets = referredBack(t, unit, s, lastInSection.get(s.section) ?? [], input.sentences[s.index - 1]);
        const date = dateFor(t, unit, triggers, input.text);
        // Undated steps are kept only in a document that gives no date at all (nothing could date them).
        if ((!date && input.doc.date) || !targets.length) continue;
        for (const instrument of targets) {
          const own = partyDate(input, partiesOf(index.entity.get(instrument)), mentions, unit) ?? date;
          const key = `${instrument}|${t.stage}|${own?.iso ?? ''}|${s.index}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // A row is tentative by its date and event cells; a sentence by the clause of the step.
          const tentativeText = s.tableRow ? rowCells(s).slice(0, 2).map((c) => c.text).join(' ') : input.text.slice(...clauseOf(t, unit, input.text));
          out.push({
            id: `${input.doc.id}:event:${t.start}:${instrument}`, instrument, stage: t.stage, date: strip(own),
            planned: isPlanned(tentativeText, own, input.doc.date), tentative: isTentative(tentativeText),
            start: s.start, end: s.end, sentence: s.text,
          });
        }
      }
    }
    if (instruments.length) lastInSection.set(s.section, [...(lastInSection.get(s.section) ?? []), ...instruments]);
  }
  for (const e of sessionSteps(input, index.bySentence)) {
    if (!out.some((o) => o.instrument === e.instrument && o.start === e.start && o.stage === e.stage)) out.push(e);
  }
  out.push(...gappedSteps(input, index.bySentence, out));
  return { events: dropRestatements(out), implied: added };
}

/** "Frontex (2009; ...), CEPOL (2017)": the date in brackets right after an instrument's party is its own. */
function partyDate(input: EventInput, parties: Set<string>, mentions: LinkedMention[], unit: Unit): DateMatch | null {
  for (const m of mentions) {
    if (!parties.has(m.entity.id) || m.start < unit.start || m.start >= unit.end) continue;
    const d = unit.dates.find((x) => x.start > m.end && /^\s*\($/.test(input.text.slice(m.end, x.start)));
    if (d) return d;
  }
  return null;
}

/** An instrument's parties that can date it: the EU is a party to nearly everything, its mentions date nothing. */
function partiesOf(instrument: ExtractedEntity | undefined): Set<string> {
  return new Set((instrument?.parties ?? []).filter((p) => p !== EU_ID));
}

/** A step restated later with a vaguer date ("Following the signing ... in 2013" after "signed in June 2013")
 * is the same step: keep the precise one. */
function dropRestatements(events: InstrumentEvent[]): InstrumentEvent[] {
  // Only events of the same instrument and stage can restate each other: compare within those groups.
  const groups = new Map<string, InstrumentEvent[]>();
  for (const e of events) {
    const key = `${e.instrument}|${e.stage}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  return events.filter((e) => !groups.get(`${e.instrument}|${e.stage}`)!.some((o) => o !== e &&
    o.date && e.date && o.date.iso.length > e.date.iso.length && o.date.iso.startsWith(e.date.iso)));
}
