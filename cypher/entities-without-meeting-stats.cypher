// Entities whose meeting statistics are not stored (marked by clear-entity-meetings.cypher, or written
// before the statistics existed): what a bulk ingest derives at its end. Reads every entity once.
MATCH (e:Entity)
WHERE e.topCoParticipantIds IS NULL
RETURN e.id AS id
