// One entity's own properties and type, for endpoints that only need to know it exists and what it is
// (named: `claims` and `docIds`, one entry per describing document, are large for a hub and never shown).
MATCH (e:Entity {id: $id})
RETURN e {.id, .name, .aliases, .side, .kind, .iso2, .curated, .mentionCount, .latestStage, .latestDate,
          type: [l IN labels(e) WHERE l <> 'Entity'][0]} AS entity
