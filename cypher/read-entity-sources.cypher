// What is needed to recompute entities: their claims (which carry each document's mention texts and
// count) and, for instruments, their events.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       coalesce(e.claims, []) AS claims,
       COLLECT { MATCH (e)-[:HAD_EVENT]->(ev:InstrumentEvent) RETURN ev { .stage, .date, .planned } } AS events
