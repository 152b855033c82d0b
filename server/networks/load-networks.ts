// Runs the network queries for a set of filters; the endpoints and the exports share it.
import type { QueryRunner } from '../query/query-runner.ts';
import { dateWindow } from '../schemas/common.ts';
import type { AgreementsFilters, MeetingsFilters } from '../schemas/network-filters.ts';
import { agreementsGraph, type AgreementRow } from './agreements-graph.ts';
import { meetingsGraph, type MeetingRow, type MeetingsGraph } from './meetings-graph.ts';
import { byDateThenId, participantsById, type EntityColumns, type FoundMeeting } from './meeting-rows.ts';

/** Meetings read per request at most; far above the seeds, and a bound on the work at 100x. */
const MEETING_CAP = 50_000;

export async function loadMeetingsNetwork(
  db: QueryRunner, f: MeetingsFilters, opts: { meetingCap?: number } = {},
): Promise<MeetingsGraph> {
  const cap = opts.meetingCap ?? MEETING_CAP;
  const params = {
    ...dateWindow(f.from, f.to),
    planned: f.planned === 'include' ? null : f.planned === 'only',
    countries: f.country ?? [], institutions: f.institution ?? [], persons: f.person ?? [],
    meetingCap: cap + 1,
  };
  const filtered = params.countries.length > 0 || params.institutions.length > 0 || params.persons.length > 0;
  let found: FoundMeeting[];
  let entities: Map<string, MeetingRow['participants'][number]> | undefined;
  if (filtered) {
    found = (await db.read('meetings-network', params)) as unknown as FoundMeeting[];
  } else {
    // Unfiltered, the window's meetings and their participants are read at once (see the two queries'
    // headers), unordered, and sorted here. Only a window past the cap needs the ordered query, so that
    // the meetings kept are the first ones by date, id.
    const [window, participants] = await Promise.all([
      db.read('meetings-network-window', params), db.read('meetings-network-participants', params),
    ]);
    found = window as unknown as FoundMeeting[];
    if (found.length > cap) found = (await db.read('meetings-network', params)) as unknown as FoundMeeting[];
    else {
      found.sort(byDateThenId);
      entities = participantsById(participants as unknown as EntityColumns[]);
    }
  }
  const truncated = found.length > cap;
  if (truncated) found = found.slice(0, cap);
  entities ??= participantsById((await db.read('entities-by-id', { ids: distinctParticipants(found) })) as unknown as EntityColumns[]);
  const rows: MeetingRow[] = found.map((m) => {
    const participants: MeetingRow['participants'] = [];
    for (const id of m.participantIds) {
      const e = entities.get(id);
      if (e !== undefined) participants.push(e);
    }
    return { id: m.id, date: m.date, planned: m.planned, docId: m.docId, participants };
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
