// Co-attendance: pairs who never met
// People who both attended meetings of the same body, yet were never present at any one meeting together (of that body or any other).
// @param body "首都严格进京管理联防联控协调机制"
MATCH (:Body {name: $body})<-[:CONVENED_BY]-(:Meeting)<-[:CHAIRED|ATTENDED]-(person:Person)
WITH collect(DISTINCT person) AS people
UNWIND people AS a
UNWIND people AS b
WITH a, b
WHERE a.id < b.id AND NOT EXISTS { (a)-[:CHAIRED|ATTENDED]->(:Meeting)<-[:CHAIRED|ATTENDED]-(b) }
RETURN a.name AS personA, b.name AS personB
ORDER BY personA, personB;
