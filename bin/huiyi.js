#!/usr/bin/env node
import { main } from '../dist/cli/main.js';

// `huiyi … | head` closes the pipe early; that ends the output, it is not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`huiyi: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  },
);
