// Mentions with provenance (document, offsets, sentence), hung between their document and entity.
// CREATE, not MERGE: a document's mentions are always withdrawn before it is written again, and their
// ids start with the document's, so they are new (the uniqueness constraint would refuse a repeat).
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
CREATE (m:Mention)
SET m = row
CREATE (d)-[:HAS_MENTION]->(m)
CREATE (m)-[:REFERS_TO {resolvedBy: row.resolvedBy}]->(e)
