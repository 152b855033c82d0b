// Drops one document's mentions (and with them HAS_MENTION and REFERS_TO) before it is rewritten.
MATCH (m:Mention {docId: $docId})
DETACH DELETE m
