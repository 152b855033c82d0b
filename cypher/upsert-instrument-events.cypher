// Dated steps in an instrument's life, each tied to its instrument and to the sentence that states it.
MATCH (d:Document {id: $docId})
UNWIND $rows AS row
MATCH (i:Instrument {id: row.instrumentId})
MERGE (ev:InstrumentEvent {id: row.id})
SET ev = row
MERGE (i)-[:HAD_EVENT]->(ev)
MERGE (ev)-[s:STATED_IN]->(d)
SET s.start = row.start, s.end = row.end
