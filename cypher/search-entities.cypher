// Search: full-text (Lucene, queries built by server/search/lucene-query.ts) over entity names and
// aliases, ranked, with the first mention as context. Exact words and prefixes first; the typo-tolerant
// query (the same words, each also within one or two edits) runs only when they find nothing of the
// asked types, as Typesense does with its default typo_tokens_threshold of 1. Two-edit terms were a
// third of search's time on the 100x graph, and a word spelt right got near-misses (serbia~2 is "syria")
// mixed into its answers.
CALL db.index.fulltext.queryNodes('entityNames', $exact, {limit: $fetch}) YIELD node, score
WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
WITH collect({node: node, score: score}) AS found
CALL (found) {
  UNWIND found AS hit
  RETURN hit.node AS node, hit.score AS score
  UNION ALL
  // The WITH drops the row, so the typo query is not run at all when the exact one found something.
  WITH found WHERE size(found) = 0 AND $typo IS NOT NULL
  CALL db.index.fulltext.queryNodes('entityNames', $typo, {limit: $fetch}) YIELD node, score
  WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
  RETURN node, score
}
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
