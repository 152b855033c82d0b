// The meeting statistics of cypher/derive-entity-stats.cypher (meetingCount, top co-participants), for
// the writer: it sets documentCount itself with the other properties it recomputes from the claims (a
// claim with mentions is a document mentioning the entity), so a hub's mentions are not walked on every
// write. Same values as derive-entity-stats; see there.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  // MATCH, not OPTIONAL MATCH: no co-participant gives two empty lists (the aggregation's one row).
  MATCH (e)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  WITH o, count(*) AS c
  ORDER BY c DESC, o.name, o.id
  LIMIT 20
  RETURN collect(o.id) AS coIds, collect(c) AS coCounts
}
SET e.meetingCount = COUNT { (e)-[:PARTICIPATED_IN]->(:Meeting) },
    e.topCoParticipantIds = coIds,
    e.topCoParticipantCounts = coCounts
RETURN count(e) AS derived
