// Drops one document's meetings (and their PARTICIPATED_IN, STATED_IN, HELD_IN) before it is rewritten.
MATCH (m:Meeting {docId: $docId})
DETACH DELETE m
