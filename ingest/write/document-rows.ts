// Turns one DocumentExtraction into the parameter rows of the write queries. Pure: no driver here,
// so the shape of what reaches Neo4j is unit-tested without a database.
import { AtlasError } from '../../model/errors.ts';
import type { DocumentExtraction, ExtractedEntity, TextDate } from '../../model/extraction.ts';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';

/** One document's claim about an entity, kept on the entity so its properties can be recomputed
 * from the documents that still describe it (order-independent, and right after a document changes). */
export interface EntityClaim {
  doc: string;
  type: string;
  name: string;
  aliases: string[];
  side: string;
  kind: string | null;
  iso2: string | null;
  curated: boolean;
  /** The document's mention texts of the entity (white space normalised, distinct, sorted) and how many
   * mentions it has: aliases and mentionCount are recomputed from claims alone, without walking every
   * mention of a popular entity on each write. */
  mentionTexts: string[];
  mentionCount: number;
}

export interface DocumentRows {
  docId: string;
  hash: string;
  document: Record<string, unknown>;
  /** Entities this document describes, with their claim serialised for storage. */
  entities: { id: string; type: string; claim: string }[];
  mentions: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  events: Record<string, unknown>[];
  parties: { partyId: string; instrumentId: string }[];
  holdings: Record<string, unknown>[];
  /** Every entity id a fact of this document touches: recomputed after the write, and after the next one. */
  touched: string[];
  /** References to ids that are not among the document's entities: dropped, and reported. */
  dangling: string[];
}

function dateProps(date: TextDate | null): Record<string, unknown> {
  return {
    date: date?.iso ?? null,
    precision: date?.precision ?? null,
    endIso: date?.endIso ?? null,
    dateText: date?.text ?? null,
  };
}

export function claimOf(docId: string, e: ExtractedEntity, mentionTexts: string[] = []): EntityClaim {
  return {
    doc: docId, type: e.type, name: e.name, aliases: [...e.aliases].sort(), side: e.side,
    kind: e.kind ?? null, iso2: e.iso2 ?? null, curated: e.curated,
    mentionTexts: [...new Set(mentionTexts.map(normalizeSpace))].sort(), mentionCount: mentionTexts.length,
  };
}

const normalizeSpace = (t: string) => t.replace(/\s+/g, ' ').trim();

/** Stable key of one office held (with the person and org): a term of office by its title and dates, so
 * the same term from two documents is one HOLDS; a range the text attests (`dates`) by the office's normal
 * form alone, so every document's dates of that office meet on one HOLDS. */
export function holdingKey(h: { office: string; from: string | null; to: string | null; dates?: string[] }): string {
  if (h.dates) return `attested|${normalizeForm(h.office)}`;
  return `${h.office}|${h.from ?? ''}|${h.to ?? ''}`;
}

/** One date the document attests an office on, as stored in HOLDS.attested: `<docId>|<date>|<title>` (the
 * date empty when unknown). The document id comes first so a withdrawn document's dates go by prefix, and
 * the title last so the stored office name is recomputed from the documents left. */
export function attestation(docId: string, date: string | null, office: string): string {
  return `${docId}|${date ?? ''}|${office.replaceAll('|', '/')}`;
}

/** One mention per span of a document: the key that drops an extraction's repeats. */
function spanKey(docId: string, start: number, end: number): string {
  return `${docId}@${start}-${end}`;
}

/** `text` is the document's full text, stored so the reader view can show it with its mentions. */
export function documentRows(x: DocumentExtraction, text: string): DocumentRows {
  const docId = x.doc.id;
  const known = new Set(x.entities.map((e) => e.id));
  const touched = new Set<string>(known);
  const dangling = new Set<string>();
  const ref = (id: string | null | undefined): boolean => {
    if (!id) return false;
    if (known.has(id)) return true;
    dangling.add(id);
    return false;
  };
  const sentenceText = (i: number): string => x.sentences[i]?.text ?? '';

  const byId = new Map<string, ExtractedEntity>();
  for (const e of x.entities) {
    // The type becomes a label: only the model's entity types may reach the database.
    if (!(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      throw new AtlasError('invalid_extraction',
        `Entity ${e.id} in ${x.doc.file} has type "${e.type}"; use one of ${ENTITY_TYPES.join(', ')}.`, 400);
    }
    byId.set(e.id, e); // last one wins: extraction lists each id once
  }

  const mentions = new Map<string, Record<string, unknown>>();
  for (const m of x.mentions) {
    if (!ref(m.entityId)) continue;
    const id = spanKey(docId, m.start, m.end);
    // The key only dedupes spans (one mention per span); the relationship needs no id of its own.
    mentions.set(id, {
      docId, entityId: m.entityId, start: m.start, end: m.end, text: m.text,
      sentenceText: sentenceText(m.sentence), sentenceIndex: m.sentence, resolvedBy: m.resolvedBy,
    });
  }

  const textsOf = new Map<string, string[]>();
  for (const m of mentions.values()) {
    const id = m.entityId as string;
    textsOf.set(id, [...(textsOf.get(id) ?? []), m.text as string]);
  }

  const meetings = x.meetings.map((m) => ({
    id: m.id, docId, title: m.title, ...dateProps(m.date), place: m.place, planned: m.planned, kind: m.kind,
    start: m.start, end: m.end, sentence: m.sentence,
    placeId: ref(m.placeId) ? m.placeId : null,
    participants: [...new Set(m.participants)].filter(ref).sort(),
  }));

  const events = x.instrumentEvents.filter((e) => ref(e.instrument)).map((e) => ({
    id: e.id, docId, instrumentId: e.instrument, stage: e.stage, ...dateProps(e.date), planned: e.planned,
    start: e.start, end: e.end, sentence: e.sentence,
  }));

  const parties: DocumentRows['parties'] = [];
  for (const e of byId.values()) {
    for (const p of new Set(e.parties ?? [])) if (ref(p)) parties.push({ partyId: p, instrumentId: e.id });
  }

  // A term row carries `attested: null`; an attested range carries its dates (an undated statement still
  // attests the office, with an empty date).
  const holdings = x.holdings.filter((h) => ref(h.personId) && ref(h.orgId)).map((h) => ({
    personId: h.personId, orgId: h.orgId, key: holdingKey(h), office: h.office, from: h.from, to: h.to,
    source: h.source,
    attested: h.dates ? (h.dates.length ? h.dates : [null]).map((d) => attestation(docId, d, h.office)) : null,
  }));

  const d = x.doc;
  return {
    docId,
    hash: d.hash,
    document: {
      id: docId, file: d.file, title: d.title, date: d.date?.iso ?? null, datePrecision: d.date?.precision ?? null,
      dateText: d.date?.text ?? null, place: d.place, hash: d.hash,
      words: d.words, chars: d.chars, text, entityIds: [...touched].sort(),
    },
    entities: [...byId.values()].map((e) => ({
      id: e.id, type: e.type, claim: JSON.stringify(claimOf(docId, e, textsOf.get(e.id))),
    })),
    mentions: [...mentions.values()],
    meetings,
    events,
    parties,
    holdings,
    touched: [...touched].sort(),
    dangling: [...dangling].sort(),
  };
}
