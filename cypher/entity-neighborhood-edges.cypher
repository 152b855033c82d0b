// Neighbourhood, closing step: every relationship among the nodes reached ($ids: entity and meeting ids),
// each walked from its light end, so a hub's thousands of meetings are never walked: a meeting's own few
// participants and place (PARTICIPATED_IN, HELD_IN), an instrument's few parties (PARTY_TO), a person's few
// offices (HOLDS). These four are all the types the neighbourhood shows.
UNWIND $ids AS id
MATCH (m:Meeting {id: id})-[r:PARTICIPATED_IN|HELD_IN]-(x)
WHERE x.id IN $ids
RETURN m.id AS from, x.id AS to, type(r) AS type, elementId(r) AS relId, startNode(r) = m AS outgoing
UNION
UNWIND $ids AS id
MATCH (i:Instrument {id: id})<-[r:PARTY_TO]-(x)
WHERE x.id IN $ids
RETURN i.id AS from, x.id AS to, type(r) AS type, elementId(r) AS relId, false AS outgoing
UNION
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:HOLDS]->(x)
WHERE x.id IN $ids
RETURN p.id AS from, x.id AS to, type(r) AS type, elementId(r) AS relId, true AS outgoing
