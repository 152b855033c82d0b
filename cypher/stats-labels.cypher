// Stats: nodes per label of model/graph-model.ts (plus Entity), each from the count store in constant
// time; tests/server/api.test.ts checks the list against the model. Each count is alone in its
// subquery: with the label's name projected beside count(n) in the same RETURN, the planner scans the
// label instead (tests/db/query-plans.test.ts checks every plan).
CALL () { MATCH (n:Entity) RETURN count(n) AS count } RETURN 'Entity' AS label, count
UNION ALL
CALL () { MATCH (n:Person) RETURN count(n) AS count } RETURN 'Person' AS label, count
UNION ALL
CALL () { MATCH (n:Institution) RETURN count(n) AS count } RETURN 'Institution' AS label, count
UNION ALL
CALL () { MATCH (n:Country) RETURN count(n) AS count } RETURN 'Country' AS label, count
UNION ALL
CALL () { MATCH (n:Instrument) RETURN count(n) AS count } RETURN 'Instrument' AS label, count
UNION ALL
CALL () { MATCH (n:Document) RETURN count(n) AS count } RETURN 'Document' AS label, count
UNION ALL
CALL () { MATCH (n:Meeting) RETURN count(n) AS count } RETURN 'Meeting' AS label, count
UNION ALL
CALL () { MATCH (n:InstrumentEvent) RETURN count(n) AS count } RETURN 'InstrumentEvent' AS label, count
