// Entities that no document describes, or that no mention, meeting, office, place, event or party
// edge anchors any more, disappear.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE size(coalesce(e.claims, [])) = 0
   OR NOT (EXISTS { (:Mention)-[:REFERS_TO]->(e) } OR EXISTS { (e)-[:PARTICIPATED_IN]->() }
           OR EXISTS { (e)-[:HOLDS]-() } OR EXISTS { (:Meeting)-[:HELD_IN]->(e) }
           OR EXISTS { (e)-[:HAD_EVENT]->() } OR EXISTS { (e)-[:PARTY_TO]->() })
DETACH DELETE e
RETURN count(*) AS deleted
