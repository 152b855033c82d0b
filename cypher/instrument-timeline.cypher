// An instrument's life: its parties and its dated steps, each with the sentence and document stating it.
MATCH (i:Instrument {id: $id})
CALL (i) {
  OPTIONAL MATCH (p:Entity)-[:PARTY_TO]->(i)
  RETURN collect(p {.id, .name, type: [l IN labels(p) WHERE l <> 'Entity'][0]}) AS parties
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAD_EVENT]->(ev:InstrumentEvent)
  OPTIONAL MATCH (ev)-[s:STATED_IN]->(d:Document)
  WITH ev, s, d
  ORDER BY ev.date IS NULL, ev.date, ev.start
  RETURN collect(CASE WHEN ev IS NULL THEN null ELSE ev {.*, docId: coalesce(ev.docId, d.id), file: d.file,
    start: coalesce(s.start, ev.start), end: coalesce(s.end, ev.end)} END) AS steps
}
RETURN i {.id, .name, .kind, .latestStage, .side} AS instrument, parties, steps
