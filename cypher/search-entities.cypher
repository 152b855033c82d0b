// Search: full-text (Lucene, fuzzy terms built by the server) over entity names and aliases, ranked,
// with the first mention as context.
CALL db.index.fulltext.queryNodes('entityNames', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
WITH node, score
ORDER BY score DESC, node.mentionCount DESC, node.name
LIMIT $limit
// Any one mention gives the context: one relationship read, never a hub's whole list (no ORDER BY on it).
// The mention's document is at hand; its text (large) is read only for a mention stored without its
// sentence (CASE evaluates the branch it takes only).
CALL (node) {
  OPTIONAL MATCH (node)<-[m:MENTIONS]-(d:Document)
  WITH m, d LIMIT 1
  RETURN m.sentenceText AS sentence,
         CASE WHEN m IS NOT NULL AND m.sentenceText IS NULL
              THEN substring(d.text, CASE WHEN m.start < 80 THEN 0 ELSE m.start - 80 END, 200) END AS around
}
RETURN node.id AS id, [l IN labels(node) WHERE l <> 'Entity'][0] AS type, node.name AS name,
       coalesce(node.aliases, []) AS aliases, score, node.side AS side, node.kind AS kind,
       node.latestStage AS latestStage, node.mentionCount AS mentionCount,
       coalesce(sentence, around) AS context
