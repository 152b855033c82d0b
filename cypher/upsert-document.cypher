// Document nodes with their metadata, full text and the entity ids their facts touch (one row each).
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row
