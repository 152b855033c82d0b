// The country each section is about. The reader sets it when the heading names one; otherwise the
// heading is read here (`CABO VERDE`, `NIGER.....`, `EU-Pakistan news`).
import type { Section } from '../../model/extraction.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

/** `F. RUSSIA`: the letter of a lettered heading is not part of the name. */
const HEADING_LETTER = /^[A-Z]\.\s+/;
const EU_PAIR = /\bEU\s?[-–]\s?([\p{L} ]+?)(?:\s+(?:news|relations|cooperation|dialogue)\b|$)/iu;

export function sectionCountries(sections: Section[], kb: KnowledgeBase): (string | null)[] {
  return sections.map((s) => {
    if (s.countryId) return s.countryId;
    const direct = kb.findCountry(s.title.replace(HEADING_LETTER, ''));
    if (direct) return direct.id;
    const pair = EU_PAIR.exec(s.title);
    return pair ? kb.findCountry(pair[1]!)?.id ?? null : null;
  });
}
