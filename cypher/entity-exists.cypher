// Which of the given entity ids exist, so an unknown one is a 404 rather than an empty answer.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
RETURN id, e IS NOT NULL AS found
