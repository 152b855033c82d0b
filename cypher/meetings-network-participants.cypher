// The participants of meetings-network-window.cypher's meetings, each once, with what the network shows of
// them: the server runs both at the same time instead of waiting for the ids to look them up by id
// (entities-by-id.cypher, which the filtered and the capped reads still use). Same window, same branches
// (the same text in all three: tests/db/cypher-copies.test.ts).
CALL () {
  MATCH (m:Meeting)
  WHERE m.date >= coalesce(substring($fromDay, 0, 4), '') AND m.date <= coalesce($toDay, '~')
  RETURN m
  UNION ALL
  MATCH (m:Meeting)
  WHERE m.endIso >= $fromDay AND m.date < substring($fromDay, 0, 4) AND m.date <= coalesce($toDay, '~')
  RETURN m
  UNION ALL
  // Undated meetings belong to no window; the planner cannot skip a scan on a parameter test, a WITH can.
  WITH 1 AS noWindow WHERE $fromDay IS NULL AND $toDay IS NULL
  MATCH (m:Meeting) WHERE m.date IS NULL
  RETURN m
}
WITH m
WHERE ($fromDay IS NULL OR (m.date IS NOT NULL AND coalesce(m.endIso, m.date + '~') >= $fromDay))
  AND ($toDay IS NULL OR (m.date IS NOT NULL AND m.date <= $toDay))
  AND ($planned IS NULL OR coalesce(m.planned, false) = $planned)
// Only entities take part (model/graph-model.ts): no label test on e.
MATCH (e)-[:PARTICIPATED_IN]->(m)
WITH DISTINCT e
// Grouped by label set, as entities-by-id.cypher: rows of $entitiesPerRow [id, name, side, kind, mentionCount]
// lists. A row longer than a Bolt chunk (~8 KB) has the driver decode each of its strings across chunks,
// with three times the allocations.
WITH labels(e) AS labels, collect([e.id, e.name, e.side, e.kind, e.mentionCount]) AS es
UNWIND range(0, size(es) - 1, $entitiesPerRow) AS start
RETURN labels, es[start..start + $entitiesPerRow] AS entities
