// Tests: empties the database a batch at a time (keeps constraints and indexes); returns how many went.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
