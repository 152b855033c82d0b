// Offices held, one HOLDS per person, organisation and (office, from, to); `docIds` lists the documents
// that support it and `source` is `text` while any of them states it in the text, else `kb`. One row
// per HOLDS with the batch's supporting documents (`docIds`) and those stating it in the text.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Entity {id: row.orgId})
MERGE (p)-[r:HOLDS {key: row.key}]->(o)
SET r.office = row.office, r.from = row.from, r.to = row.to,
    r.docIds = COLLECT { UNWIND coalesce(r.docIds, []) + row.docIds AS x WITH DISTINCT x RETURN x ORDER BY x },
    r.textDocIds = COLLECT {
      UNWIND coalesce(r.textDocIds, []) + row.textDocIds AS x
      WITH DISTINCT x RETURN x ORDER BY x
    }
SET r.source = CASE WHEN size(r.textDocIds) > 0 THEN 'text' ELSE 'kb' END
