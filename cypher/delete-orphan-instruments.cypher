// Instruments that no document describes, or that nothing anchors (no mention, event, participation,
// office) any more, go with their PARTY_TO edges. Runs before delete-orphan-entities so that parties
// anchored only by a vanished instrument go too.
UNWIND $ids AS id
MATCH (e:Instrument {id: id})
WHERE size(coalesce(e.claims, [])) = 0
   OR NOT (EXISTS { (:Mention)-[:REFERS_TO]->(e) } OR EXISTS { (e)-[:HAD_EVENT]->() }
           OR EXISTS { (e)-[:PARTICIPATED_IN]->() } OR EXISTS { (e)-[:HOLDS]-() })
DETACH DELETE e
RETURN count(*) AS deleted
