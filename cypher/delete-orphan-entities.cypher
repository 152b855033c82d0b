// Among the given entities, those no document describes any more, or that nothing anchors, disappear.
// Instruments go first (no mention, event, participation or office), with their PARTY_TO edges, so
// that a party anchored only by a vanished instrument goes next; the others need a mention, meeting,
// office, place, event or a party edge to a surviving instrument.
CALL {
  UNWIND $ids AS id
  MATCH (e:Instrument {id: id})
  WHERE size(coalesce(e.claims, [])) = 0
     OR NOT (EXISTS { (:Document)-[:MENTIONS]->(e) } OR EXISTS { (e)-[:HAD_EVENT]->() }
             OR EXISTS { (e)-[:PARTICIPATED_IN]->() } OR EXISTS { (e)-[:HOLDS]-() })
  DETACH DELETE e
  RETURN count(*) AS instruments
}
CALL {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE size(coalesce(e.claims, [])) = 0
     OR NOT (EXISTS { (:Document)-[:MENTIONS]->(e) } OR EXISTS { (e)-[:PARTICIPATED_IN]->() }
             OR EXISTS { (e)-[:HOLDS]-() } OR EXISTS { (:Meeting)-[:HELD_IN]->(e) }
             OR EXISTS { (e)-[:HAD_EVENT]->() } OR EXISTS { (e)-[:PARTY_TO]->() })
  DETACH DELETE e
  RETURN count(*) AS others
}
RETURN instruments + others AS deleted
