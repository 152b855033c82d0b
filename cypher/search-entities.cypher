// Search: full-text (Lucene, fuzzy terms built by the server) over entity names and aliases, ranked,
// with the first mention as context.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
WITH node, score
ORDER BY score DESC, node.mentionCount DESC, node.name
LIMIT $limit
CALL (node) {
  OPTIONAL MATCH (node)<-[:REFERS_TO]-(m:Mention)
  WITH m LIMIT 1
  OPTIONAL MATCH (d:Document {id: m.docId})
  RETURN m, d
}
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, node.name AS name,
       coalesce(node.aliases, []) AS aliases, score, node.side AS side, node.kind AS kind,
       node.latestStage AS latestStage, node.mentionCount AS mentionCount,
       CASE WHEN m IS NULL THEN null
            ELSE coalesce(m.sentenceText,
                          substring(d.text, CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END, 200)) END AS context
