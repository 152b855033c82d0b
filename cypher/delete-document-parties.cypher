// Withdraws one document from the PARTY_TO edges of the instruments it touched; an edge no document
// supports any more goes.
MATCH (i:Instrument)<-[r:PARTY_TO]-()
WHERE i.id IN $entityIds AND $docId IN r.docIds
SET r.docIds = [x IN r.docIds WHERE x <> $docId]
WITH r
WHERE size(r.docIds) = 0
DELETE r
