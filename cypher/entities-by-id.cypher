// The graph-element properties of a set of entities, each read once. Columns, not a map projection, and
// the labels as they are (the reader drops `Entity`): at 2,000 rows that streams in half the time.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.side AS side, e.kind AS kind, e.mentionCount AS mentionCount, labels(e) AS labels
