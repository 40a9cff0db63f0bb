// A person's positions over time
// Every title a person was seen holding, with the body it resolves to and the first and last date it was observed.
// @param person "陈吉宁"
MATCH (p:Person {name: $person})-[h:HOLDS]->(b:Body)
RETURN h.title AS title, b.name AS body, h.firstSeen AS firstSeen, h.lastSeen AS lastSeen, size(h.articles) AS articles
ORDER BY firstSeen, title;
