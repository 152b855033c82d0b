// Dated steps in an instrument's life, each tied to its instrument and to the sentence (of the
// document `g.docId`) that states it. One row per (document, instrument) with the events' fields as
// parallel lists (ingest/write/row-groups.ts EVENT_GROUPS: the properties below are its keys and lists,
// checked by tests/write/write-document.test.ts). A null list item stores no property. CREATE, not
// MERGE: a document's events are always withdrawn before it is written again and their ids start with
// the document's, so they are new.
// replan=skip: a batch statement's plan starts from uniqueness seeks, so never replan it (docs/performance.md, "Writer plans").
CYPHER replan=skip
UNWIND $rows AS g
MATCH (d:Document {id: g.docId})
MATCH (inst:Instrument {id: g.instrumentId})
UNWIND range(0, size(g.id) - 1) AS i
CREATE (ev:InstrumentEvent {
  id: g.id[i], docId: g.docId, instrumentId: g.instrumentId, stage: g.stage[i], date: g.date[i], precision: g.precision[i],
  endIso: g.endIso[i], dateText: g.dateText[i], planned: g.planned[i], start: g.start[i], end: g.end[i], sentence: g.sentence[i]
})
CREATE (inst)-[:HAD_EVENT]->(ev)
CREATE (ev)-[:STATED_IN {start: g.start[i], end: g.end[i]}]->(d)
