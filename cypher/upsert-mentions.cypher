// Mentions with provenance (document, offsets, sentence), hung between their document and entity.
// CREATE, not MERGE: a document's mentions are always withdrawn before it is written again, and their
// ids start with the document's, so they are new (the uniqueness constraint would refuse a repeat).
// The properties are named, not `SET m = row`: copying a map makes the planner add Eager operators, and
// this is the writer's biggest statement (2,057 rows for the 1x corpus). They are exactly the fields of a
// mention row (ingest/write/document-rows.ts); tests/write/write-document.test.ts checks the two agree.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
CREATE (m:Mention {
  id: row.id, docId: row.docId, entityId: row.entityId, start: row.start, end: row.end, text: row.text,
  sentenceText: row.sentenceText, sentenceIndex: row.sentenceIndex, resolvedBy: row.resolvedBy
})
CREATE (d)-[:HAS_MENTION]->(m)
CREATE (m)-[:REFERS_TO {resolvedBy: row.resolvedBy}]->(e)
