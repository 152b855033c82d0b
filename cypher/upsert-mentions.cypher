// Mentions with provenance (document, offsets, sentence): one MENTIONS relationship from the document
// to the entity the span names (model/graph-model.ts says why a relationship and not a node).
// One row per (document, entity) with the mentions' fields as parallel lists (ingest/write/row-groups.ts
// MENTION_GROUPS: the properties below are its lists, checked by tests/write/write-document.test.ts),
// so each pair's two ends are found once, not once per mention. The properties are named, not copied
// from a map: copying a map makes the planner add Eager operators.
// CREATE, not MERGE: a document's mentions are always withdrawn before it is written again.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS g
MATCH (d:Document {id: g.docId})
MATCH (e:Entity {id: g.entityId})
UNWIND range(0, size(g.start) - 1) AS i
CREATE (d)-[:MENTIONS {
  start: g.start[i], end: g.end[i], text: g.text[i], sentenceText: g.sentenceText[i], sentenceIndex: g.sentenceIndex[i],
  resolvedBy: g.resolvedBy[i]
}]->(e)
