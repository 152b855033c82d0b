// The graph-element properties of a set of entities, each read once, grouped by label set (the reader drops
// `Entity`): rows of $entitiesPerRow [id, name, side, kind, mentionCount] lists stream in a fraction of the
// time of 2,000 rows of map projections. meetings-network-participants.cypher returns the same shape (and
// says why rows are cut).
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH labels(e) AS labels, collect([e.id, e.name, e.side, e.kind, e.mentionCount]) AS es
UNWIND range(0, size(es) - 1, $entitiesPerRow) AS start
RETURN labels, es[start..start + $entitiesPerRow] AS entities
