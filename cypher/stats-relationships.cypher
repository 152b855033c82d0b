// Stats: relationships per type of model/graph-model.ts, each from the count store in constant time;
// tests/server/api.test.ts checks the list against the model. Each count is alone in its subquery:
// with the type's name projected beside count(r) in the same RETURN, the planner scans the type
// instead (tests/db/query-plans.test.ts checks every plan).
CALL () { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS count } RETURN 'MENTIONS' AS type, count
UNION ALL
CALL () { MATCH ()-[r:PARTICIPATED_IN]->() RETURN count(r) AS count } RETURN 'PARTICIPATED_IN' AS type, count
UNION ALL
CALL () { MATCH ()-[r:HELD_IN]->() RETURN count(r) AS count } RETURN 'HELD_IN' AS type, count
UNION ALL
CALL () { MATCH ()-[r:HAD_EVENT]->() RETURN count(r) AS count } RETURN 'HAD_EVENT' AS type, count
UNION ALL
CALL () { MATCH ()-[r:STATED_IN]->() RETURN count(r) AS count } RETURN 'STATED_IN' AS type, count
UNION ALL
CALL () { MATCH ()-[r:PARTY_TO]->() RETURN count(r) AS count } RETURN 'PARTY_TO' AS type, count
UNION ALL
CALL () { MATCH ()-[r:HOLDS]->() RETURN count(r) AS count } RETURN 'HOLDS' AS type, count
