// Co-attendance of one person
// Everyone who sat in meetings with a person (chair or attendee), how many meetings they shared, first and last date.
// @param person "蔡奇"
MATCH (p:Person {name: $person})-[:CHAIRED|ATTENDED]->(m:Meeting)<-[:CHAIRED|ATTENDED]-(other:Person)
WHERE other <> p
RETURN other.name AS person, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
ORDER BY meetings DESC, person;
