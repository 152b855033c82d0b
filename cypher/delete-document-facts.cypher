// Withdraws one document's facts before it is rewritten or removed, in one round trip: its mentions,
// meetings and instrument events go; its id leaves the PARTY_TO and HOLDS edges of the entities it
// touched (an edge no document supports any more goes, and HOLDS.source follows the documents left);
// its claims leave those entities. A claim is the JSON of EntityClaim, which starts with the document
// id, so `$claimPrefix` selects exactly this document's.
CALL {
  MATCH (m:Mention {docId: $docId})
  DETACH DELETE m
}
CALL {
  MATCH (m:Meeting {docId: $docId})
  DETACH DELETE m
}
CALL {
  MATCH (ev:InstrumentEvent {docId: $docId})
  DETACH DELETE ev
}
CALL {
  MATCH (i:Instrument)<-[r:PARTY_TO]-()
  WHERE i.id IN $entityIds AND $docId IN r.docIds
  SET r.docIds = [x IN r.docIds WHERE x <> $docId]
  WITH r
  WHERE size(r.docIds) = 0
  DELETE r
}
CALL {
  MATCH (p:Person)-[r:HOLDS]->()
  WHERE p.id IN $entityIds AND $docId IN r.docIds
  SET r.docIds = [x IN r.docIds WHERE x <> $docId],
      r.textDocIds = [x IN coalesce(r.textDocIds, []) WHERE x <> $docId]
  SET r.source = CASE WHEN size(r.textDocIds) > 0 THEN 'text' ELSE 'kb' END
  WITH r
  WHERE size(r.docIds) = 0
  DELETE r
}
CALL {
  MATCH (e:Entity)
  WHERE e.id IN $entityIds
  SET e.claims = [c IN coalesce(e.claims, []) WHERE NOT c STARTS WITH $claimPrefix]
}
