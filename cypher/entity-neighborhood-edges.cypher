// Neighbourhood, closing step: the relationships between the last frontier and the nodes already
// reached (both known sets of entity or meeting ids). Each pair is checked with Expand(Into), which walks
// the relationships of whichever node of the pair has fewer, so a hub's thousands of meetings are never
// walked whole (expanding every relationship of the frontier cost the sum of the hubs' degrees).
CALL () {
  UNWIND $frontier AS id MATCH (a:Entity {id: id}) RETURN a
  UNION
  UNWIND $frontier AS id MATCH (a:Meeting {id: id}) RETURN a
}
WITH collect(a) AS froms
CALL () {
  UNWIND $within AS id MATCH (b:Entity {id: id}) RETURN b
  UNION
  UNWIND $within AS id MATCH (b:Meeting {id: id}) RETURN b
}
WITH froms, collect(b) AS reached
UNWIND froms AS a
UNWIND reached AS b
MATCH (a)-[r:PARTICIPATED_IN|PARTY_TO|HOLDS|HELD_IN]-(b)
RETURN DISTINCT a.id AS from, b.id AS to, type(r) AS type, elementId(r) AS relId, startNode(r) = a AS outgoing
LIMIT $cap
