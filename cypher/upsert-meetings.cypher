// Meetings with their participants, the document that states them (offsets on STATED_IN) and the
// country they were held in, when the place is one. One row per document with the meetings' fields as
// parallel lists (ingest/write/row-groups.ts MEETING_GROUPS: the properties below are its lists but
// participants and placeId, checked by tests/write/write-document.test.ts). A null list item stores no
// property. CREATE, not MERGE: a document's meetings are always withdrawn before it is written again
// and their ids start with the document's, so they are new; participants are distinct per meeting
// (ingest/write/document-rows.ts).
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS g
MATCH (d:Document {id: g.docId})
UNWIND range(0, size(g.id) - 1) AS i
CREATE (m:Meeting {
  id: g.id[i], docId: g.docId, title: g.title[i], date: g.date[i], precision: g.precision[i], endIso: g.endIso[i],
  dateText: g.dateText[i], place: g.place[i], planned: g.planned[i], kind: g.kind[i], start: g.start[i], end: g.end[i],
  sentence: g.sentence[i]
})
CREATE (m)-[:STATED_IN {start: g.start[i], end: g.end[i]}]->(d)
WITH m, g, i
CALL {
  WITH m, g, i
  UNWIND g.participants[i] AS pid
  MATCH (e:Entity {id: pid})
  CREATE (e)-[:PARTICIPATED_IN]->(m)
}
CALL {
  WITH m, g, i
  MATCH (c:Country {id: g.placeId[i]})
  CREATE (m)-[:HELD_IN]->(c)
}
