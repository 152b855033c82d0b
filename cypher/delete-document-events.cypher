// Drops one document's instrument events (and their HAD_EVENT, STATED_IN) before it is rewritten.
MATCH (ev:InstrumentEvent {docId: $docId})
DETACH DELETE ev
