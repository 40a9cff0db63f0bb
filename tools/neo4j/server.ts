/**
 * Starts the embedded Neo4j of tools/neo4j as a child process, for the `neo4j` tests (tests/neo4j/global-setup.ts)
 * and the benchmarks: a free port, a fresh store in a temporary folder, stopped and deleted by `stop()`.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const TOOLS_DIR = fileURLToPath(new URL('./', import.meta.url));
const INSTALLER = join(TOOLS_DIR, 'install.sh');

const INSTALL_TIMEOUT_MS = 15 * 60_000;
const START_TIMEOUT_MS = 4 * 60_000;
const STOP_TIMEOUT_MS = 60_000;
const READY_LINE = /^huiyi-neo4j ready (bolt:\/\/\S+)/m;
const STDERR_LINES_KEPT = 60;

export interface EmbeddedServerOptions {
  /** The script that runs the server (default tools/neo4j/run.sh). */
  launcher?: string;
  /** JVM options for the server (run.sh's JAVA_OPTS); the launcher's defaults when absent. */
  javaOpts?: string;
  /** A Neo4j home to serve (e.g. one neo4j-admin imported into) instead of a fresh one; deleted on stop all the same. */
  home?: string;
  /** Turns authentication on, with this password (8 characters or more) for the user `neo4j`. */
  password?: string;
}

export interface EmbeddedServer {
  /** bolt://127.0.0.1:PORT; authentication is off unless a password was given. */
  uri: string;
  /** The Neo4j home of this server (store, logs). */
  home: string;
  stop(): Promise<void>;
}

export async function startEmbeddedServer(options: EmbeddedServerOptions = {}): Promise<EmbeddedServer> {
  const launcher = options.launcher ?? join(TOOLS_DIR, 'run.sh');
  installEmbeddedServer();
  const home = options.home ?? (await mkdtemp(join(tmpdir(), 'huiyi-neo4j-')));
  // stdin stays an open pipe: if this process dies, the JVM sees it close, stops and deletes the store.
  const args = ['--port', '0', '--no-http', '--data', home, '--exit-on-stdin-close', '--ephemeral'];
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (options.javaOpts !== undefined) env.JAVA_OPTS = options.javaOpts;
  if (options.password !== undefined) env.HUIYI_NEO4J_PASSWORD = options.password;
  else delete env.HUIYI_NEO4J_PASSWORD;
  const child = spawn('bash', [launcher, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
  const stderr = keepLastLines(child);
  const stop = async (): Promise<void> => {
    await terminate(child);
    await rm(home, { recursive: true, force: true });
  };

  try {
    const uri = await waitForReadyLine(child, launcher, stderr);
    const auth = options.password === undefined ? undefined : { user: 'neo4j', password: options.password };
    await checkReachable(uri, `the embedded Neo4j at ${uri}`, auth);
    return { uri, home, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Builds the launcher if needed; a no-op taking milliseconds once built. */
export function installEmbeddedServer(): void {
  const result = spawnSync('bash', [INSTALLER], { stdio: ['ignore', 'inherit', 'pipe'], timeout: INSTALL_TIMEOUT_MS });
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? result.stderr.toString().trim().split('\n').slice(-20).join('\n');
    throw new Error(`${INSTALLER} failed (exit ${result.status ?? 'none'}):\n${detail}`);
  }
}

/**
 * Resolves once a Bolt server answers at `uri` (with `auth` when it has authentication on); otherwise throws
 * naming `label` and the driver's reason.
 */
export async function checkReachable(uri: string, label: string, auth?: { user: string; password: string }): Promise<void> {
  const driver = auth ? neo4j.driver(uri, neo4j.auth.basic(auth.user, auth.password)) : neo4j.driver(uri);
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    throw new Error(`${label} is not reachable: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await driver.close();
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

function waitForReadyLine(child: ChildProcess, launcher: string, stderr: () => string): Promise<string> {
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
