// Who met whom, the fast path when no country, institution or person is filtered on (meetings-network.cypher
// has those filters: the planner keeps EXISTS branches that a parameter switches off, and they cost a third
// of that query at 100x). The same window through the same range indexes; the branches are disjoint
// (dated from the window's year / dated before it / undated), so UNION ALL needs no Distinct. Unordered:
// the server sorts by date, id, cheaper than ORDER BY here; when more than the cap come back it asks
// meetings-network.cypher for the first ones in that order. Participants' ids only: entities-by-id.cypher
// reads each participant once.
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
WITH m
LIMIT $meetingCap
CALL (m) {
  MATCH (e:Entity)-[:PARTICIPATED_IN]->(m)
  RETURN collect(e.id) AS participantIds
}
RETURN m.id AS id, m.date AS date, coalesce(m.planned, false) AS planned, m.docId AS docId, participantIds
