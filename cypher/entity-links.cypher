// Entity detail, second half (entity-detail.cypher has the rest): for an organisation who held office in
// it, the instruments the entity is party to and, for an instrument, its parties.
MATCH (e:Entity {id: $id})
RETURN [(holder:Person)-[h:HOLDS]->(e) | {office: h.office, personId: holder.id, personName: holder.name, from: h.from, to: h.to}] AS holders,
       [(e)-[:PARTY_TO]->(i:Instrument) | i {.id, .name, .kind, .latestStage}] AS instruments,
       [(p:Entity)-[:PARTY_TO]->(e) | p {.id, .name, type: [l IN labels(p) WHERE l <> 'Entity'][0]}] AS parties
