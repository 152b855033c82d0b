// The extraction of one document: a pure function of its text and the knowledge base (no driver, no I/O),
// so it can run in worker threads. Reading -> linking (ingest/link) -> dates -> events.
import type { DocumentExtraction, ExtractedEntity } from '../../model/extraction.ts';
import { dateSentences } from '../dates/sentence-dates.ts';
import { extractInstrumentEvents } from '../events/extract-instrument-events.ts';
import { extractMeetings } from '../events/extract-meetings.ts';
import { bylineMention } from '../events/document-author.ts';
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { linkDocument } from '../link/link-document.ts';
import { readDocument } from '../read/read-document.ts';

/** "F. RUSSIA", "A. THE PRAGUE PROCESS": the letter of a lettered heading is not part of its name. */
const HEADING_LETTER = /^[A-Z]\.\s+/;

export function extractDocument(file: string, text: string, kb: KnowledgeBase): DocumentExtraction {
  const { doc, sections, sentences } = readDocument(file, text);
  for (const s of sections) {
    if (!s.countryId) s.countryId = kb.findCountry(s.title.replace(HEADING_LETTER, ''))?.id ?? null;
  }
  const linked = linkDocument({ text, doc, sections, sentences }, kb);
  const dates = dateSentences(sentences, doc);
  const input = { text, doc, sections, sentences, entities: linked.entities, mentions: linked.mentions, dates };
  const meetings = extractMeetings(input);
  const { events: instrumentEvents, implied } = extractInstrumentEvents(input);
  const byline = input.doc.date ? bylineMention(input) : null;
  const mentions = byline && !linked.mentions.some((m) => m.start <= byline.start && byline.start < m.end)
    ? [...linked.mentions, byline].sort((a, b) => a.start - b.start) : linked.mentions;
  return {
    doc, sections, sentences,
    entities: withReferenced([...linked.entities, ...implied], [...meetings.flatMap((m) => m.participants), ...instrumentEvents.map((e) => e.instrument)], kb),
    mentions, unlinked: linked.unlinked, meetings, instrumentEvents, holdings: linked.holdings,
  };
}

/** Events may name an entity by context only (the EU, a section's country): make sure it is in the list. */
function withReferenced(entities: ExtractedEntity[], ids: string[], kb: KnowledgeBase): ExtractedEntity[] {
  const have = new Set(entities.map((e) => e.id));
  const out = [...entities];
  for (const id of ids) {
    if (have.has(id)) continue;
    const k = kb.entities.get(id);
    if (!k) continue;
    have.add(id);
    out.push({ id, type: k.type, name: k.name, aliases: [], side: k.side, curated: true,
      ...(k.kind ? { kind: k.kind } : {}), ...(k.parties ? { parties: k.parties } : {}), ...(k.iso2 ? { iso2: k.iso2 } : {}) });
  }
  return out;
}
