export { collectMeetings, dayFormatter, dayNumber, dayString, NO_DAY } from './meetings.js';
export type { MeetingFilters, MeetingTable, MeetingEntry, PersonEntry } from './meetings.js';
export { aggregatePairs } from './pairs.js';
export type { PairTable } from './pairs.js';
export { weigh, WEIGHTINGS } from './weights.js';
export type { Weighting } from './weights.js';
export {
  projectPairs,
  projectCoattendance,
  coattendanceGraph,
  egoNetwork,
  keepTies,
  tiedPeople,
  UnknownPersonError,
} from './project.js';
export type {
  Coattendance,
  CoattendFilters,
  CoattendGraph,
  CoattendNode,
  CoattendEdge,
  CoattendGraphAttributes,
} from './project.js';
export { backboneTies, disparity, disparityBackbone } from './backbone.js';
export { analyse, BETWEENNESS_LIMIT } from './metrics.js';
export type { Analysis, AnalyseOptions, PersonMetrics } from './metrics.js';
export { seededRandom } from './random.js';
