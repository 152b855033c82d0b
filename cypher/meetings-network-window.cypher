// Who met whom, the fast path when no country, institution or person is filtered on (meetings-network.cypher
// has those filters: the planner keeps EXISTS branches that a parameter switches off, and they cost a third
// of that query at 100x). The same window through the same range indexes; the branches are disjoint
// (dated from the window's year / dated before it / undated), so UNION ALL needs no Distinct. Unordered:
// the server sorts by date, id, cheaper than ORDER BY here; when more than the cap come back it asks
// meetings-network.cypher for the first ones in that order. Participants' ids only:
// meetings-network-participants.cypher reads each participant once, at the same time. The window (CALL to
// the $planned test) is the same text in all three: tests/db/cypher-copies.test.ts.
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
// A pattern comprehension, not a CALL subquery with collect: ~15% less at 100x. No `:Entity` test on e:
// only entities take part (model/graph-model.ts, PARTICIPATED_IN), and the test is a read per participant.
// One row per document, its meetings as [id, date, planned, participantIds] lists: ~140 rows instead of
// ~4,500 for a year at 100x, which streams in less time on both sides (the docId is sent once).
RETURN m.docId AS docId,
  collect([m.id, m.date, coalesce(m.planned, false), [(e)-[:PARTICIPATED_IN]->(m) | e.id]]) AS meetings
