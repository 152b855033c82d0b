// A document with its text and every linked mention span, for highlighting. Mentions are read by their
// indexed docId and carry their entity's id, so no entity is visited (the type is the id's prefix).
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (m:Mention {docId: d.id})
  WITH m ORDER BY m.start, m.end
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE [m.start, m.end, m.text, m.entityId] END) AS mentions
}
RETURN d {.*} AS document, mentions
