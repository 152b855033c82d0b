// What event extraction reads: the document as read, the linker's entities and mentions, and the dates.
import type { DocumentMeta, ExtractedEntity, Mention, Section, Sentence } from '../../model/extraction.ts';
import { entityId } from '../../model/graph-model.ts';
import type { SentenceDates } from '../dates/sentence-dates.ts';

export interface EventInput {
  text: string;
  doc: DocumentMeta;
  sections: Section[];
  sentences: Sentence[];
  entities: ExtractedEntity[];
  mentions: Mention[];
  dates: SentenceDates[];
}

/** The EU itself: the EU side of a meeting where no person or more specific body is named. */
export const EU_ID = entityId('Institution', 'European Union');

/** A mention with its entity, the unit every event rule works on. */
export interface LinkedMention extends Mention { entity: ExtractedEntity }

export interface EventIndex {
  bySentence: Map<number, LinkedMention[]>;
  entity: Map<string, ExtractedEntity>;
}

export function indexMentions(input: EventInput): EventIndex {
  const entity = new Map(input.entities.map((e) => [e.id, e]));
  const bySentence = new Map<number, LinkedMention[]>();
  for (const m of input.mentions) {
    const e = entity.get(m.entityId);
    if (!e) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ ...m, entity: e });
    bySentence.set(m.sentence, list);
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return { bySentence, entity };
}

/** EU side: EU institutions, their officials and member states; everything else is the counterpart. */
export function onEuSide(e: ExtractedEntity): boolean {
  return e.side === 'eu' || e.side === 'member_state';
}

/** The country entity of the section a sentence sits in, when its heading names one. */
export function sectionCountry(input: EventInput, sentence: Sentence): string | null {
  return input.sections[sentence.section]?.countryId ?? null;
}
