// The rows of meetings-network*.cypher and entities-by-id.cypher as the meetings network reads them, and
// the order the network is built in. Pure. The queries group their answer (by document, by label set) so
// that a year at 100x streams as a few hundred rows of lists instead of thousands of small records.
import { ENTITY_LABEL, type Side } from '../../model/graph-model.ts';
import type { Participant } from './meetings-graph.ts';

/** A meeting of the window with its participants' ids. */
export interface FoundMeeting {
  id: string;
  date: string | null;
  planned: boolean;
  docId: string | null;
  participantIds: string[];
}

/** A row of meetings-network*.cypher: one document's meetings as [id, date, planned, participantIds]. */
export interface MeetingsOfDocument {
  docId: string | null;
  meetings: [string, string | null, boolean, string[]][];
}

/** A row of entities-by-id.cypher and meetings-network-participants.cypher: the entities of one label set
 * as [id, name, side, kind, mentionCount]. */
export interface EntitiesOfLabels {
  labels: string[];
  entities: [string, string, Side | null, string | null, number | null][];
}

export type { Participant };

export function meetingsOfDocuments(rows: readonly MeetingsOfDocument[]): FoundMeeting[] {
  const out: FoundMeeting[] = [];
  for (const { docId, meetings } of rows) {
    for (const [id, date, planned, participantIds] of meetings) out.push({ id, date, planned, docId, participantIds });
  }
  return out;
}

/** Cypher's `ORDER BY m.date, m.id`: code-unit order, undated meetings last. */
export function byDateThenId(a: FoundMeeting, b: FoundMeeting): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Participants by id, each labelled with its first label other than `Entity`. */
export function participantsById(rows: readonly EntitiesOfLabels[]): Map<string, Participant> {
  const out = new Map<string, Participant>();
  for (const { labels, entities } of rows) {
    // null, as the query's `[l IN labels(e) WHERE l <> 'Entity'][0]` gave, should an entity have no own label.
    const label = labels.find((l) => l !== ENTITY_LABEL) ?? (null as unknown as string);
    for (const [id, name, side, kind, mentionCount] of entities) out.set(id, { id, name, label, side, kind, mentionCount });
  }
  return out;
}
