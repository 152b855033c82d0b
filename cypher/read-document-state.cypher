// The stored hash and touched entities of the given documents: decides skip (same hash) and what to
// withdraw and recompute. Documents not stored yet return no row.
UNWIND $docIds AS docId
MATCH (d:Document {id: docId})
RETURN d.id AS id, d.hash AS hash, coalesce(d.entityIds, []) AS entityIds
