// Empties the database a batch at a time (a restore with replace); returns how many nodes went.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
