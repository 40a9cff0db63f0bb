import { expect, it } from 'vitest';
import { clearDatabase, describeNeo4j } from './connection.js';

describeNeo4j('neo4j-driver against the test server', (neo4j) => {
  it('writes people and a meeting with a parameterized UNWIND and reads them back', async () => {
    const attendees = [
      { name: '李强', role: '主持' },
      { name: '丁薛祥', role: '出席' },
      { name: '何立峰', role: '出席' },
    ];
    const session = neo4j.driver.session();
    try {
      const written = await session.executeWrite(async (tx) => {
        const result = await tx.run(
          `MERGE (m:Meeting {key: $meeting.key})
             SET m.body = $meeting.body, m.session = $meeting.session
           WITH m
           UNWIND $attendees AS attendee
           MERGE (p:Person {name: attendee.name})
           MERGE (p)-[r:ATTENDED]->(m)
             SET r.role = attendee.role
           RETURN count(r) AS relationships`,
          {
            meeting: { key: '国务院常务会议#2024-11-11', body: '国务院常务会议', session: 133 },
            attendees,
          },
        );
        return result.records[0]?.get('relationships') as number;
      });
      expect(written).toBe(3);

      const rows = await session.executeRead(async (tx) => {
        const result = await tx.run(
          `MATCH (p:Person)-[r:ATTENDED]->(m:Meeting {key: $key})
           RETURN p.name AS name, r.role AS role, m.body AS body, m.session AS session
           ORDER BY r.role = '主持' DESC, p.name`,
          { key: '国务院常务会议#2024-11-11' },
        );
        return result.records.map((record) => record.toObject());
      });
      expect(rows).toEqual([
        { name: '李强', role: '主持', body: '国务院常务会议', session: 133 },
        { name: '丁薛祥', role: '出席', body: '国务院常务会议', session: 133 },
        { name: '何立峰', role: '出席', body: '国务院常务会议', session: 133 },
      ]);

      const coAttendance = await session.executeRead(async (tx) => {
        const result = await tx.run(
          `MATCH (a:Person)-[:ATTENDED]->(:Meeting)<-[:ATTENDED]-(b:Person)
           WHERE a.name < b.name
           RETURN a.name AS a, b.name AS b ORDER BY a, b`,
        );
        return result.records.map((record) => [record.get('a'), record.get('b')]);
      });
      expect(coAttendance).toEqual([
        ['丁薛祥', '何立峰'],
        ['丁薛祥', '李强'],
        ['何立峰', '李强'],
      ]);
    } finally {
      await session.close();
    }
  });

  it('has APOC core, including apoc.periodic', async () => {
    const session = neo4j.driver.session();
    try {
      const help = await session.run("CALL apoc.help('periodic') YIELD name RETURN name ORDER BY name");
      expect(help.records.map((record) => record.get('name'))).toEqual(
        expect.arrayContaining(['apoc.periodic.commit', 'apoc.periodic.iterate']),
      );

      const iterated = await session.run(
        `CALL apoc.periodic.iterate(
           'UNWIND range(1, 250) AS i RETURN i',
           'CREATE (:Counter {value: i})',
           {batchSize: 100})
         YIELD batches, total, failedOperations
         RETURN batches, total, failedOperations`,
      );
      expect(iterated.records[0]?.toObject()).toEqual({ batches: 3, total: 250, failedOperations: 0 });

      const sum = await session.run('MATCH (c:Counter) RETURN count(c) AS nodes, sum(c.value) AS total');
      expect(sum.records[0]?.toObject()).toEqual({ nodes: 250, total: 31375 });
    } finally {
      await session.close();
    }
  });

  it('clearDatabase leaves no nodes, relationships, constraints or indexes of ours', async () => {
    const session = neo4j.driver.session();
    try {
      await session.run('CREATE CONSTRAINT person_name IF NOT EXISTS FOR (p:Person) REQUIRE p.name IS UNIQUE');
      await session.run('CREATE INDEX meeting_body IF NOT EXISTS FOR (m:Meeting) ON (m.body)');
      await clearDatabase(neo4j.driver);

      const counts = await session.run(
        'MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH ()-[r]->() RETURN nodes, count(r) AS relationships',
      );
      expect(counts.records[0]?.toObject()).toEqual({ nodes: 0, relationships: 0 });
      const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
      expect(constraints.records).toEqual([]);
      const indexes = await session.run('SHOW INDEXES YIELD type RETURN type ORDER BY type');
      expect(indexes.records.map((record) => record.get('type'))).toEqual(['LOOKUP', 'LOOKUP']);
    } finally {
      await session.close();
    }
  });
});
