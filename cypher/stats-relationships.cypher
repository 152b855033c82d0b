// Stats: relationships per type of model/graph-model.ts, each from the count store in constant time;
// tests/server/api.test.ts checks the list against the model.
MATCH ()-[r:MENTIONS]->() RETURN 'MENTIONS' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PARTICIPATED_IN]->() RETURN 'PARTICIPATED_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:HELD_IN]->() RETURN 'HELD_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:HAD_EVENT]->() RETURN 'HAD_EVENT' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:STATED_IN]->() RETURN 'STATED_IN' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:PARTY_TO]->() RETURN 'PARTY_TO' AS type, count(r) AS count
UNION ALL
MATCH ()-[r:HOLDS]->() RETURN 'HOLDS' AS type, count(r) AS count
