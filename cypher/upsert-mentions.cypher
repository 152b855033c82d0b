// Mentions with provenance (document, offsets, sentence): one MENTIONS relationship from the document
// to the entity the span names (model/graph-model.ts says why a relationship and not a node).
// CREATE, not MERGE: a document's mentions are always withdrawn before it is written again.
// The properties are named, not `SET r = row`: copying a map makes the planner add Eager operators, and
// this is the writer's biggest statement (3,533 rows for the 1x corpus). They are the fields of a
// mention row but its docId and entityId (ingest/write/document-rows.ts); tests/write/write-document.test.ts
// checks the two agree.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (e:Entity {id: row.entityId})
CREATE (d)-[:MENTIONS {
  start: row.start, end: row.end, text: row.text, sentenceText: row.sentenceText, sentenceIndex: row.sentenceIndex,
  resolvedBy: row.resolvedBy
}]->(e)
