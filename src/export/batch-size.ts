/**
 * Rows per transaction: fewer, larger transactions spend less on round trips and commits. A module of its own so
 * that the CLI can show it in `huiyi export --help` without loading neo4j-driver.
 */
export const DEFAULT_BATCH_SIZE = 10_000;
