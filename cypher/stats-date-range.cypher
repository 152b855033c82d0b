// Stats: first and last dated meeting or instrument step.
MATCH (n)
WHERE (n:Meeting OR n:InstrumentEvent) AND n.date IS NOT NULL
RETURN min(n.date) AS from, max(coalesce(n.endIso, n.date)) AS to, count(n) AS dated
