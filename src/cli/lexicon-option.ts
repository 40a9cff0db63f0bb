import { Command, CommanderError } from 'commander';
import { useLexiconFiles } from '../extract/lexicon.js';
import { LexiconFileError } from '../lexicon/lexicon.js';

const collect = (file: string, files: string[]): string[] => [...files, file];

/**
 * `--lexicon FILE` (repeatable) for the commands that read articles: the user's data files, keyed as data/*.yaml
 * are, merged after the built-in data before the command runs. A bad file stops the command with one message naming it.
 */
export function withLexiconOption(command: Command): Command {
  return command
    .option('--lexicon <file>', 'extra lexicon file (YAML or JSON, keyed like data/*.yaml); repeatable', collect, [])
    .hook('preAction', (_command, action) => {
      const files = action.opts<{ lexicon: string[] }>().lexicon;
      if (files.length === 0) return;
      try {
        useLexiconFiles(files);
      } catch (error) {
        if (!(error instanceof LexiconFileError)) throw error;
        process.stderr.write(`huiyi ${action.name()}: ${error.message}\n`);
        throw new CommanderError(2, 'huiyi.lexicon', error.message);
      }
    });
}
