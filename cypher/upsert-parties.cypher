// Parties to instruments; `docIds` lists (sorted) the documents that name the party. One row per
// PARTY_TO with the batch's documents that name it.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Entity {id: row.partyId})
MATCH (i:Instrument {id: row.instrumentId})
MERGE (p)-[r:PARTY_TO]->(i)
SET r.docIds = COLLECT { UNWIND coalesce(r.docIds, []) + row.docIds AS x WITH DISTINCT x RETURN x ORDER BY x }
