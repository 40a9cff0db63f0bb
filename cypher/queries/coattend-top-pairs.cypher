// Co-attendance: top pairs
// The pairs of people who sat in the most meetings together (chairing and attending both count), with the first and last shared date; the same counts as `huiyi coattend --format csv`.
// @param limit 25
MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
WHERE a.id < b.id
WITH a, b, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
RETURN a.name AS personA, b.name AS personB, meetings, first, last
ORDER BY meetings DESC, last DESC, personA, personB
LIMIT toInteger($limit);
