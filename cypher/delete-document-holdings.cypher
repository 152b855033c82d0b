// Withdraws one document from the HOLDS edges of the persons it touched; an edge no document supports
// any more goes, and `source` follows the documents that remain.
MATCH (p:Person)-[r:HOLDS]->()
WHERE p.id IN $entityIds AND $docId IN r.docIds
SET r.docIds = [x IN r.docIds WHERE x <> $docId],
    r.textDocIds = [x IN coalesce(r.textDocIds, []) WHERE x <> $docId]
SET r.source = CASE WHEN size(r.textDocIds) > 0 THEN 'text' ELSE 'kb' END
WITH r
WHERE size(r.docIds) = 0
DELETE r
