// Parties to instruments; `docIds` lists (sorted) the documents that name the party.
UNWIND $rows AS row
MATCH (p:Entity {id: row.partyId})
MATCH (i:Instrument {id: row.instrumentId})
MERGE (p)-[r:PARTY_TO]->(i)
SET r.docIds = COLLECT { UNWIND coalesce(r.docIds, []) + $docId AS x WITH DISTINCT x RETURN x ORDER BY x }
