// Meetings with their participants, the document that states them (offsets on STATED_IN) and the
// country they were held in, when the place is one.
UNWIND $rows AS row
MATCH (d:Document {id: row.props.docId})
MERGE (m:Meeting {id: row.id})
SET m = row.props
MERGE (m)-[s:STATED_IN]->(d)
SET s.start = row.props.start, s.end = row.props.end
WITH m, row
CALL {
  WITH m, row
  UNWIND row.participants AS pid
  MATCH (e:Entity {id: pid})
  MERGE (e)-[:PARTICIPATED_IN]->(m)
}
CALL {
  WITH m, row
  MATCH (c:Country {id: row.placeId})
  MERGE (m)-[:HELD_IN]->(c)
}
