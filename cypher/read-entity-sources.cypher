// What is needed to recompute entities: their claims, current mention texts and (instruments) events.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id,
       coalesce(e.claims, []) AS claims,
       COLLECT { MATCH (m:Mention)-[:REFERS_TO]->(e) RETURN m.text } AS mentionTexts,
       COLLECT { MATCH (e)-[:HAD_EVENT]->(ev:InstrumentEvent) RETURN ev { .stage, .date, .planned } } AS events
