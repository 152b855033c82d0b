// Entity nodes with the shared Entity label and their type labels (names from the model's
// ENTITY_TYPES), plus the claims of the documents being written (one row per entity, all its claims
// of the batch at once, so a hub's list is rewritten once per batch). Derived properties are set by
// update-entity-properties. Returns the ids this statement created (the marker property lives only
// inside the statement): the writer settles those from its own rows. MERGE waits on the uniqueness
// constraint for a concurrent creator, so an entity another transaction created is never returned.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
  ON CREATE SET e += coalesce(row.fresh, {}), e._createdNow = true
WITH e, row, e._createdNow IS NOT NULL AS created
REMOVE e._createdNow
SET e:$(row.types)
SET e.claims = coalesce(e.claims, []) + row.claims
WITH row, created
WHERE created
RETURN row.id AS id
