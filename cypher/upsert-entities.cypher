// Entity nodes with the shared Entity label and their type labels (names from the model's
// ENTITY_TYPES), plus the claims of the documents being written (one row per entity, all its claims
// of the batch at once, so a hub's list is rewritten once per batch). Derived properties are set by
// update-entity-properties.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.types)
SET e.claims = coalesce(e.claims, []) + row.claims
