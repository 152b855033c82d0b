// The entities an entity meets most, computed from its meetings (O(meetings x participants)): entity
// detail's fallback for an entity derive-entity-meetings.cypher has not stored them for.
MATCH (e:Entity {id: $id})-[:PARTICIPATED_IN]->(:Meeting)<-[:PARTICIPATED_IN]-(o:Entity)
WHERE o <> e
WITH o, count(*) AS c
ORDER BY c DESC, o.name, o.id
LIMIT $topN
RETURN o.id AS id, o.name AS name, [l IN labels(o) WHERE l <> 'Entity'][0] AS type, c AS count
