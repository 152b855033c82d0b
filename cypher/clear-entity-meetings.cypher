// Marks the meeting statistics of entities as not derived yet (derive-entity-meetings.cypher sets them):
// a bulk ingest writes its batches with this instead of deriving, and derives every marked entity once at
// the end of the run (ingest/write/derive-entity-stats.ts), since recomputing a hub's top co-participants
// walks all its meetings, every batch. Until then entity detail computes them per request
// (entity-co-participants.cypher), so an interrupted run leaves nothing stale, only unstored.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.meetingCount = null, e.topCoParticipantIds = null, e.topCoParticipantCounts = null
