import { afterAll, beforeAll, expect, it } from 'vitest';
import { startEmbeddedServer } from '../../tools/neo4j/server.js';
import type { EmbeddedServer } from '../../tools/neo4j/server.js';
import { EXAMPLES_DIR } from '../graph/fixtures.js';
import { huiyi } from '../support/cli.js';
import { describeNeo4j } from './connection.js';

const SEED = `${EXAMPLES_DIR}/000_b964cf4bff8d9a77.txt`;
const PASSWORD = 'huiyi-test-password';

describeNeo4j('huiyi export on the command line', (neo4j) => {
  const credentials = (): Record<string, string | undefined> =>
    neo4j.connection.password === ''
      ? { NEO4J_USER: undefined, NEO4J_PASSWORD: undefined }
      : { NEO4J_USER: neo4j.connection.user, NEO4J_PASSWORD: neo4j.connection.password };

  it('exports the articles given and says how much it wrote', async () => {
    const run = await huiyi(['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', neo4j.connection.uri], credentials());
    expect(run.code).toBe(0);
    expect(process.exitCode ?? 0).toBe(0);
    expect(run.stdout).toMatch(/^exported \d+ nodes and \d+ relationships in \d+ batches/);
    const meetings = await neo4j.driver.executeQuery('MATCH (m:Meeting) RETURN count(m) AS meetings');
    expect(meetings.records[0]?.get('meetings')).toBe(1);
  });

  it('names a missing database in one line and fails', async () => {
    const run = await huiyi(
      ['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', neo4j.connection.uri, '--database', 'nosuchdb'],
      credentials(),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`huiyi export: Neo4j at ${neo4j.connection.uri} has no database "nosuchdb"\n`);
  });

  it('names an unreachable server in one line and fails', async () => {
    const run = await huiyi(['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', 'bolt://127.0.0.1:1'], credentials());
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('huiyi export: cannot reach Neo4j at bolt://127.0.0.1:1: is the server running and the port right?\n');
  });
});

// A server with authentication on: the one given by NEO4J_URI when it has a password, else an embedded one started
// with a password for these tests alone.
describeNeo4j('huiyi export against a server that wants a password', (neo4j) => {
  let server: EmbeddedServer | undefined;
  let uri = '';
  let user = 'neo4j';
  let password = PASSWORD;

  beforeAll(async () => {
    if (neo4j.connection.password !== '') {
      ({ uri, user, password } = neo4j.connection);
    } else {
      server = await startEmbeddedServer({ password: PASSWORD });
      uri = server.uri;
    }
  }, 300_000);
  afterAll(async () => server?.stop(), 120_000);

  it('names the refused user in one line, never the password, and fails', async () => {
    const wrong = 'not-the-password';
    const run = await huiyi(['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', uri], { NEO4J_USER: user, NEO4J_PASSWORD: wrong });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`huiyi export: Neo4j at ${uri} refused the credentials of user "${user}" (set NEO4J_USER and NEO4J_PASSWORD)\n`);
    expect(run.stdout + run.stderr).not.toContain(wrong);
  });

  it('asks for credentials in one line when none are given, and fails', async () => {
    const run = await huiyi(['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', uri], { NEO4J_USER: undefined, NEO4J_PASSWORD: undefined });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`huiyi export: Neo4j at ${uri} wants a user and password (set NEO4J_USER and NEO4J_PASSWORD)\n`);
  });

  it('exports with the right password', async () => {
    const run = await huiyi(['export', SEED, '--root', EXAMPLES_DIR, '--neo4j', uri], { NEO4J_USER: user, NEO4J_PASSWORD: password });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^exported \d+ nodes and \d+ relationships/);
  });
});
