// Entity: names, type, offices held, counts, top co-participants, instruments (and, for an instrument,
// its parties; for an organisation, who held office in it).
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
  OPTIONAL MATCH (e)<-[:REFERS_TO]-(m:Mention)
  RETURN count(m) AS mentions, count(DISTINCT m.docId) AS documents
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(mt:Meeting)
  RETURN count(mt) AS meetings
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(o:Entity)
  WHERE o <> e
  WITH o, count(*) AS c
  ORDER BY c DESC, o.name
  LIMIT $topN
  RETURN collect(CASE WHEN o IS NULL THEN null
    ELSE {id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0], count: c} END) AS coParticipants
}
CALL (e) {
  OPTIONAL MATCH (e)-[:PARTY_TO]->(i:Instrument)
  RETURN collect(i {.id, .name, .kind, .latestStage}) AS instruments
}
CALL (e) {
  OPTIONAL MATCH (p:Entity)-[:PARTY_TO]->(e)
  RETURN collect(p {.id, .name, type: [l IN labels(p) WHERE l <> 'Entity'][0]}) AS parties
}
RETURN e {.*, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity,
       offices, holders, mentions, documents, meetings, coParticipants, instruments, parties
