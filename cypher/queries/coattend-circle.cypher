// Co-attendance: a person's circle
// Everyone who sat in a meeting with the person, and every tie among them and the person: the ego network of `huiyi coattend --person NAME`.
// @param person "蔡奇"
MATCH (p:Person {name: $person})-[:CHAIRED|ATTENDED]->(:Meeting)<-[:CHAIRED|ATTENDED]-(partner:Person)
WITH collect(DISTINCT p) + collect(DISTINCT partner) AS circle
UNWIND circle AS a
MATCH (a)-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(b:Person)
WHERE a.id < b.id AND b IN circle
WITH a, b, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
RETURN a.name AS personA, b.name AS personB, meetings, first, last
ORDER BY meetings DESC, personA, personB;
