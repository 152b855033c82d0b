// Entity: names, type, offices held, counts, top co-participants, instruments (and, for an instrument,
// its parties; for an organisation, who held office in it). Mention and meeting counts come from the
// degree store (O(1)); documents and co-participants from what derive-entity-stats.cypher stored, computed
// here only for an entity it has not seen. Never returns `claims` or `docIds` (large for a hub).
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[h:HOLDS]->(org)
  RETURN collect(CASE WHEN org IS NULL THEN null
    ELSE {office: h.office, orgId: org.id, orgName: org.name, from: h.from, to: h.to, source: h.source} END) AS offices
}
CALL (e) {
  OPTIONAL MATCH (holder:Person)-[h:HOLDS]->(e)
  RETURN collect(CASE WHEN holder IS NULL THEN null
    ELSE {office: h.office, personId: holder.id, personName: holder.name, from: h.from, to: h.to} END) AS holders
}
CALL (e) {
  WITH e WHERE e.documentCount IS NULL
  OPTIONAL MATCH (e)<-[:REFERS_TO]-(m:Mention)
  RETURN count(DISTINCT m.docId) AS computedDocuments
}
CALL (e) {
  WITH e WHERE e.topCoParticipantIds IS NOT NULL
  UNWIND range(0, size(e.topCoParticipantIds) - 1) AS i
  MATCH (o:Entity {id: e.topCoParticipantIds[i]})
  WITH o, e.topCoParticipantCounts[i] AS c, i
  ORDER BY i
  LIMIT $topN
  RETURN collect({id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0], count: c}) AS storedCo
}
CALL (e) {
  WITH e WHERE e.topCoParticipantIds IS NULL
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  WITH o, count(*) AS c
  ORDER BY c DESC, o.name
  LIMIT $topN
  RETURN collect(CASE WHEN o IS NULL THEN null
    ELSE {id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0], count: c} END) AS computedCo
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTY_TO]->(i:Instrument)
  RETURN collect(i {.id, .name, .kind, .latestStage}) AS instruments
}
CALL (e) {
  OPTIONAL MATCH (p:Entity)-[:PARTY_TO]->(e)
  RETURN collect(p {.id, .name, type: [l IN labels(p) WHERE l <> 'Entity'][0]}) AS parties
}
RETURN e {.id, .name, .aliases, .side, .kind, .iso2, .curated, .mentionCount, .latestStage, .latestDate,
          type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity,
       offices, holders,
       COUNT { (e)<-[:REFERS_TO]-() } AS mentions,
       coalesce(e.documentCount, computedDocuments) AS documents,
       COUNT { (e)-[:PARTICIPATED_IN]->() } AS meetings,
       CASE WHEN e.topCoParticipantIds IS NULL THEN computedCo ELSE storedCo END AS coParticipants,
       instruments, parties
