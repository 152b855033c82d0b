// Every relationship with its type, endpoint ids and properties, in a stable order, for the backup.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS start, b.id AS end, properties(r) AS props
ORDER BY start, type, end, coalesce(r.key, ''), coalesce(r.start, -1), coalesce(r.end, -1)
