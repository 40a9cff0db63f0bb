// Co-attendance pairs overall
// Every pair of people who shared meetings, with the number of shared meetings and the first and last date.
// @param limit 25
MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
WHERE a.name < b.name
RETURN a.name AS personA, b.name AS personB, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
ORDER BY meetings DESC, personA, personB
LIMIT toInteger($limit);
