// The rows of meetings-network*.cypher and entities-by-id.cypher as the meetings network reads them, and
// the order the network is built in. Pure.
import { ENTITY_LABEL } from '../../model/graph-model.ts';
import type { MeetingRow } from './meetings-graph.ts';

/** A meeting of the window with its participants' ids. */
export interface FoundMeeting {
  id: string;
  date: string | null;
  planned: boolean;
  docId: string | null;
  participantIds: string[];
}

/** A row of entities-by-id.cypher. */
export interface EntityColumns {
  id: string;
  name: string;
  side: string | null;
  kind: string | null;
  mentionCount: number | null;
  labels: string[];
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
export function participantsById(rows: readonly EntityColumns[]): Map<string, MeetingRow['participants'][number]> {
  const out = new Map<string, MeetingRow['participants'][number]>();
  for (const r of rows) {
    // null, as the query's `[l IN labels(e) WHERE l <> 'Entity'][0]` gave, should an entity have no own label.
    const label = r.labels.find((l) => l !== ENTITY_LABEL) ?? (null as unknown as string);
    out.set(r.id, { id: r.id, name: r.name, label, side: r.side, kind: r.kind, mentionCount: r.mentionCount });
  }
  return out;
}
