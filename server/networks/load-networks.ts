// Runs the network queries for a set of filters; the endpoints and the exports share it.
import type { QueryRunner } from '../query/query-runner.ts';
import { dateWindow } from '../schemas/common.ts';
import type { AgreementsFilters, MeetingsFilters } from '../schemas/network-filters.ts';
import { agreementsGraph, type AgreementRow } from './agreements-graph.ts';
import { meetingsGraph, type MeetingRow, type MeetingsGraph } from './meetings-graph.ts';

/** Meetings read per request at most; far above the seeds, and a bound on the work at 100x. */
const MEETING_CAP = 50_000;

export async function loadMeetingsNetwork(db: QueryRunner, f: MeetingsFilters): Promise<MeetingsGraph> {
  const found = (await db.read('meetings-network', {
    ...dateWindow(f.from, f.to),
    planned: f.planned === 'include' ? null : f.planned === 'only',
    countries: f.country ?? [], institutions: f.institution ?? [], persons: f.person ?? [],
    meetingCap: MEETING_CAP + 1,
  })) as unknown as (Omit<MeetingRow, 'participants'> & { participantIds: string[] })[];
  const ids = [...new Set(found.flatMap((m) => m.participantIds))];
  const entities = new Map((await db.read('entities-by-id', { ids })).map((r) => {
    const e = r.entity as MeetingRow['participants'][number];
    return [e.id, e];
  }));
  const rows: MeetingRow[] = found.map(({ participantIds, ...m }) => ({
    ...m, participants: participantIds.map((id) => entities.get(id)).filter((e) => e !== undefined),
  }));
  return meetingsGraph(rows.slice(0, MEETING_CAP), { min: f.min, edgeCap: f.limit, truncated: rows.length > MEETING_CAP });
}

export async function loadAgreementsNetwork(db: QueryRunner, f: AgreementsFilters) {
  const rows = (await db.read('agreements-network', {
    kinds: f.kind ?? [], stages: f.stage ?? [], countries: f.country ?? [], cap: f.limit + 1,
  })) as unknown as AgreementRow[];
  return { ...agreementsGraph(rows.slice(0, f.limit)), instruments: Math.min(rows.length, f.limit), truncated: rows.length > f.limit };
}
