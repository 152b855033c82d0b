// Node counts by label, for the ingest summary (entities by type, mentions, meetings, events, documents).
MATCH (n)
UNWIND labels(n) AS label
RETURN label, count(*) AS n
ORDER BY label
