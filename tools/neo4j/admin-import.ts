/**
 * `neo4j-admin database import full`, run from the Neo4j jars tools/neo4j/install.sh fetched from Maven Central
 * (neo4j-command-line carries the neo4j-admin entry point, neo4j-import-tool the import command): for testing the
 * CSV files `huiyi build` writes and for comparing the Neo4j export with a bulk import in the benchmarks.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { installEmbeddedServer, TOOLS_DIR } from './server.js';

export interface AdminImportResult {
  /** Wall time of the whole command, JVM start included. */
  seconds: number;
  nodes: number;
  relationships: number;
  properties: number;
  output: string;
}

/**
 * Imports CSV files into the database `neo4j` of the Neo4j home `home` (created or overwritten), as
 * `neo4j-admin database import full --nodes=… --relationships=… --overwrite-destination neo4j` run in `directory`.
 */
export async function adminImport(
  directory: string,
  files: Array<{ file: string; kind: 'nodes' | 'relationships' }>,
  home: string,
): Promise<AdminImportResult> {
  installEmbeddedServer();
  mkdirSync(home, { recursive: true });
  const args = [
    '-cp',
    join(TOOLS_DIR, 'target', 'lib', '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.map(({ file, kind }) => `--${kind}=${file}`),
    '--overwrite-destination',
    'neo4j',
  ];
  const started = performance.now();
  const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn('java', args, { cwd: directory, env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: home } });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (exitCode) => resolve({ code: exitCode, output: text }));
  });
  const seconds = (performance.now() - started) / 1000;
  const imported = /IMPORT DONE[\s\S]*?(\d+) nodes\s+(\d+) relationships\s+(\d+) properties/.exec(output);
  if (code !== 0 || !imported) {
    throw new Error(`neo4j-admin database import failed (exit ${code}):\n${output.trim().split('\n').slice(-15).join('\n')}`);
  }
  return { seconds, nodes: Number(imported[1]), relationships: Number(imported[2]), properties: Number(imported[3]), output };
}
