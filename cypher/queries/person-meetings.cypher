// A person's meetings
// The meetings a person chaired or attended, in date order, with the role and the titles held that day.
// @param person "陈吉宁"
MATCH (p:Person {name: $person})-[r:CHAIRED|ATTENDED]->(m:Meeting)
RETURN m.date AS date, m.title AS meeting,
       CASE type(r) WHEN 'CHAIRED' THEN 'chair' ELSE r.as END AS role,
       r.titles AS titles
ORDER BY date, meeting;
