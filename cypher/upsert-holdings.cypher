// Offices held, one HOLDS per person, organisation and key: a term of office (office, from, to), or a range
// the text attests (`attested|<office form>`). `docIds` lists the documents that support it and `source`
// is `text` while any of them states it in the text, else `kb`. One row per HOLDS with the batch's
// supporting documents (`docIds`), those stating it in the text, and for a range its attestations
// (`<docId>|<date>|<title>`, null for a term): an attested range's from/to are the earliest and latest
// date attested and its office the first title, recomputed from every document's attestations so the
// edge does not depend on the order documents were written in. The recompute (CALL (r) ...) is the same
// text in delete-document-facts.cypher: tests/db/cypher-copies.test.ts checks it.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (o:Entity {id: row.orgId})
MERGE (p)-[r:HOLDS {key: row.key}]->(o)
SET r.docIds = COLLECT { UNWIND coalesce(r.docIds, []) + row.docIds AS x WITH DISTINCT x RETURN x ORDER BY x },
    r.textDocIds = COLLECT {
      UNWIND coalesce(r.textDocIds, []) + row.textDocIds AS x
      WITH DISTINCT x RETURN x ORDER BY x
    },
    r.attested = CASE WHEN row.attested IS NULL THEN null ELSE COLLECT {
      UNWIND coalesce(r.attested, []) + row.attested AS x
      WITH DISTINCT x RETURN x ORDER BY x
    } END
SET r.source = CASE WHEN size(r.textDocIds) > 0 THEN 'text' ELSE 'kb' END
WITH r, row
CALL (r) {
  UNWIND coalesce(r.attested, []) AS a
  WITH split(a, '|') AS part
  RETURN min(CASE WHEN part[1] <> '' THEN part[1] END) AS first, max(CASE WHEN part[1] <> '' THEN part[1] END) AS last,
         min(part[2]) AS title
}
SET r.office = CASE WHEN r.attested IS NULL THEN row.office ELSE title END,
    r.from = CASE WHEN r.attested IS NULL THEN row.from ELSE first END,
    r.to = CASE WHEN r.attested IS NULL THEN row.to ELSE last END
