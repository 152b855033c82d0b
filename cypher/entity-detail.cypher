// Entity: names, type, offices held, counts, top co-participants, instruments (and, for an instrument,
// its parties; for an organisation, who held office in it), in one round trip. Mention and meeting counts
// come from the degree store (O(1)); documents and co-participants from what the writer (or
// ingest/write/derive-entity-stats.ts) stored. For an entity it has not seen, documents are computed here and co-participants by
// entity-co-participants.cypher (coParticipantsStored false). Never returns `claims` or `docIds`.
MATCH (e:Entity {id: $id})
CALL (e) {
  UNWIND range(0, coalesce(size(e.topCoParticipantIds), 0) - 1) AS i
  WITH e, i WHERE i < $topN
  MATCH (o:Entity {id: e.topCoParticipantIds[i]})
  WITH e, i, o ORDER BY i
  RETURN collect({id: o.id, name: o.name, type: [l IN labels(o) WHERE l <> 'Entity'][0],
                  count: e.topCoParticipantCounts[i]}) AS coParticipants
}
RETURN e {.id, .name, .aliases, .side, .kind, .iso2, .curated, .mentionCount, .latestStage, .latestDate,
          type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity,
       [(e)-[h:HOLDS]->(org) | {office: h.office, orgId: org.id, orgName: org.name, from: h.from, to: h.to, source: h.source,
                                   range: CASE WHEN h.attested IS NULL THEN 'term' ELSE 'attested' END}] AS offices,
       [(holder:Person)-[h:HOLDS]->(e) | {office: h.office, personId: holder.id, personName: holder.name, from: h.from, to: h.to,
                                           range: CASE WHEN h.attested IS NULL THEN 'term' ELSE 'attested' END}] AS holders,
       COUNT { (e)<-[:MENTIONS]-() } AS mentions,
       coalesce(e.documentCount, COUNT { MATCH (e)<-[:MENTIONS]-(d:Document) RETURN DISTINCT d }) AS documents,
       COUNT { (e)-[:PARTICIPATED_IN]->() } AS meetings,
       e.topCoParticipantIds IS NOT NULL AS coParticipantsStored, coParticipants,
       [(e)-[:PARTY_TO]->(i:Instrument) | i {.id, .name, .kind, .latestStage}] AS instruments,
       [(p:Entity)-[:PARTY_TO]->(e) | p {.id, .name, type: [l IN labels(p) WHERE l <> 'Entity'][0]}] AS parties
