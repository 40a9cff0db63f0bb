/**
 * What a Neo4j test file imports: the server the global setup found or started, and `describeNeo4j`, which opens a
 * driver on it, empties the database before the file's tests run, and closes the driver afterwards.
 */
import neo4j from 'neo4j-driver';
import type { AuthToken, Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';

/** What tests/neo4j/global-setup.ts hands to the test files (it must be structured-cloneable). */
export type Neo4jProvision =
  | { available: true; uri: string; user: string; password: string; origin: 'NEO4J_URI' | 'tools/neo4j' }
  | { available: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jProvision;
  }
}

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
}

/** The embedded server runs with auth off (no token); a server named by NEO4J_URI may want a password. */
export function authFor(connection: Neo4jConnection): AuthToken | undefined {
  return connection.password === '' ? undefined : neo4j.auth.basic(connection.user, connection.password);
}

export function openDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, authFor(connection), { disableLosslessIntegers: true });
}

/** The server given to this test run, or why there is none. */
export function neo4jProvision(): Neo4jProvision {
  return inject('neo4j');
}

/** Removes all data, constraints and indexes (except the built-in token lookup indexes). */
export async function clearDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction, hence session.run.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const record of constraints.records) {
      await session.run(`DROP CONSTRAINT ${quoteName(record.get('name') as string)} IF EXISTS`);
    }
    const indexes = await session.run("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name");
    for (const record of indexes.records) {
      await session.run(`DROP INDEX ${quoteName(record.get('name') as string)} IF EXISTS`);
    }
  } finally {
    await session.close();
  }
}

function quoteName(name: string): string {
  return '`' + name.replaceAll('`', '``') + '`';
}

export interface Neo4jSuite {
  /** The driver for this file's tests; available inside tests and hooks, not while tests are being collected. */
  readonly driver: Driver;
  readonly connection: Neo4jConnection;
}

/**
 * A describe block whose tests get a driver on an empty database. Without a server the block is skipped with the
 * reason in its name, except under CI=true, where a missing server is a failure, never a silent skip.
 */
export function describeNeo4j(name: string, body: (suite: Neo4jSuite) => void): void {
  const provision = neo4jProvision();
  if (!provision.available) {
    if (process.env.CI === 'true') {
      describe(name, () => {
        it('has a Neo4j server', () => {
          throw new Error(`no Neo4j server under CI: ${provision.reason}`);
        });
      });
    } else {
      const firstLine = provision.reason.split('\n', 1)[0];
      describe.skip(`${name} (skipped: no Neo4j server — ${firstLine})`, () => body(unavailableSuite));
    }
    return;
  }

  const connection: Neo4jConnection = { uri: provision.uri, user: provision.user, password: provision.password };
  let driver: Driver | undefined;
  const suite: Neo4jSuite = {
    connection,
    get driver(): Driver {
      if (!driver) throw new Error('the Neo4j driver is opened in beforeAll: use it inside tests and hooks');
      return driver;
    },
  };

  describe(name, () => {
    beforeAll(async () => {
      driver = openDriver(connection);
      await driver.verifyConnectivity();
      await clearDatabase(driver);
    });
    afterAll(async () => {
      await driver?.close();
      driver = undefined;
    });
    body(suite);
  });
}

const unavailableSuite: Neo4jSuite = {
  get driver(): Driver {
    throw new Error('no Neo4j server in this run');
  },
  get connection(): Neo4jConnection {
    throw new Error('no Neo4j server in this run');
  },
};
