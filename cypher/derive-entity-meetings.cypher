// Derived meeting statistics, stored on the entity so entity-detail reads them instead of walking a hub's
// meetings on every request. The writer runs it for the stored entities a write touched (a meeting's
// participants are all touched by the document that states it, so every entity whose co-participants
// change is in $ids; entities the batch created get the same values from its rows,
// ingest/write/fresh-entities.ts): in the write's transaction, or for a bulk ingest once at its end over
// the entities its batches marked (clear-entity-meetings.cypher). Idempotent; safe to run over all entities.
//   meetingCount           meetings it took part in
//   topCoParticipantIds    up to 20 entities it meets most, most first (ties by name, then id) ...
//   topCoParticipantCounts ... and, at the same index, the number of meetings shared with each
// Neo4j properties cannot hold maps, hence two parallel lists. documentCount, the other derived
// statistic: derive-entity-document-count.cypher.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  // MATCH, not OPTIONAL MATCH: no co-participant gives two empty lists (the aggregation's one row).
  // No label tests: PARTICIPATED_IN always runs from an entity to a meeting (model/graph-model.ts), and
  // testing them is a read per meeting and per participant of a hub's every meeting, every batch
  // (40 hubs of the 100x graph: 87.5 -> 75.0 ms, the same lists).
  MATCH (e)-[:PARTICIPATED_IN]->()<-[:PARTICIPATED_IN]-(o)
  WHERE o <> e
  WITH o, count(*) AS c
  ORDER BY c DESC, o.name, o.id
  LIMIT 20
  RETURN collect(o.id) AS coIds, collect(c) AS coCounts
}
SET e.meetingCount = COUNT { (e)-[:PARTICIPATED_IN]->() },
    e.topCoParticipantIds = coIds,
    e.topCoParticipantCounts = coCounts
RETURN count(e) AS derived
