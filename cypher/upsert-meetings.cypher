// Meetings with their participants, the document that states them (offsets on STATED_IN) and the
// country they were held in, when the place is one. CREATE, not MERGE: a document's meetings are always
// withdrawn before it is written again and their ids start with the document's, so they are new;
// participants are distinct per meeting (ingest/write/document-rows.ts).
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.props.docId})
CREATE (m:Meeting)
SET m = row.props
CREATE (m)-[:STATED_IN {start: row.props.start, end: row.props.end}]->(d)
WITH m, row
CALL {
  WITH m, row
  UNWIND row.participants AS pid
  MATCH (e:Entity {id: pid})
  CREATE (e)-[:PARTICIPATED_IN]->(m)
}
CALL {
  WITH m, row
  MATCH (c:Country {id: row.placeId})
  CREATE (m)-[:HELD_IN]->(c)
}
