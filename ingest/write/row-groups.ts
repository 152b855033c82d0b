// Rows as the batch statements take them: grouped by the fields every row of a group shares (the
// document, the entity or instrument at the other end), the other fields as parallel lists. A batch's
// thousands of mentions, meetings and events name a few documents and a few hundred entities, so the
// statement finds each group's ends once instead of once per row, and the driver packs each id and
// each field name once per group instead of once per row: measured on the 1x corpus, grouping the
// mentions took the batched write from 234 to 213 ms, then grouping meetings and events from 196 to
// 190 ms (medians of 100 interleaved runs each, docs/performance.md "Sixth session").
import type { BatchRows } from './batch-rows.ts';

export interface GroupSpec<K extends string, L extends string> {
  /** Fields shared by the rows of a group (the group's key). */
  keys: readonly K[];
  /** Fields that become parallel lists, in row order; every other field of a row is refused. */
  lists: readonly L[];
}

export type Group<K extends string, L extends string> = Record<K, unknown> & Record<L, unknown[]>;

/** A spec whose field names are typed from the lists themselves, so each is written once. */
const spec = <const K extends string, const L extends string>(keys: readonly K[], lists: readonly L[]): GroupSpec<K, L> => ({ keys, lists });

/** Mentions per (document, entity): cypher/upsert-mentions.cypher. */
export const MENTION_GROUPS = spec(['docId', 'entityId'], ['start', 'end', 'text', 'sentenceText', 'sentenceIndex', 'resolvedBy']);

/** Meetings per document, with their participants and place: cypher/upsert-meetings.cypher. */
export const MEETING_GROUPS = spec(['docId'],
  ['id', 'title', 'date', 'precision', 'endIso', 'dateText', 'place', 'planned', 'kind', 'start', 'end', 'sentence', 'participants', 'placeId']);

/** Instrument events per (document, instrument): cypher/upsert-instrument-events.cypher. */
export const EVENT_GROUPS = spec(['docId', 'instrumentId'],
  ['id', 'stage', 'date', 'precision', 'endIso', 'dateText', 'planned', 'start', 'end', 'sentence']);

/** Groups in first-seen order; within a group the rows keep their order. A row field the spec does not
 * name is an error: the statement would silently not store it. */
export function groupRows<K extends string, L extends string>(rows: Record<string, unknown>[], spec: GroupSpec<K, L>): Group<K, L>[] {
  const known = new Set<string>([...spec.keys, ...spec.lists]);
  const groups = new Map<string, Group<K, L>>();
  for (const row of rows) {
    for (const field of Object.keys(row)) {
      if (!known.has(field)) throw new Error(`Row field "${field}" is not in the group spec (${[...known].join(', ')}); add it to the spec and to the statement that stores it.`);
    }
    const key = JSON.stringify(spec.keys.map((k) => row[k]));
    let g = groups.get(key);
    if (!g) {
      g = {} as Group<K, L>;
      for (const k of spec.keys) (g as Record<string, unknown>)[k] = row[k];
      for (const l of spec.lists) (g as Record<string, unknown>)[l] = [];
      groups.set(key, g);
    }
    for (const l of spec.lists) (g[l] as unknown[]).push(row[l] ?? null);
  }
  return [...groups.values()];
}

/** The batch's mention rows as upsert-mentions takes them. */
export const mentionGroups = (rows: BatchRows['mentions']) => groupRows(rows, MENTION_GROUPS);

/** The batch's meeting rows as upsert-meetings takes them. */
export const meetingGroups = (rows: BatchRows['meetings']) => groupRows(rows, MEETING_GROUPS);

/** The batch's instrument event rows as upsert-instrument-events takes them. */
export const eventGroups = (rows: BatchRows['events']) => groupRows(rows, EVENT_GROUPS);
