// One entity's own properties and type, for endpoints that only need to know it exists and what it is.
MATCH (e:Entity {id: $id})
RETURN e {.*, type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity
