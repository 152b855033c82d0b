// Document nodes with their metadata, full text and the entity ids their facts touch (one row each).
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row
