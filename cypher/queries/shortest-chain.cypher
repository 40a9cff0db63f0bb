// Shortest chain of shared meetings between two people
// The fewest meetings linking two people: each step is a meeting both neighbours chaired or attended.
// @param from "张延昆"
// @param to "雷海潮"
MATCH (a:Person {name: $from}), (b:Person {name: $to})
MATCH path = shortestPath((a)-[:CHAIRED|ATTENDED*..12]-(b))
RETURN [node IN nodes(path) | coalesce(node.name, node.date + ' ' + node.title)] AS chain, length(path) / 2 AS meetings;
