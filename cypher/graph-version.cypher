// Graph version for the response cache: node and relationship totals (count store, O(1)) and the
// content hash of every Document, so a re-ingested changed document, an import or a delete all change it.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (d:Document) WITH d ORDER BY d.id RETURN collect(d.id + ':' + coalesce(d.hash, '')) AS documents }
RETURN nodes, relationships, documents
