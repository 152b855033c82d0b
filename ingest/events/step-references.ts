// What a step refers to when its sentence names no instrument: the section's instrument by a definite head
// ("the agreement", "both agreements", "The negotiations ..."), or the agreement a joint body serves.
import type { ExtractedEntity, Sentence } from '../../model/extraction.ts';
import { entityId } from '../../model/graph-model.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { EU_ID, type EventInput, type LinkedMention, sectionCountry } from './event-input.ts';
import type { CompiledStageTriggers } from './stage-triggers.ts';
import type { Trigger, Unit } from './step-triggers.ts';

/** A bare head refers back only when definite ("the agreement", "Agreement", "agreement text"), not "a new agreement". */
const DEFINITE_HEAD = /(?:\b(?:the|this|that|its|amended)\s+(?:amended\s+)?(?:agreement|partnership|declaration|arrangement|dialogue|programme|plan)\b|(?:^|\b(?:on|with|for|under)\s+)(?:Agreement|Partnership|Declaration|Arrangement|Dialogue|Programme|Plan)\b|\b(?:agreement|partnership) text\b)/;
/** "both agreements": the last two instruments of that kind. */
const BOTH_HEADS = /\bboth (agreements|partnerships|declarations|arrangements|dialogues|programmes|plans)\b/i;
/** A continuing sentence ("The negotiations started ...") may refer to the previous sentence's instrument. */
const CONTINUING = /^(?:The|These|Those|Its|It|They)\b/;
/** Bare head nouns that refer back to the section's instrument ("Further round of talks on Agreement"). */
export const BARE_HEAD = /\b(agreement|partnership|declaration|arrangement|dialogue|programme|plan)s?\b/i;

/** The section's instrument a sentence refers back to: "the agreement", "both agreements", "The negotiations ...". */
export function referredBack(t: Trigger, unit: Unit, s: Sentence, previous: LinkedMention[], before: Sentence | undefined): string[] {
  const both = BOTH_HEADS.exec(unit.text);
  if (both) {
    const kind = both[1].toLowerCase().replace(/s$/, '');
    return [...new Set([...previous].reverse().filter((m) => m.entity.kind === kind).map((m) => m.entity.id))].slice(0, 2);
  }
  const head = DEFINITE_HEAD.exec(unit.text);
  if (head) {
    const kind = BARE_HEAD.exec(head[0])![1].toLowerCase();
    const ref = [...previous].reverse().find((m) => m.entity.kind === kind);
    return ref ? [ref.entity.id] : [];
  }
  const last = previous.at(-1);
  // "The Visa Facilitation and Readmission Agreements entered ...": the sentence names its own (unlinked) subject.
  const ownHead = BARE_HEAD.test(s.text.slice(0, Math.max(0, t.start - s.start)));
  if (!s.tableRow && !ownHead && last && CONTINUING.test(s.text) && before && last.sentence === before.index) return [last.entity.id];
  return [];
}

export function isBody(compiled: CompiledStageTriggers, text: string): boolean {
  return compiled.bodies.some((b) => { b.pattern.lastIndex = 0; const r = b.pattern.test(text); b.pattern.lastIndex = 0; return r; });
}

/** "Joint Readmission Committee" in a country section implements the EU's readmission agreement with it;
 * when the document never names that agreement, it is still that one (an entity the events add). */
export function bodyInstrument(input: EventInput, s: Sentence, compiled: CompiledStageTriggers, body: string, added: ExtractedEntity[]): string[] {
  const spec = compiled.bodies.find((b) => { b.pattern.lastIndex = 0; const r = b.pattern.test(body); b.pattern.lastIndex = 0; return r; });
  const country = sectionCountry(input, s);
  if (!spec) return [];
  const head = normalizeForm(spec.instrumentHead);
  const found = [...input.entities, ...added].find((e) => e.type === 'Instrument' && normalizeForm(e.name).endsWith(head) &&
    (!country || (e.parties ?? []).includes(country)));
  if (found) return [found.id];
  const countryName = country ? input.entities.find((e) => e.id === country)?.name : undefined;
  if (!country || !countryName) return [];
  const name = `EU-${countryName} ${spec.instrumentHead}`;
  const entity: ExtractedEntity = { id: entityId('Instrument', name), type: 'Instrument', name, aliases: [], side: 'eu',
    kind: spec.kind, parties: [EU_ID, country], curated: false };
  added.push(entity);
  return [entity.id];
}
