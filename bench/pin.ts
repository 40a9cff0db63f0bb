/**
 * One-core measurements. Unpinned, a Node process spreads garbage collection and I/O over helper threads on other
 * cores, so its CPU time can exceed its wall time and no figure is "one core". Where `taskset` exists (Linux), the
 * one-core sections run in a child pinned to one core with it; elsewhere they run in this process, which says so.
 */
import { spawnSync } from 'node:child_process';

/** The core the pinned child runs on. */
const CORE = '0';
/** Set in the pinned child's environment, holding its core. */
const PINNED_ENV = 'HUIYI_BENCH_PINNED_CORE';

/** How the running process is pinned, for the report. */
export function pinningNote(): string {
  const core = process.env[PINNED_ENV];
  return core !== undefined
    ? `pinned to core ${core} (taskset -c ${core}): wall and CPU time are one core's`
    : 'not pinned (no taskset): CPU time counts every core the process used';
}

export function isPinnedChild(): boolean {
  return process.env[PINNED_ENV] !== undefined;
}

/**
 * Runs this script again with `args`, pinned to one core, and returns what it printed; null when `taskset` is
 * missing, so the caller runs the sections itself.
 */
export function runPinned(args: readonly string[]): string | null {
  if (spawnSync('taskset', ['-c', CORE, 'true']).status !== 0) return null;
  const child = spawnSync('taskset', ['-c', CORE, process.execPath, ...process.execArgv, process.argv[1]!, ...args], {
    env: { ...process.env, [PINNED_ENV]: CORE },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench: the pinned run of ${args.join(' ')} failed (exit ${child.status ?? child.signal})`);
  return child.stdout.trimEnd();
}
