// Co-attendance: top pairs in a date window
// The pairs who sat in the most meetings together between two dates (inclusive, meetings without a date left out); the same counts as `huiyi coattend --from … --to …`.
// @param from "2021-08-01"
// @param to "2021-12-31"
// @param limit 25
MATCH (a:Person)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
WHERE a.id < b.id AND m.date >= $from AND m.date <= $to
WITH a, b, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
RETURN a.name AS personA, b.name AS personB, meetings, first, last
ORDER BY meetings DESC, last DESC, personA, personB
LIMIT toInteger($limit);
