/**
 * Gives the `neo4j` test project a real Neo4j server.
 * - NEO4J_URI set (with NEO4J_USER, NEO4J_PASSWORD): that server, once it answers.
 * - Otherwise: the embedded Neo4j of tools/neo4j, on a free port with a fresh store, stopped and deleted afterwards.
 * A server that cannot be had fails the run under CI=true; elsewhere it is one loud warning and the Neo4j tests skip.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openDriver } from './connection.js';
import type { Neo4jConnection, Neo4jProvision } from './connection.js';

const toolsDir = fileURLToPath(new URL('../../tools/neo4j/', import.meta.url));
/** Overridable so that a broken launcher can be simulated; the default is the project's own. */
const launcher = process.env.HUIYI_NEO4J_LAUNCHER ?? join(toolsDir, 'run.sh');
const installer = join(toolsDir, 'install.sh');

const INSTALL_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 4 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const READY_LINE = /^huiyi-neo4j ready (bolt:\/\/\S+)/m;
const STDERR_LINES_KEPT = 60;

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
      await checkReachable(connection, `NEO4J_URI=${fromEnv}`);
      provision = { available: true, ...connection, origin: 'NEO4J_URI' };
    } else {
      const server = await startEmbeddedServer();
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
        '!!! Fix: bash tools/neo4j/install.sh (Java 17 + Maven), or set NEO4J_URI to a running server.',
        '!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!',
        '',
      ].join('\n'),
    );
    provision = { available: false, reason };
  }

  project.provide('neo4j', provision);
  return stop;
}

async function checkReachable(connection: Neo4jConnection, label: string): Promise<void> {
  const driver = openDriver(connection);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    throw new Error(`${label} is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await driver.close();
  }
}

interface RunningServer {
  uri: string;
  stop: () => Promise<void>;
}

async function startEmbeddedServer(): Promise<RunningServer> {
  install();
  const home = await mkdtemp(join(tmpdir(), 'huiyi-neo4j-'));
  // stdin stays an open pipe: if this process dies, the JVM sees it close and stops (--exit-on-stdin-close).
  const child = spawn('bash', [launcher, '--port', '0', '--no-http', '--data', home, '--exit-on-stdin-close'], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stderr = keepLastLines(child);
  const stop = async (): Promise<void> => {
    await terminate(child);
    await rm(home, { recursive: true, force: true });
  };

  try {
    const uri = await waitForReadyLine(child, stderr);
    await checkReachable({ uri, user: 'neo4j', password: '' }, `the embedded Neo4j at ${uri}`);
    return { uri, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Builds the launcher if needed; a no-op taking milliseconds once built. */
function install(): void {
  const result = spawnSync('bash', [installer], { stdio: ['ignore', 'inherit', 'pipe'], timeout: INSTALL_TIMEOUT_MS });
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? result.stderr.toString().trim().split('\n').slice(-20).join('\n');
    throw new Error(`${installer} failed (exit ${result.status ?? 'none'}):\n${detail}`);
  }
}

function keepLastLines(child: ChildProcess): () => string {
  const lines: string[] = [];
  let partial = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    const parts = (partial + chunk).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    lines.splice(0, Math.max(0, lines.length - STDERR_LINES_KEPT));
  });
  return () => [...lines, partial].join('\n').trim();
}

function waitForReadyLine(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string): void => {
      cleanup();
      const output = stderr();
      reject(new Error(`${launcher} ${why}${output ? `; its stderr:\n${output}` : ' (no stderr)'}`));
    };
    const onData = (chunk: string): void => {
      stdout += chunk;
      const match = READY_LINE.exec(stdout);
      if (match?.[1]) {
        cleanup();
        // Keep draining stdout so that a full pipe never blocks the server.
        child.stdout?.resume();
        resolve(match[1]);
      }
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void =>
      fail(`exited before it was ready (${signal ?? `exit code ${code}`})`);
    const onError = (error: Error): void => fail(`could not be run: ${error.message}`);
    const timer = setTimeout(() => fail(`printed no ready line within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);
    const cleanup = (): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
    };
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

/** SIGTERM lets Neo4j close its store; SIGKILL only if it has not stopped within STOP_TIMEOUT_MS. */
function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
