// Mentions of an entity, keyset-paginated by (document, offset), each with a snippet of its sentence.
MATCH (e:Entity {id: $id})<-[m:MENTIONS]-(d:Document)
WHERE $afterDoc IS NULL OR d.id > $afterDoc OR (d.id = $afterDoc AND m.start > $afterStart)
WITH m, d
ORDER BY d.id, m.start
LIMIT $limit
RETURN d.id AS docId, d.file AS file, m.start AS start, m.end AS end, m.text AS text,
       m.resolvedBy AS resolvedBy,
       coalesce(m.sentenceText,
                substring(d.text, CASE WHEN m.start < 120 THEN 0 ELSE m.start - 120 END, (m.end - m.start) + 240)) AS sentence
