// Mentions of an entity, keyset-paginated by (document, offset), each with a snippet of its sentence.
MATCH (e:Entity {id: $id})<-[r:REFERS_TO]-(m:Mention)
WHERE $afterDoc IS NULL OR m.docId > $afterDoc OR (m.docId = $afterDoc AND m.start > $afterStart)
WITH m, r
ORDER BY m.docId, m.start
LIMIT $limit
OPTIONAL MATCH (d:Document {id: m.docId})
RETURN m.docId AS docId, d.file AS file, m.start AS start, m.end AS end, m.text AS text,
       r.resolvedBy AS resolvedBy,
       coalesce(m.sentenceText,
                substring(d.text, CASE WHEN m.start < 120 THEN 0 ELSE m.start - 120 END, (m.end - m.start) + 240)) AS sentence
