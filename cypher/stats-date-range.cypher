// Stats: first and last dated meeting or instrument step. Each end is the first entry of a range index
// read in order (Meeting and InstrumentEvent by date, and by endIso for the last), so the answer costs
// the same on any size of graph; tests/db/query-plans.test.ts checks that no label is scanned.
CALL () {
  MATCH (m:Meeting) WHERE m.date IS NOT NULL RETURN m.date AS first ORDER BY first LIMIT 1
  UNION ALL
  MATCH (e:InstrumentEvent) WHERE e.date IS NOT NULL RETURN e.date AS first ORDER BY first LIMIT 1
}
WITH min(first) AS from
CALL () {
  MATCH (m:Meeting) WHERE m.date IS NOT NULL RETURN m.date AS last ORDER BY last DESC LIMIT 1
  UNION ALL
  MATCH (m:Meeting) WHERE m.endIso IS NOT NULL RETURN m.endIso AS last ORDER BY last DESC LIMIT 1
  UNION ALL
  MATCH (e:InstrumentEvent) WHERE e.date IS NOT NULL RETURN e.date AS last ORDER BY last DESC LIMIT 1
  UNION ALL
  MATCH (e:InstrumentEvent) WHERE e.endIso IS NOT NULL RETURN e.endIso AS last ORDER BY last DESC LIMIT 1
}
RETURN from, max(last) AS to
