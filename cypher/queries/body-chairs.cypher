// Who chaired a body's meetings
// Each person who chaired meetings of a body, how many, and the first and last date.
// @param body "北京新冠肺炎疫情防控工作领导小组"
MATCH (p:Person)-[:CHAIRED]->(m:Meeting)-[:CONVENED_BY]->(:Body {name: $body})
RETURN p.name AS chair, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last
ORDER BY meetings DESC, chair;
