// Articles and evidence behind one meeting
// The articles reporting a meeting (title, outlet, date, paths) and, per participant, the supporting sentences.
// @param meeting "meeting:北京新冠肺炎疫情防控工作领导小组#133"
MATCH (m:Meeting {id: $meeting})
OPTIONAL MATCH (a:Article)-[:REPORTS]->(m)
WITH m, collect(DISTINCT {article: a.id, title: a.title, outlet: a.outlet, published: a.published, paths: a.path}) AS articles
OPTIONAL MATCH (p:Person)-[r:CHAIRED|ATTENDED]->(m)
WITH m, articles, p, r
ORDER BY CASE type(r) WHEN 'CHAIRED' THEN 0 ELSE 1 END, p.name
RETURN m.id AS meeting, m.date AS date, articles,
       collect({person: p.name, role: CASE type(r) WHEN 'CHAIRED' THEN 'chair' ELSE r.as END, titles: r.titles,
                articles: r.articles, evidence: r.evidence}) AS participants;
