// Node counts by label, and mentions (MENTIONS relationships, from the count store), for the ingest
// summary (entities by type, mentions, meetings, events, documents).
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
UNION ALL
MATCH ()-[r:MENTIONS]->()
RETURN 'MENTIONS' AS label, count(r) AS n
