/**
 * `npm run bench [SECTION…]`: runs the named benchmark sections (all when none is named) one after another.
 * Benchmarks measure speed and memory; the tests never time anything.
 */
import { formatCoattendBench, runCoattendBench } from './coattend.js';
import { graphBenchSection } from './graph.js';
import { readBenchSection } from './read.js';

const SECTIONS: Record<string, () => Promise<string>> = {
  read: () => readBenchSection(),
  extract: () => readBenchSection(undefined, true),
  coattend: async () => formatCoattendBench(await runCoattendBench()),
  graph: () => graphBenchSection(),
};

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
  process.exitCode = 2;
} else {
  for (const name of requested.length > 0 ? requested : Object.keys(SECTIONS)) {
    console.log(await SECTIONS[name]!());
  }
}
