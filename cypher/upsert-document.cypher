// One Document node with its metadata, full text and the entity ids its facts touch.
MERGE (d:Document {id: $row.id})
SET d = $row
