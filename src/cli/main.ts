import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { extractCommand } from './commands/extract.js';
import { evalCommand } from './commands/eval.js';
import { buildCommand } from './commands/build.js';
import { exportCommand } from './commands/export.js';
import { coattendCommand } from './commands/coattend.js';
import { withLexiconOption } from './lexicon-option.js';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export function createProgram(): Command {
  const program = new Command('huiyi')
    .description('Build a knowledge graph of meetings, people, bodies and places from Chinese news archives')
    .version(packageJson.version)
    .showHelpAfterError();
  // commands: each module under ./commands adds one command
  program.addCommand(withLexiconOption(extractCommand()));
  program.addCommand(withLexiconOption(evalCommand()));
  program.addCommand(withLexiconOption(buildCommand()));
  program.addCommand(withLexiconOption(exportCommand()));
  program.addCommand(withLexiconOption(coattendCommand()));
  return program;
}

/** Runs the CLI; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  program.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error && typeof error === 'object' && 'exitCode' in error && typeof error.exitCode === 'number') {
      return error.exitCode;
    }
    throw error;
  }
  return typeof process.exitCode === 'number' ? process.exitCode : 0;
}
