// A body's meetings in session order
// The meetings a body convened, by session number (meetings without one last, by date), with their dates.
// @param body "北京新冠肺炎疫情防控工作领导小组"
MATCH (m:Meeting)-[c:CONVENED_BY]->(b:Body {name: $body})
RETURN c.session AS session, m.date AS date, m.timeOfDay AS timeOfDay, m.title AS meeting
ORDER BY session IS NULL, session, date;
