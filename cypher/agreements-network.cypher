// Agreements: instruments of the given kinds and latest stages, optionally only those a country is party
// to, with all their parties.
MATCH (i:Instrument)
WHERE (size($kinds) = 0 OR i.kind IN $kinds)
  AND (size($stages) = 0 OR i.latestStage IN $stages)
  AND (size($countries) = 0 OR EXISTS { MATCH (c:Country)-[:PARTY_TO]->(i) WHERE c.id IN $countries })
WITH i
ORDER BY i.name
LIMIT $cap
CALL (i) {
  OPTIONAL MATCH (p:Entity)-[r:PARTY_TO]->(i)
  RETURN collect(CASE WHEN p IS NULL THEN null ELSE {
    party: p {.id, .name, .side, .kind, .mentionCount, label: [l IN labels(p) WHERE l <> 'Entity'][0]},
    relId: elementId(r), docIds: r.docIds } END) AS parties
}
CALL (i) {
  OPTIONAL MATCH (i)-[:HAD_EVENT]->(ev:InstrumentEvent)
  RETURN count(ev) AS steps, min(ev.date) AS firstDate, max(ev.date) AS lastDate
}
RETURN i {.id, .name, .side, .kind, .latestStage, .mentionCount} AS instrument, parties, steps, firstDate, lastDate
