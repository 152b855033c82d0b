// A meeting with its participants, place and the sentence and document that state it.
MATCH (m:Meeting {id: $id})
OPTIONAL MATCH (m)-[s:STATED_IN]->(d:Document)
CALL (m) {
  OPTIONAL MATCH (e:Entity)-[:PARTICIPATED_IN]->(m)
  RETURN collect(e {.id, .name, .side, type: [l IN labels(e) WHERE l <> 'Entity'][0]}) AS participants
}
CALL (m) {
  OPTIONAL MATCH (m)-[:HELD_IN]->(c)
  RETURN collect(c {.id, .name}) AS heldIn
}
RETURN m {.*} AS meeting, d.id AS docId, d.file AS file, s.start AS start, s.end AS end, participants, heldIn
LIMIT 1
