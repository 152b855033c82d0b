// Graphs and backups written before mentions became MENTIONS relationships (model/graph-model.ts) hold
// them as (:Document)-[:HAS_MENTION]->(:Mention)-[:REFERS_TO]->(:Entity). This turns up to $limit of
// those Mention nodes into relationships, with the same properties, and deletes them; db/migrate-mentions.ts
// repeats it until none is left. A mention whose document or entity is gone is dropped with its node.
MATCH (m:Mention)
WITH m LIMIT $limit
OPTIONAL MATCH (d:Document {id: m.docId})
OPTIONAL MATCH (e:Entity {id: m.entityId})
FOREACH (_ IN CASE WHEN d IS NOT NULL AND e IS NOT NULL THEN [1] ELSE [] END |
  CREATE (d)-[:MENTIONS {
    start: m.start, end: m.end, text: m.text, sentenceText: m.sentenceText, sentenceIndex: m.sentenceIndex,
    resolvedBy: m.resolvedBy
  }]->(e))
DETACH DELETE m
RETURN count(*) AS migrated
