// Sessions of a dialogue or process as `implemented` steps of it (GUIDELINES: "implemented (a joint committee,
// a review)"): a dated events-table row whose event cell opens with a dialogue's name ("EU-Pakistan Political
// Dialogue, Brussels", "Khartoum Process Senior Officials' Meeting"), and every dated row of a section that is
// about a process ("F. THE KHARTOUM PROCESS": its steering committees, thematic meetings, modules, webinars).
import type { InstrumentEvent, Section, TextDate } from '../../model/extraction.ts';
import { isPlanned, isTentative } from '../dates/is-planned.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { rowCells } from '../read/row-cells.ts';
import type { EventInput, LinkedMention } from './event-input.ts';

/** Kinds whose sessions are steps of them: a dialogue meets; an agreement meets through its bodies (step-references). */
const SESSION_KINDS = new Set(['dialogue']);
/** What may precede the dialogue's name in the event cell: an ordinal, an article ("Article 8"), a bullet. */
const LEAD_IN = /^(?:[•\-–\s]*)(?:(?:\d+\s*(?:st|nd|rd|th|d)?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+|Article\s+\d+\s+)?$/i;
/** "F. THE KHARTOUM PROCESS", "A. The Prague Process": the letter and the article are not part of the name. */
const HEADING_LEAD = /^(?:[A-Z]\.\s+)?(?:the\s+)?/i;
/** A row that reports a step of another kind is not (also) a session: launches, adoptions, letters, reports. */
const NOT_SESSION = /\b(?:launch(?:ed|ing)?|adopt(?:ed|ion)|letter|report|signature|signing|sign(?:ed)?|first meeting|entry into force)\b/i;

/** The dialogue a section is about, when its heading names one that its text mentions. */
export function sectionProcess(section: Section | undefined, inSection: LinkedMention[]): string | null {
  if (!section) return null;
  const title = normalizeForm(section.title.replace(HEADING_LEAD, ''));
  if (!title) return null;
  const hit = inSection.find((m) => m.entity.type === 'Instrument' && SESSION_KINDS.has(m.entity.kind ?? '') &&
    (normalizeForm(m.text) === title || normalizeForm(m.entity.name) === title));
  return hit?.entity.id ?? null;
}

/** Whether a row's event cell is a session of the mentioned dialogue: the name opens the cell. */
export function opensWith(cellText: string, cellStart: number, m: LinkedMention): boolean {
  return m.start >= cellStart && LEAD_IN.test(cellText.slice(0, m.start - cellStart)) && !NOT_SESSION.test(cellText);
}

export function sessionSteps(input: EventInput, bySentence: Map<number, LinkedMention[]>): InstrumentEvent[] {
  const out: InstrumentEvent[] = [];
  const processOf = new Map<number, string | null>();
  for (const s of input.sentences) {
    if (!s.tableRow) continue;
    const rowDate = input.dates[s.index]?.rowDate;
    if (!rowDate) continue;
    const [, event] = rowCells(s);
    if (!event?.text) continue;
    if (!processOf.has(s.section)) {
      const inSection = input.sentences.filter((x) => x.section === s.section).flatMap((x) => bySentence.get(x.index) ?? []);
      processOf.set(s.section, sectionProcess(input.sections[s.section], inSection));
    }
    const ids = new Set<string>();
    const process = processOf.get(s.section);
    if (process && !NOT_SESSION.test(event.text)) ids.add(process);
    for (const m of bySentence.get(s.index) ?? []) {
      if (m.entity.type === 'Instrument' && SESSION_KINDS.has(m.entity.kind ?? '') && m.start < event.end && opensWith(event.text, event.start, m)) ids.add(m.entity.id);
    }
    const date: TextDate = { iso: rowDate.iso, precision: rowDate.precision, text: rowDate.text, ...(rowDate.endIso ? { endIso: rowDate.endIso } : {}) };
    const tentativeText = rowCells(s).slice(0, 2).map((c) => c.text).join(' ');
    for (const instrument of ids) {
      out.push({
        id: `${input.doc.id}:event:${event.start}:${instrument}:session`, instrument, stage: 'implemented', date,
        planned: isPlanned(tentativeText, date, input.doc.date), tentative: isTentative(tentativeText),
        start: s.start, end: s.end, sentence: s.text,
      });
    }
  }
  return out;
}
