// Settling the entities a write batch created, without reading them back. An entity the batch's MERGE
// created (upsert-entities returns those ids) has no claim, mention, meeting or event but the batch's,
// and no other transaction can touch it before the commit, so its properties and derived statistics
// follow from the batch rows alone: the same values settle-entities.ts reads back and
// cypher/derive-entity-meetings.cypher computes for the others. Pure.
import { NODE_LABELS } from '../../model/graph-model.ts';
import type { BatchRows } from './batch-rows.ts';
import { entityUpdate, type EntityUpdate } from './entity-update.ts';
import type { StageEvent } from './latest-stage.ts';

/** As in cypher/derive-entity-meetings.cypher. */
const TOP_CO_PARTICIPANTS = 20;

const INSTRUMENT = NODE_LABELS.Instrument.label;
const COUNTRY = NODE_LABELS.Country.label;


/** Entities with a fact of the batch that keeps them whatever the orphan check deletes: a mention, a
 * meeting they took part in, a meeting held in them (a country), an event (an instrument). With the
 * batch's claim on them, the orphan check cannot delete them. Offices and party edges are left to the
 * orphan check (their other end decides). */
export function anchoredIds(b: BatchRows, types: Map<string, string[]> = new Map(b.entities.map((e) => [e.id, e.types]))): Set<string> {
  const out = new Set<string>();
  for (const m of b.mentions) out.add(m.entityId as string);
  for (const m of b.meetings) {
    for (const p of m.participants as string[]) out.add(p);
    if (m.placeId && types.get(m.placeId as string)?.includes(COUNTRY)) out.add(m.placeId as string);
  }
  for (const e of b.events) if (types.get(e.instrumentId as string)?.includes(INSTRUMENT)) out.add(e.instrumentId as string);
  return out;
}

/** Properties (as update-entity-properties sets them) of the created entities nothing can orphan; the
 * others go through the orphan check and read-back like any entity. */
export function freshEntityProperties(b: BatchRows, created: Set<string>): EntityUpdate[] {
  const types = new Map(b.entities.map((e) => [e.id, e.types]));
  const anchored = anchoredIds(b, types);
  const events = new Map<string, StageEvent[]>();
  for (const e of b.events) {
    const id = e.instrumentId as string;
    if (!created.has(id)) continue;
    events.set(id, [...(events.get(id) ?? []), { stage: e.stage as string, date: (e.date as string | null) ?? null, planned: e.planned as boolean }]);
  }
  const out: EntityUpdate[] = [];
  for (const e of b.entities) {
    if (!created.has(e.id) || !anchored.has(e.id)) continue;
    const u = entityUpdate(e.id, e.claims, events.get(e.id) ?? []);
    if (u) out.push(u);
  }
  return out;
}

/** The entity rows of upsert-entities with, for each, `fresh`: the properties and statistics it gets if
 * this batch creates it and every entity it met in the batch's meetings (set ON CREATE, so the settle step
 * has nothing left to do for it: on a first load, nothing at all). */
export function entityRowsWithFresh(b: BatchRows): { id: string; types: string[]; claims: string[]; fresh: Record<string, unknown> | null }[] {
  const all = new Set(b.entities.map((e) => e.id));
  const props = new Map(freshEntityProperties(b, all).map((u) => [u.id, u.props]));
  const stats = freshEntityStats(b, [...props.keys()], (id) => props.get(id)?.name as string | undefined);
  return b.entities.map((e) => {
    const p = props.get(e.id);
    const s = stats.get(e.id);
    if (!p || !s) return { ...e, fresh: null };
    const { claims: _claims, ...rest } = p; // the statement appends the row's claims
    return { ...e, fresh: { ...rest, ...s } };
  });
}

/** Created entities whose ON CREATE properties are final: anchored (fresh set) and every co-participant
 * created by the batch too (a stored one may be renamed by the settle step, reordering ties). */
export function settledOnCreate(b: BatchRows, rows: { id: string; fresh: unknown }[], created: Set<string>): Set<string> {
  const blocked = new Set<string>();
  for (const m of b.meetings) {
    const ps = m.participants as string[];
    if (ps.some((p) => !created.has(p))) for (const p of ps) blocked.add(p);
  }
  return new Set(rows.filter((r) => r.fresh && created.has(r.id) && !blocked.has(r.id)).map((r) => r.id));
}

/** Code-unit order, as Cypher's ORDER BY on strings. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** documentCount, meetingCount and top co-participants of created entities, from the batch's mentions
 * and meetings (all of theirs): what cypher/derive-entity-meetings.cypher gives. `nameOf` is every
 * co-participant's settled name; an entity with a co-participant of unknown name is left out (null),
 * for the query to derive. */
export function freshEntityStats(b: BatchRows, ids: string[], nameOf: (id: string) => string | undefined): Map<string, Record<string, unknown> | null> {
  const want = new Set(ids);
  const docs = new Map<string, Set<string>>();
  for (const m of b.mentions) {
    const id = m.entityId as string;
    if (!want.has(id)) continue;
    const s = docs.get(id) ?? new Set<string>();
    s.add(m.docId as string);
    docs.set(id, s);
  }
  const meetings = new Map<string, number>();
  const co = new Map<string, Map<string, number>>();
  for (const m of b.meetings) {
    const ps = m.participants as string[];
    for (const p of ps) {
      if (!want.has(p)) continue;
      meetings.set(p, (meetings.get(p) ?? 0) + 1);
      const counts = co.get(p) ?? new Map<string, number>();
      for (const o of ps) if (o !== p) counts.set(o, (counts.get(o) ?? 0) + 1);
      co.set(p, counts);
    }
  }
  const out = new Map<string, Record<string, unknown> | null>();
  for (const id of ids) {
    const named: { id: string; name: string; c: number }[] = [];
    let unknown = false;
    for (const [o, c] of co.get(id) ?? []) {
      const name = nameOf(o);
      if (name === undefined) { unknown = true; break; }
      named.push({ id: o, name, c });
    }
    if (unknown) { out.set(id, null); continue; }
    named.sort((x, y) => y.c - x.c || cmp(x.name, y.name) || cmp(x.id, y.id));
    const top = named.slice(0, TOP_CO_PARTICIPANTS);
    out.set(id, {
      documentCount: docs.get(id)?.size ?? 0,
      meetingCount: meetings.get(id) ?? 0,
      topCoParticipantIds: top.map((t) => t.id),
      topCoParticipantCounts: top.map((t) => t.c),
    });
  }
  return out;
}
