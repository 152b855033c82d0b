// A document with its text and every linked mention span, for highlighting. Mentions are the document's
// own MENTIONS relationships; the entity's id is read from the node they end at.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[m:MENTIONS]->(e:Entity)
  WITH m, e ORDER BY m.start, m.end
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE [m.start, m.end, m.text, e.id] END) AS mentions
}
RETURN d {.*} AS document, mentions
