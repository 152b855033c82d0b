// Withdraws one document's claims (name, side, aliases...) from the entities it touched. A claim is the
// JSON of EntityClaim, which starts with the document id, so `$claimPrefix` selects exactly its own.
MATCH (e:Entity)
WHERE e.id IN $entityIds
SET e.claims = [c IN coalesce(e.claims, []) WHERE NOT c STARTS WITH $claimPrefix]
