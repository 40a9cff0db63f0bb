import { write as writeGexf } from 'graphology-gexf';
import stringWidth from 'string-width';
import type { Analysis } from '../analyse/metrics.js';
import { dayFormatter } from '../analyse/meetings.js';
import { tiedPeople, type Coattendance, type CoattendGraph } from '../analyse/project.js';
import { communityColour } from './scene.js';
import { escapeXml } from './svg.js';

/** One tie with its people's names, as listed by the text outputs. */
export interface TieRow {
  a: string;
  b: string;
  nameA: string;
  nameB: string;
  meetings: number;
  weight: number;
  first: string | null;
  last: string | null;
}

const byPinyin = new Intl.Collator('zh-CN');

/**
 * The ties of a projection, heaviest first (then most meetings, then by names, so that the order is stable), as
 * the slots of its pair table. Names are ranked once, and the ties sorted by rank: millions of ties, yet only as
 * many name comparisons as sorting the people takes.
 */
export interface RankedTies {
  slots: Uint32Array;
  /** Whether the tie in slot s is listed as (b, a) rather than (a, b), to put the names in order. */
  flipped: Uint8Array;
}

export function rankTies(projection: Coattendance): RankedTies {
  const { pairs, weights, table } = projection;
  const people = tiedPeople(projection);
  const nameRank = new Uint32Array(table.people.length);
  [...people]
    .sort((x, y) => byPinyin.compare(table.people[x]!.name, table.people[y]!.name) || x - y)
    .forEach((person, rank) => {
      nameRank[person] = rank;
    });
  const flipped = new Uint8Array(pairs.size);
  const first = new Uint32Array(pairs.size);
  const second = new Uint32Array(pairs.size);
  for (const slot of projection.ties) {
    const rankA = nameRank[pairs.a[slot]!]!;
    const rankB = nameRank[pairs.b[slot]!]!;
    flipped[slot] = rankA > rankB ? 1 : 0;
    first[slot] = Math.min(rankA, rankB);
    second[slot] = Math.max(rankA, rankB);
  }
  const slots = projection.ties.slice().sort(
    (x, y) =>
      weights[y]! - weights[x]! ||
      pairs.meetings[y]! - pairs.meetings[x]! ||
      first[x]! - first[y]! ||
      second[x]! - second[y]!,
  );
  return { slots, flipped };
}

/** The tie in pair slot `slot`, its names in order. */
export function tieRow(projection: Coattendance, ranked: RankedTies, slot: number, date = dayFormatter()): TieRow {
  const { pairs, table } = projection;
  const [a, b] = ranked.flipped[slot] === 1 ? [pairs.b[slot]!, pairs.a[slot]!] : [pairs.a[slot]!, pairs.b[slot]!];
  return {
    a: table.people[a]!.key,
    b: table.people[b]!.key,
    nameA: table.people[a]!.name,
    nameB: table.people[b]!.name,
    meetings: pairs.meetings[slot]!,
    weight: projection.weights[slot]!,
    first: date(pairs.first[slot]!),
    last: date(pairs.last[slot]!),
  };
}

/** The ties, heaviest first, at most `limit` of them. */
export function rankedTies(projection: Coattendance, limit = Infinity): TieRow[] {
  const ranked = rankTies(projection);
  const date = dayFormatter();
  return [...ranked.slots.subarray(0, Math.min(limit, ranked.slots.length))].map((slot) => tieRow(projection, ranked, slot, date));
}

