/**
 * `npm run bench [SECTION…]`: runs the named benchmark sections (all when none is named) one after another.
 * Benchmarks measure speed and memory; the tests never time anything. The read and extract sections are targets
 * "on one core": they run together, in the order named, in a child pinned to one core when `taskset` exists
 * (bench/pin.ts).
 */
import { formatCoattendBench, runCoattendBench } from './coattend.js';
import { graphBenchSection } from './graph.js';
import { isPinnedChild, runPinned } from './pin.js';
import { readBenchSection } from './read.js';

const ONE_CORE_SECTIONS: Record<string, () => Promise<string>> = {
  read: () => readBenchSection(),
  extract: () => readBenchSection(undefined, true),
};

// graph before coattend: peak RSS is the process's, and the co-attendance scale test needs 2 GB.
const SECTIONS: Record<string, () => Promise<string>> = {
  ...ONE_CORE_SECTIONS,
  graph: () => graphBenchSection(),
  coattend: async () => formatCoattendBench(await runCoattendBench()),
};

async function runOneCoreSections(names: readonly string[]): Promise<string[]> {
  const pinned = isPinnedChild() ? null : runPinned(names);
  if (pinned !== null) return [pinned];
  const outputs: string[] = [];
  for (const name of names) outputs.push(await ONE_CORE_SECTIONS[name]!());
  return outputs;
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  console.error(`bench: unknown section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}`);
  process.exitCode = 2;
} else {
  const names = requested.length > 0 ? requested : Object.keys(SECTIONS);
  const oneCore = names.filter((name) => name in ONE_CORE_SECTIONS);
  let oneCoreDone = false;
  for (const name of names) {
    if (!(name in ONE_CORE_SECTIONS)) {
      console.log(await SECTIONS[name]!());
    } else if (!oneCoreDone) {
      for (const output of await runOneCoreSections(oneCore)) console.log(output);
      oneCoreDone = true;
    }
  }
}
