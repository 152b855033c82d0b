// Recreates relationships from the backup. Endpoints are found by id through the uniqueness
// constraints of the labels that key every node (a label disjunction keeps the index seeks).
UNWIND $rows AS row
MATCH (a:Entity|Document|Meeting|InstrumentEvent {id: row.start})
MATCH (b:Entity|Document|Meeting|InstrumentEvent {id: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