/** A number as the text outputs print it: integers as such, others to 4 significant decimals. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(4)));
}

function pad(text: string, width: number, alignRight: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - stringWidth(text)));
  return alignRight ? fill + text : text + fill;
}

/** Columns aligned by display width: a Chinese character takes two columns of a terminal. */
export function alignedTable(header: string[], rows: string[][], rightAligned: boolean[]): string {
  const widths = header.map((title, column) => Math.max(stringWidth(title), ...rows.map((row) => stringWidth(row[column] ?? ''))));
  const line = (cells: string[]): string =>
    cells.map((cell, column) => pad(cell, widths[column]!, rightAligned[column] ?? false)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n') + '\n';
}

export function renderTable(projection: Coattendance, analysis: Analysis, top: number): string {
  const ties = rankedTies(projection, top);
  const total = projection.ties.length;
  const rows = ties.map((tie) => [tie.nameA, tie.nameB, String(tie.meetings), formatNumber(tie.weight), tie.first ?? '—', tie.last ?? '—']);
  const header = ['person A', 'person B', 'meetings', projection.weighting, 'first', 'last'];
  const table = alignedTable(header, rows, [false, false, true, true, false, false]);
  const shown = total > top ? `top ${top} of ${total} ties` : `${total} ties`;
  const people = tiedPeople(projection).length;
  return `${table}\n${shown} · ${people} people · ${projection.pairs.totalMeetings} meetings · ${analysis.communities} communities\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderTiesCsv(projection: Coattendance): string {
  const ranked = rankTies(projection);
  const date = dayFormatter();
  const name = projection.table.people.map((person) => csvCell(person.name));
  const { pairs, weights } = projection;
  const lines = ['person_a,person_b,meetings,weight,first,last'];
  for (const slot of ranked.slots) {
    const flipped = ranked.flipped[slot] === 1;
    const nameA = name[flipped ? pairs.b[slot]! : pairs.a[slot]!];
    const nameB = name[flipped ? pairs.a[slot]! : pairs.b[slot]!];
    const first = date(pairs.first[slot]!) ?? '';
    const last = date(pairs.last[slot]!) ?? '';
    lines.push(`${nameA},${nameB},${pairs.meetings[slot]},${formatNumber(weights[slot]!)},${first},${last}`);
  }
  return lines.join('\n') + '\n';
}

export function renderPeopleCsv(projection: CoattendGraph, analysis: Analysis): string {
  const lines = ['id,person,meetings,community,degree,weighted_degree,betweenness'];
  projection.forEachNode((key, attributes) => {
    const metrics = analysis.people[key]!;
    lines.push(
      [key, attributes.name, attributes.meetings, metrics.community, metrics.degree, metrics.weightedDegree, metrics.betweenness]
        .map(csvCell)
        .join(','),
    );
  });
  return lines.join('\n') + '\n';
}

export function renderJson(projection: Coattendance, analysis: Analysis): string {
  const { table, pairs } = projection;
  const people = [...tiedPeople(projection)].map((person) => {
    const { key, name } = table.people[person]!;
    return { id: key, name, meetings: pairs.personMeetings[person]!, ...analysis.people[key] };
  });
  return (
    JSON.stringify(
      {
        weighting: projection.weighting,
        meetings: pairs.totalMeetings,
        communities: analysis.communities,
        modularity: analysis.modularity,
        people,
        ties: rankedTies(projection),
      },
      null,
      2,
    ) + '\n'
  );
}

/** GEXF 1.3 for Gephi: names as labels, community colours, and every measure as an attribute. */
export function renderGexf(projection: CoattendGraph, analysis: Analysis): string {
  return writeGexf(projection, {
    version: '1.3',
    formatNode: (key, attributes) => {
      const { betweenness, ...metrics } = analysis.people[key]!;
      return {
        label: attributes.name,
        viz: { color: communityColour(metrics.community), size: 5 + metrics.weightedDegree },
        attributes: { meetings: attributes.meetings, ...metrics, ...(betweenness === null ? {} : { betweenness }) },
      };
    },
    formatEdge: (_key, attributes) => ({
      weight: attributes.weight,
      attributes: { meetings: attributes.meetings, first: attributes.first ?? '', last: attributes.last ?? '' },
    }),
  });
}

/** GraphML (graphology-graphml reads but does not write it): every attribute declared with its type. */
export function renderGraphml(projection: CoattendGraph, analysis: Analysis): string {
  const nodeKeys: [string, 'string' | 'int' | 'double'][] = [
    ['name', 'string'],
    ['meetings', 'int'],
    ['community', 'int'],
    ['degree', 'int'],
    ['weightedDegree', 'double'],
    ['betweenness', 'double'],
  ];
  const edgeKeys: [string, 'string' | 'int' | 'double'][] = [
    ['meetings', 'int'],
    ['weight', 'double'],
    ['first', 'string'],
    ['last', 'string'],
  ];
  const data = (name: string, value: string | number | null): string =>
    value === null ? '' : `<data key="${name}">${escapeXml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(([name, type]) => `  <key id="${name}" for="node" attr.name="${name}" attr.type="${type}"/>`),
    ...edgeKeys.map(([name, type]) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph edgedefault="undirected">',
  ];
  projection.forEachNode((key, attributes) => {
    const metrics = analysis.people[key]!;
    const values: Record<string, string | number | null> = { name: attributes.name, meetings: attributes.meetings, ...metrics };
    lines.push(`    <node id="${escapeXml(key)}">${nodeKeys.map(([name]) => data(name, values[name] ?? null)).join('')}</node>`);
  });
  projection.forEachEdge((_edge, attributes, source, target) => {
    const values = edgeKeys.map(([name]) => data(`e_${name}`, attributes[name as keyof typeof attributes]));
    lines.push(`    <edge source="${escapeXml(source)}" target="${escapeXml(target)}">${values.join('')}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
