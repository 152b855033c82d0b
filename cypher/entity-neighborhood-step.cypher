// Neighbourhood: one breadth-first step from a frontier of entity or meeting ids over the semantic
// relationships; meetings outside the date window are not crossed. The server repeats it `depth` times,
// then picks up the edges among the nodes reached with entity-neighborhood-edges.cypher.
UNWIND $frontier AS fid
CALL (fid) {
  MATCH (a:Entity {id: fid}) RETURN a
  UNION
  MATCH (a:Meeting {id: fid}) RETURN a
}
MATCH (a)-[r:PARTICIPATED_IN|PARTY_TO|HOLDS|HELD_IN]-(b)
WHERE (b:Entity OR b:Meeting)
  AND (NOT b:Meeting OR (
        ($fromDay IS NULL OR coalesce(b.endIso, b.date + '~') >= $fromDay)
    AND ($toDay IS NULL OR b.date <= $toDay)
    AND (($fromDay IS NULL AND $toDay IS NULL) OR b.date IS NOT NULL)))
WITH a, r, b
LIMIT $cap
RETURN a.id AS from,
       b {.id, .name, .title, .side, .kind, .latestStage, .mentionCount, .date, .endIso, .planned, .place, .docId,
          labels: labels(b)} AS node, type(r) AS type, elementId(r) AS relId,
       startNode(r) = a AS outgoing
