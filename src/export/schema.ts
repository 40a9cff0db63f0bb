import { readFileSync } from 'node:fs';

/** `cypher/schema.cypher`, shipped with the package. */
export const SCHEMA_FILE = new URL('../../cypher/schema.cypher', import.meta.url);

/** The statements of a Cypher script: `//` comment lines dropped, split at semicolons that end a line. */
export function cypherStatements(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '');
}

export function schemaStatements(): string[] {
  return cypherStatements(readFileSync(SCHEMA_FILE, 'utf8'));
}
