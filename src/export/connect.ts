import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';

export interface Neo4jTarget {
  uri: string;
  database?: string;
  /** From NEO4J_USER / NEO4J_PASSWORD; no authentication when absent. */
  user?: string;
  password?: string;
}

/** One clear sentence per way the server can turn us away; never contains the password. */
export class Neo4jConnectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Neo4jConnectionError';
  }
}

export function openDriver(target: Neo4jTarget): Driver {
  const auth = target.user ? neo4j.auth.basic(target.user, target.password ?? '') : undefined;
  return neo4j.driver(target.uri, auth, {
    // Fail fast on an unreachable server instead of retrying for the default 30 s.
    connectionAcquisitionTimeout: 20_000,
    connectionTimeout: 10_000,
    maxTransactionRetryTime: 15_000,
    disableLosslessIntegers: true,
  });
}

/** Opens a driver and checks that the server answers, the credentials are accepted and the database exists. */
export async function connect(target: Neo4jTarget): Promise<Driver> {
  let driver: Driver;
  try {
    driver = openDriver(target);
  } catch (error) {
    throw new Neo4jConnectionError(`invalid Neo4j URI ${target.uri}: ${(error as Error).message}`);
  }
  try {
    // verifyConnectivity fails at once on a closed port, where a query would be retried for 15 s first.
    await driver.verifyConnectivity({ database: target.database });
    await driver.executeQuery('RETURN 1', {}, { database: target.database });
  } catch (error) {
    await driver.close();
    throw describeNeo4jError(error, target);
  }
  return driver;
}

/** Maps driver errors to one message each; other errors pass through. */
export function describeNeo4jError(error: unknown, target: Neo4jTarget): Error {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return new Neo4jConnectionError(`cannot reach Neo4j at ${target.uri}: is the server running and the port right?`);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' && target.user === undefined) {
    return new Neo4jConnectionError(`Neo4j at ${target.uri} wants a user and password (set NEO4J_USER and NEO4J_PASSWORD)`);
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new Neo4jConnectionError(
      `Neo4j at ${target.uri} refused the credentials of user "${target.user ?? ''}" (set NEO4J_USER and NEO4J_PASSWORD)`,
    );
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new Neo4jConnectionError(`Neo4j at ${target.uri} has no database "${target.database ?? ''}"`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
