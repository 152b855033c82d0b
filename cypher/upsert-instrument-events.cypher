// Dated steps in an instrument's life, each tied to its instrument and to the sentence (of the
// document `row.docId`) that states it. CREATE, not MERGE: a document's events are always withdrawn
// before it is written again and their ids start with the document's, so they are new.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (i:Instrument {id: row.instrumentId})
CREATE (ev:InstrumentEvent)
SET ev = row
CREATE (i)-[:HAD_EVENT]->(ev)
CREATE (ev)-[:STATED_IN {start: row.start, end: row.end}]->(d)
