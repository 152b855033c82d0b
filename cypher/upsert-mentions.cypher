// Mentions with provenance (document, offsets, sentence), hung between their document and entity.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
MERGE (m:Mention {id: row.id})
SET m = row
MERGE (d)-[:HAS_MENTION]->(m)
MERGE (m)-[r:REFERS_TO]->(e)
SET r.resolvedBy = row.resolvedBy
