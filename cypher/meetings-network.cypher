// Who met whom: the meetings in the window that involve the filtered country, institution and person,
// each with its participants' ids (entities-by-id.cypher reads each participant once), the first ones by
// date, id up to the cap. The server turns
// participant pairs into MET edges. Only what the network uses is read (no title, precision or end).
// The window is found through range indexes: meetings dated from the year the window opens in (a date of
// year or month precision, '2021' or '2021-03', counts in every window it overlaps) up to its end, plus
// meetings that began before that year and last into the window (index on endIso). The exact overlap test
// then runs on those few rows only ('' and '~' sort before and after every ISO date: open ends). Without a window every meeting is read, dated or not.
// The branches are disjoint (dated from the window's year / dated before it / undated): UNION ALL, no Distinct.
// Without a country, institution or person filter the server reads meetings-network-window.cypher instead.
// The window (CALL to the $planned test) is the same text in all three meetings-network*.cypher files:
// tests/db/cypher-copies.test.ts checks it.
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
  AND (size($countries) = 0
       OR EXISTS { MATCH (m)<-[:PARTICIPATED_IN]-(c:Country) WHERE c.id IN $countries }
       OR EXISTS { MATCH (m)-[:HELD_IN]->(c:Country) WHERE c.id IN $countries }
       OR EXISTS { MATCH (m)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS]->(c:Country) WHERE c.id IN $countries })
  AND (size($institutions) = 0
       OR EXISTS { MATCH (m)<-[:PARTICIPATED_IN]-(i:Institution) WHERE i.id IN $institutions }
       OR EXISTS { MATCH (m)<-[:PARTICIPATED_IN]-(:Person)-[:HOLDS]->(i:Institution) WHERE i.id IN $institutions })
  AND (size($persons) = 0 OR EXISTS { MATCH (m)<-[:PARTICIPATED_IN]-(p:Person) WHERE p.id IN $persons })
WITH m
ORDER BY m.date, m.id
LIMIT $meetingCap
// Grouped by document after the cut, as meetings-network-window.cypher (see there): the server sorts again.
RETURN m.docId AS docId,
  collect([m.id, m.date, coalesce(m.planned, false), [(e)-[:PARTICIPATED_IN]->(m) | e.id]]) AS meetings
