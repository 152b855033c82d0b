// Runs the network queries for a set of filters; the endpoints and the exports share it.
import type { QueryRunner } from '../query/query-runner.ts';
import { dateWindow } from '../schemas/common.ts';
import type { AgreementsFilters, MeetingsFilters } from '../schemas/network-filters.ts';
import { agreementsGraph, type AgreementRow } from './agreements-graph.ts';
import { meetingsGraph, type MeetingRow, type MeetingsGraph } from './meetings-graph.ts';
import {
  byDateThenId, meetingsOfDocuments, participantsById, type EntitiesOfLabels, type FoundMeeting, type MeetingsOfDocument, type Participant,
} from './meeting-rows.ts';

/** Meetings read per request at most; far above the seeds, and a bound on the work at 100x. */
const MEETING_CAP = 50_000;
/** Participants per row of the participant queries: ~6 KB, within one Bolt chunk (see their headers). */
const ENTITIES_PER_ROW = 100;

/** `meetingCap` (default MEETING_CAP) is lowered by tests to reach the capped, ordered read. */
export async function loadMeetingsNetwork(
  db: QueryRunner, f: MeetingsFilters, opts: { meetingCap?: number } = {},
): Promise<MeetingsGraph> {
  const cap = opts.meetingCap ?? MEETING_CAP;
  const params = {
    ...dateWindow(f.from, f.to),
    planned: f.planned === 'include' ? null : f.planned === 'only',
    countries: f.country ?? [], institutions: f.institution ?? [], persons: f.person ?? [],
    meetingCap: cap + 1, entitiesPerRow: ENTITIES_PER_ROW,
  };
  const filtered = params.countries.length > 0 || params.institutions.length > 0 || params.persons.length > 0;
  const meetings = async (name: string) => meetingsOfDocuments((await db.read(name, params)) as unknown as MeetingsOfDocument[]);
  const participants = async (name: string, p: Record<string, unknown>) =>
    participantsById((await db.read(name, p)) as unknown as EntitiesOfLabels[]);
  let found: FoundMeeting[];
  let entities: Map<string, Participant> | undefined;
  if (filtered) {
    found = await meetings('meetings-network');
  } else {
    // Unfiltered, the window's meetings and their participants are read at once (see the two queries'
    // headers), unordered. Only a window past the cap needs the ordered query, so that the meetings kept
    // are the first ones by date, id.
    [found, entities] = await Promise.all([meetings('meetings-network-window'), participants('meetings-network-participants', params)]);
    if (found.length > cap) {
      found = await meetings('meetings-network');
      entities = undefined;
    }
  }
  // The queries group by document: the network is built in date, id order.
  found.sort(byDateThenId);
  const truncated = found.length > cap;
  if (truncated) found = found.slice(0, cap);
  entities ??= await participants('entities-by-id', { ids: distinctParticipants(found), entitiesPerRow: ENTITIES_PER_ROW });
  const rows: MeetingRow[] = found.map((m) => {
    const ps: Participant[] = [];
    for (const id of m.participantIds) {
      const e = entities.get(id);
      if (e !== undefined) ps.push(e);
    }
    return { id: m.id, date: m.date, planned: m.planned, docId: m.docId, participants: ps };
  });
  return meetingsGraph(rows, { min: f.min, edgeCap: f.limit, truncated });
}

function distinctParticipants(found: readonly FoundMeeting[]): string[] {
  const ids = new Set<string>();
  for (const m of found) for (const id of m.participantIds) ids.add(id);
  return [...ids];
}

export async function loadAgreementsNetwork(db: QueryRunner, f: AgreementsFilters) {
  const rows = (await db.read('agreements-network', {
    kinds: f.kind ?? [], stages: f.stage ?? [], countries: f.country ?? [], cap: f.limit + 1,
  })) as unknown as AgreementRow[];
  return { ...agreementsGraph(rows.slice(0, f.limit)), instruments: Math.min(rows.length, f.limit), truncated: rows.length > f.limit };
}
