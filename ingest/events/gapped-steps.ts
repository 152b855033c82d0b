// Gapping: "The Visa Facilitation Agreement was signed on 17 December 2012 and the Readmission Agreement on
// 19 April 2013" states a second step with its verb left out: the same stage, for the second instrument, at
// the second date.
import type { InstrumentEvent } from '../../model/extraction.ts';
import type { DateMatch } from '../dates/parse-dates.ts';
import type { EventInput, LinkedMention } from './event-input.ts';

/** Between the first step's date and the second instrument: "and", "and the", ", and the". */
const JOIN = /^\s*,?\s*and\s+(?:the\s+|an?\s+)?$/i;
/** Between the second instrument and its date: only a preposition (anything more is a clause of its own). */
const TO_DATE = /^\s*(?:on|in|since)\s+$/i;

export function gappedSteps(input: EventInput, bySentence: Map<number, LinkedMention[]>, events: InstrumentEvent[]): InstrumentEvent[] {
  const out: InstrumentEvent[] = [];
  for (const s of input.sentences) {
    if (s.tableRow) continue;
    const own = events.filter((e) => e.start === s.start && e.date);
    if (!own.length) continue;
    const dates: DateMatch[] = input.dates[s.index]?.dates ?? [];
    for (const m of bySentence.get(s.index) ?? []) {
      if (m.entity.type !== 'Instrument') continue;
      const first = dates.find((d) => d.end <= m.start && JOIN.test(input.text.slice(d.end, m.start)));
      const second = dates.find((d) => d.start >= m.end && TO_DATE.test(input.text.slice(m.end, d.start)));
      if (!first || !second) continue;
      const step = own.find((e) => e.date!.iso === first.iso && e.instrument !== m.entity.id);
      if (!step || events.some((e) => e.instrument === m.entity.id && e.stage === step.stage && e.date?.iso === second.iso)) continue;
      const date = { iso: second.iso, precision: second.precision, text: second.text, ...(second.endIso ? { endIso: second.endIso } : {}) };
      out.push({ ...step, id: `${step.id}:gapped:${m.entity.id}`, instrument: m.entity.id, date });
    }
  }
  return out;
}
