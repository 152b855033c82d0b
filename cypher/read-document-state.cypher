// The stored hash and touched entities of one document: decides skip (same hash) and what to recompute.
MATCH (d:Document {id: $docId})
RETURN d.hash AS hash, coalesce(d.entityIds, []) AS entityIds
