// Empties the database a batch at a time (a restore with replace, the benchmark's reset); returns how
// many relationships or nodes went, 0 when the database is empty. Relationships go first, $limit at a
// time, and nodes only once none is left: deleting a batch of nodes with DETACH would take every
// relationship of each with it, and a batch holding hubs (tens of thousands of relationships each on
// the 100x graph) passes Neo4j's 512 MB transaction memory limit.
OPTIONAL MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
WITH count(r) AS relationships
CALL (relationships) {
  OPTIONAL MATCH (n)
  WHERE relationships = 0
  WITH n LIMIT $limit
  DETACH DELETE n
  RETURN count(n) AS nodes
}
RETURN relationships + nodes AS deleted
