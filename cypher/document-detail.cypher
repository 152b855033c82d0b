// A document with its text and every linked mention span, for highlighting.
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_MENTION]->(m:Mention)-[:REFERS_TO]->(e:Entity)
  WITH m, e ORDER BY m.start
  RETURN collect(CASE WHEN m IS NULL THEN null ELSE {start: m.start, end: m.end, text: m.text, entityId: e.id,
    name: e.name, type: [l IN labels(e) WHERE l <> 'Entity'][0]} END) AS mentions
}
RETURN d {.*} AS document, mentions
