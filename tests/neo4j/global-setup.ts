/**
 * Gives the `neo4j` test project a real Neo4j server.
 * - NEO4J_URI set (with NEO4J_USER, NEO4J_PASSWORD): that server, once it answers.
 * - Otherwise: the embedded Neo4j of tools/neo4j, on a free port with a fresh store, stopped and deleted afterwards.
 * A server that cannot be had fails the run under CI=true; elsewhere it is one loud warning and the Neo4j tests skip.
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { checkReachable, startEmbeddedServer, TOOLS_DIR } from '../../tools/neo4j/server.js';
import type { Neo4jProvision } from './connection.js';

/** Overridable so that a broken launcher can be simulated; the default is the project's own. */
const launcher = process.env.HUIYI_NEO4J_LAUNCHER ?? join(TOOLS_DIR, 'run.sh');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.NEO4J_URI;
  let provision: Neo4jProvision;
  let stop = async (): Promise<void> => {};

  try {
    if (fromEnv) {
      const connection = {
        uri: fromEnv,
        user: process.env.NEO4J_USER ?? 'neo4j',
        password: process.env.NEO4J_PASSWORD ?? '',
      };
      await checkReachable(connection.uri, `NEO4J_URI=${fromEnv}`, connection.password === '' ? undefined : connection);
      provision = { available: true, ...connection, origin: 'NEO4J_URI' };
    } else {
      // C1 only: a short-lived test server spends less CPU compiling than it would gain (≈ 40 % less CPU here).
      const javaOpts = process.env.JAVA_OPTS ?? '-Xms256m -Xmx1g -XX:TieredStopAtLevel=1';
      const server = await startEmbeddedServer({ launcher, javaOpts });
      stop = server.stop;
      provision = { available: true, uri: server.uri, user: 'neo4j', password: '', origin: 'tools/neo4j' };
    }
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    if (process.env.CI === 'true') {
      throw new Error(`Neo4j tests need a server and CI=true: ${reason}`);
    }
    console.warn(
      [
        '',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        `!!! No Neo4j server: the Neo4j tests will be SKIPPED. ${reason}`,
        fromEnv
          ? '!!! Fix: start the server NEO4J_URI names (docker compose up -d), or unset NEO4J_URI.'
          : '!!! Fix: bash tools/neo4j/install.sh (Java 17 + Maven), or set NEO4J_URI to a running server.',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '',
      ].join('\n'),
    );
    provision = { available: false, reason };
  }

  project.provide('neo4j', provision);
  return stop;
}
