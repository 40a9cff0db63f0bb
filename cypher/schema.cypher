// huiyi schema: one uniqueness constraint on `id` per label (Community edition has no node-key constraints;
// a uniqueness constraint is also the index every MERGE of the export looks nodes up by), and indexes on the
// properties the queries in cypher/queries/ search by. Idempotent: safe to run before every export.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT outlet_id IF NOT EXISTS FOR (n:Outlet) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE INDEX place_path IF NOT EXISTS FOR (n:Place) ON (n.path);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
