// Entity: names, type, offices held, counts and the stored top co-participants (entity-links.cypher has
// the holders, instruments and parties; the server runs both at once). Mention and meeting counts come from
// the degree store (O(1)); documents and co-participants from what derive-entity-stats.cypher stored: for an
// entity it has not seen, documents are computed here and co-participants by entity-co-participants.cypher;
// the stored ones come as ids and counts, named by entities-by-id.cypher. Never returns `claims` or `docIds`
// (large for a hub). Why two queries: measured on the 100x graph, this and entity-links.cypher as one
// statement (or with CALL subqueries) cost ~50 ms per request even for a small entity, each alone ~5 ms.
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .aliases, .side, .kind, .iso2, .curated, .mentionCount, .latestStage, .latestDate,
          type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity,
       [(e)-[h:HOLDS]->(org) | {office: h.office, orgId: org.id, orgName: org.name, from: h.from, to: h.to, source: h.source}] AS offices,
       COUNT { (e)<-[:REFERS_TO]-() } AS mentions,
       coalesce(e.documentCount, COUNT { MATCH (e)<-[:REFERS_TO]-(m:Mention) RETURN DISTINCT m.docId AS docId }) AS documents,
       COUNT { (e)-[:PARTICIPATED_IN]->() } AS meetings,
       e.topCoParticipantIds AS coParticipantIds, e.topCoParticipantCounts AS coParticipantCounts
