// Merges the rows of several documents into the parameter rows of one batched write: one row per
// entity (all its claims of the batch), per PARTY_TO and per HOLDS (the batch's supporting documents and,
// for a range the text attests, their attested dates),
// and the per-document rows (documents, mentions, meetings, events) side by side. Pure, like
// document-rows.ts; the graph it leads to is the one writing the documents one by one would give.
import type { DocumentRows } from './document-rows.ts';

export interface BatchRows {
  docIds: string[];
  documents: Record<string, unknown>[];
  entities: { id: string; types: string[]; claims: string[] }[];
  mentions: Record<string, unknown>[];
  /** A meeting's properties with its participants' and place's ids (the relationships' ends). */
  meetings: Record<string, unknown>[];
  events: Record<string, unknown>[];
  parties: { partyId: string; instrumentId: string; docIds: string[] }[];
  holdings: Record<string, unknown>[];
}

const sorted = (s: Set<string>) => [...s].sort();

/** Each document id at most once: a batch holds one version of a document. */
export function batchRows(docs: DocumentRows[]): BatchRows {
  const entities = new Map<string, { types: Set<string>; claims: { doc: string; claim: string }[] }>();
  const parties = new Map<string, { partyId: string; instrumentId: string; docIds: Set<string> }>();
  const holdings = new Map<string, {
    row: Record<string, unknown>; docIds: Set<string>; textDocIds: Set<string>; attested: Set<string> | null;
  }>();
  for (const d of docs) {
    for (const e of d.entities) {
      const have = entities.get(e.id) ?? { types: new Set<string>(), claims: [] };
      have.types.add(e.type);
      have.claims.push({ doc: d.docId, claim: e.claim });
      entities.set(e.id, have);
    }
    for (const p of d.parties) {
      const key = JSON.stringify([p.partyId, p.instrumentId]);
      const have = parties.get(key) ?? { ...p, docIds: new Set<string>() };
      have.docIds.add(d.docId);
      parties.set(key, have);
    }
    for (const h of d.holdings) {
      const key = JSON.stringify([h.personId, h.orgId, h.key]);
      const { source: _source, ...row } = h;
      const attested = h.attested as string[] | null | undefined;
      const have = holdings.get(key)
        ?? { row, docIds: new Set<string>(), textDocIds: new Set<string>(), attested: attested ? new Set<string>() : null };
      have.docIds.add(d.docId);
      if (h.source === 'text') have.textDocIds.add(d.docId);
      for (const a of attested ?? []) have.attested?.add(a);
      holdings.set(key, have);
    }
  }
  return {
    docIds: docs.map((d) => d.docId),
    documents: docs.map((d) => d.document),
    // Claims in document order, the order entityProperties stores them in: a created entity's list is then
    // already the settled one.
    entities: [...entities].map(([id, e]) => ({ id, types: sorted(e.types), claims: e.claims.sort(byDoc).map((c) => c.claim) })),
    mentions: docs.flatMap((d) => d.mentions),
    meetings: docs.flatMap((d) => d.meetings),
    events: docs.flatMap((d) => d.events),
    parties: [...parties.values()].map((p) => ({ partyId: p.partyId, instrumentId: p.instrumentId, docIds: sorted(p.docIds) })),
    holdings: [...holdings.values()].map((h) => ({
      ...h.row, docIds: sorted(h.docIds), textDocIds: sorted(h.textDocIds), attested: h.attested ? sorted(h.attested) : null,
    })),
  };
}

/** Code-unit order of document ids, as Cypher's ORDER BY on strings. */
const byDoc = (a: { doc: string }, b: { doc: string }) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0);
