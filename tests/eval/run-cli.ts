import { main } from '../../src/cli/main.js';

// Runs the real CLI from source, so end-to-end tests need no build.
process.exitCode = await main(process.argv);
