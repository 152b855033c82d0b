// Neighbourhood: one breadth-first step from a frontier of entity or meeting ids over the semantic
// relationships; meetings outside the date window are not crossed. The server repeats it `depth` times,
// then reads the edges among all the nodes reached with entity-neighborhood-edges.cypher.
UNWIND $frontier AS fid
CALL (fid) {
  MATCH (a:Entity {id: fid}) RETURN a
  UNION
  MATCH (a:Meeting {id: fid}) RETURN a
}
// At most $perNode relationships of each frontier node: one hub cannot fill the step's rows by itself
// (the server asks for one more than the nodes it can still show, so it knows when a node was cut).
CALL (a) {
  MATCH (a)-[r:PARTICIPATED_IN|PARTY_TO|HOLDS|HELD_IN]-(b)
  WHERE (b:Entity OR b:Meeting)
    AND (NOT b:Meeting OR (
          ($fromDay IS NULL OR coalesce(b.endIso, b.date + '~') >= $fromDay)
      AND ($toDay IS NULL OR b.date <= $toDay)
      AND (($fromDay IS NULL AND $toDay IS NULL) OR b.date IS NOT NULL)))
  RETURN r, b
  LIMIT $perNode
}
WITH a, r, b
LIMIT $cap
RETURN a.id AS from,
       b {.id, .name, .title, .side, .kind, .latestStage, .mentionCount, .date, .endIso, .planned, .place, .docId,
          labels: labels(b)} AS node, type(r) AS type, elementId(r) AS relId,
       startNode(r) = a AS outgoing
