// The graph-element properties of a set of entities, each read once.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .name, .side, .kind, .latestStage, .mentionCount, label: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity
