import { defineConfig } from 'vitest/config';

// Two projects so that unit tests never wait for a database: `neo4j` tests get a real server
// from the global setup (NEO4J_URI, or one started from tools/neo4j), `unit` tests get nothing.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/neo4j/**'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'neo4j',
          include: ['tests/neo4j/**/*.test.ts'],
          globalSetup: ['tests/neo4j/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
