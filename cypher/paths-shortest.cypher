// Shortest paths between two entities through meetings, instruments and offices. The literal bound is
// the API's largest maxHops; the server drops longer paths and caps how many it returns.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:PARTICIPATED_IN|PARTY_TO|HOLDS|HELD_IN*..10]-(b))
WITH p
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | n {.id, .name, .side, .kind, .latestStage, .title, .date, .planned,
        label: [l IN labels(n) WHERE l <> 'Entity'][0]}] AS nodes,
       [r IN relationships(p) | {id: elementId(r), type: type(r), source: startNode(r).id, target: endNode(r).id}] AS rels
LIMIT $limit
