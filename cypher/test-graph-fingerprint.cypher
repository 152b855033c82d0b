// Tests: how many nodes and relationships the database holds, so e2e files can tell whether the
// seeded graph an earlier file loaded is still there unchanged (and skip ingesting it again).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
