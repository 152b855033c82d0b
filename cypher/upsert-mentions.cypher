// Mentions with provenance (document, offsets, sentence), hung between their document and entity.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entityId})
MERGE (m:Mention {id: row.id})
SET m = row
MERGE (d)-[:HAS_MENTION]->(m)
MERGE (m)-[r:REFERS_TO]->(e)
SET r.resolvedBy = row.resolvedBy
