// Stats: nodes per label of model/graph-model.ts (plus Entity), each from the count store in constant
// time; tests/server/api.test.ts checks the list against the model.
MATCH (n:Entity) RETURN 'Entity' AS label, count(n) AS count
UNION ALL
MATCH (n:Person) RETURN 'Person' AS label, count(n) AS count
UNION ALL
MATCH (n:Institution) RETURN 'Institution' AS label, count(n) AS count
UNION ALL
MATCH (n:Country) RETURN 'Country' AS label, count(n) AS count
UNION ALL
MATCH (n:Instrument) RETURN 'Instrument' AS label, count(n) AS count
UNION ALL
MATCH (n:Document) RETURN 'Document' AS label, count(n) AS count
UNION ALL
MATCH (n:Meeting) RETURN 'Meeting' AS label, count(n) AS count
UNION ALL
MATCH (n:InstrumentEvent) RETURN 'InstrumentEvent' AS label, count(n) AS count
