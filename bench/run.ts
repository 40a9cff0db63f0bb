/**
 * `npm run bench [SECTION…]`: runs the named benchmark sections (all when none is named) one after another.
 * Benchmarks measure speed and memory; the tests never time anything. The read, extract and unseen sections are
 * targets "on one core": they run in a child pinned to one core when `taskset` exists (bench/pin.ts), read and
 * extract together in the order named, unseen in a child of its own.
 */
import { formatCoattendBench, runCoattendBench } from './coattend.js';
import { graphBenchSection } from './graph.js';
import { isPinnedChild, runPinned } from './pin.js';
import { readBenchSection, unseenBenchSection } from './read.js';

const ONE_CORE_SECTIONS: Record<string, () => Promise<string>> = {
  read: () => readBenchSection(),
  extract: () => readBenchSection(undefined, true),
  unseen: () => unseenBenchSection(),
};
/** One-core sections that need a process of their own: `unseen` times code that is compiled but texts that are new. */
const OWN_PROCESS = new Set(['unseen']);

// graph before coattend: peak RSS is the process's, and the co-attendance scale test needs 2 GB.
const SECTIONS: Record<string, () => Promise<string>> = {
  ...ONE_CORE_SECTIONS,
  graph: () => graphBenchSection(),
  coattend: async () => formatCoattendBench(await runCoattendBench()),
};

async function runOneCoreSections(names: readonly string[]): Promise<string[]> {
  const shared = names.filter((name) => !OWN_PROCESS.has(name));
  const groups = [shared, ...names.filter((name) => OWN_PROCESS.has(name)).map((name) => [name])];
  const outputs: string[] = [];
  for (const group of groups.filter((members) => members.length > 0)) {
    const pinned = isPinnedChild() ? null : runPinned(group);
    if (pinned !== null) outputs.push(pinned);
    else for (const name of group) outputs.push(await ONE_CORE_SECTIONS[name]!());
  }
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
