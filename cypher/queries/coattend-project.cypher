// Co-attendance: write CO_ATTENDED relationships
// Projects the person × meeting graph onto people: one (a)-[:CO_ATTENDED {meetings, first, last}]->(b) per pair who shared meetings, a.id < b.id. Running it again recomputes the same values (idempotent); pairs are written in batches of $batchSize people, each its own transaction, so it must run in an auto-commit transaction (`:auto` in Neo4j Browser).
// @param batchSize 1000
MATCH (a:Person)
CALL (a) {
  MATCH (a)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
  WHERE a.id < b.id
  WITH b, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
  MERGE (a)-[tie:CO_ATTENDED]->(b)
  SET tie.meetings = meetings, tie.first = first, tie.last = last
} IN TRANSACTIONS OF toInteger($batchSize) ROWS;
