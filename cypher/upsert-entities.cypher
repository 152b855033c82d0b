// Entity nodes with the shared Entity label and their type label (a name from the model's
// ENTITY_TYPES), plus this document's claim. Derived properties are set by update-entity-properties.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.type)
SET e.claims = coalesce(e.claims, []) + row.claim
