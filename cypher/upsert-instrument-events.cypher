// Dated steps in an instrument's life, each tied to its instrument and to the sentence (of the
// document `row.docId`) that states it.
UNWIND $rows AS row
MATCH (d:Document {id: row.docId})
MATCH (i:Instrument {id: row.instrumentId})
MERGE (ev:InstrumentEvent {id: row.id})
SET ev = row
MERGE (i)-[:HAD_EVENT]->(ev)
MERGE (ev)-[s:STATED_IN]->(d)
SET s.start = row.start, s.end = row.end
