// Withdraws the given documents' facts before they are rewritten or removed, in one round trip: their
// mentions, meetings and instrument events go; their ids leave the PARTY_TO and HOLDS edges of the
// entities they touched (an edge no document supports any more goes, HOLDS.source follows the documents
// left, and an attested range keeps only the other documents' dates); their claims leave those entities.
// A claim is the JSON of EntityClaim, which starts with the document id, so `$claimPrefixes` select
// exactly these documents'.
CALL {
  UNWIND $docIds AS docId
  MATCH (:Document {id: docId})-[m:MENTIONS]->()
  DELETE m
}
CALL {
  MATCH (m:Meeting) WHERE m.docId IN $docIds
  DETACH DELETE m
}
CALL {
  MATCH (ev:InstrumentEvent) WHERE ev.docId IN $docIds
  DETACH DELETE ev
}
CALL {
  UNWIND $entityIds AS id
  MATCH (i:Instrument {id: id})<-[r:PARTY_TO]-()
  WHERE any(x IN r.docIds WHERE x IN $docIds)
  SET r.docIds = [x IN r.docIds WHERE NOT x IN $docIds]
  WITH r
  WHERE size(r.docIds) = 0
  DELETE r
}
CALL {
  UNWIND $entityIds AS id
  MATCH (p:Person {id: id})-[r:HOLDS]->()
  WHERE any(x IN r.docIds WHERE x IN $docIds)
  SET r.docIds = [x IN r.docIds WHERE NOT x IN $docIds],
      r.textDocIds = [x IN coalesce(r.textDocIds, []) WHERE NOT x IN $docIds],
      r.attested = CASE WHEN r.attested IS NULL THEN null
                        ELSE [a IN r.attested WHERE NOT any(d IN $docIds WHERE a STARTS WITH d + '|')] END
  SET r.source = CASE WHEN size(r.textDocIds) > 0 THEN 'text' ELSE 'kb' END
  WITH r
  // An attested range shrinks to the dates the remaining documents attest (the recompute of
  // upsert-holdings.cypher, the same text: tests/db/cypher-copies.test.ts).
  CALL (r) {
    UNWIND coalesce(r.attested, []) AS a
    WITH split(a, '|') AS part
    RETURN min(CASE WHEN part[1] <> '' THEN part[1] END) AS first, max(CASE WHEN part[1] <> '' THEN part[1] END) AS last,
           min(part[2]) AS title
  }
  SET r.office = CASE WHEN r.attested IS NULL OR title IS NULL THEN r.office ELSE title END,
      r.from = CASE WHEN r.attested IS NULL THEN r.from ELSE first END,
      r.to = CASE WHEN r.attested IS NULL THEN r.to ELSE last END
  WITH r
  WHERE size(r.docIds) = 0
  DELETE r
}
CALL {
  UNWIND $entityIds AS id
  MATCH (e:Entity {id: id})
  SET e.claims = [c IN coalesce(e.claims, []) WHERE NOT any(p IN $claimPrefixes WHERE c STARTS WITH p)]
}
