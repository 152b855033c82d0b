// Derived entity statistic: documentCount, the distinct documents that mention the entity, stored on the
// entity so entity-detail reads it instead of walking a hub's mentions on every request. The writer does
// not run this: it sets documentCount with the properties it recomputes from the claims (a claim with
// mentions is a document mentioning the entity; ingest/write/entity-properties.ts), so a hub's mentions
// are not walked on every write. This counts them in the graph, for entities with no statistics stored
// (ingest/write/derive-entity-stats.ts runs it with derive-entity-meetings.cypher). Idempotent.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  OPTIONAL MATCH (e)<-[:MENTIONS]-(d:Document)
  RETURN count(DISTINCT d) AS documents
}
SET e.documentCount = documents
RETURN count(e) AS derived
