import { write as writeGexf } from 'graphology-gexf';
import stringWidth from 'string-width';
import type { Analysis } from '../analyse/metrics.js';
import type { CoattendGraph } from '../analyse/project.js';
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

/** The ties, heaviest first (then most meetings, then by names, so that the order is stable). */
export function rankedTies(projection: CoattendGraph): TieRow[] {
  const rows = projection.mapEdges((_edge, attributes, source, target, sourceAttributes, targetAttributes) => {
    const [a, b] = byPinyin.compare(sourceAttributes.name, targetAttributes.name) <= 0 ? [source, target] : [target, source];
    return {
      a,
      b,
      nameA: projection.getNodeAttribute(a, 'name'),
      nameB: projection.getNodeAttribute(b, 'name'),
      ...attributes,
    };
  });
  return rows.sort(
    (x, y) =>
      y.weight - x.weight ||
      y.meetings - x.meetings ||
      byPinyin.compare(x.nameA, y.nameA) ||
      byPinyin.compare(x.nameB, y.nameB),
  );
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

export function renderTable(projection: CoattendGraph, analysis: Analysis, top: number): string {
  const ties = rankedTies(projection);
  const weighting = projection.getAttribute('weighting');
  const rows = ties
    .slice(0, top)
    .map((tie) => [tie.nameA, tie.nameB, String(tie.meetings), formatNumber(tie.weight), tie.first ?? '—', tie.last ?? '—']);
  const table = alignedTable(['person A', 'person B', 'meetings', weighting, 'first', 'last'], rows, [false, false, true, true, false, false]);
  const shown = ties.length > top ? `top ${top} of ${ties.length} ties` : `${ties.length} ties`;
  return `${table}\n${shown} · ${projection.order} people · ${projection.getAttribute('meetings')} meetings · ${analysis.communities} communities\n`;
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? formatNumber(value) : value;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function renderTiesCsv(projection: CoattendGraph): string {
  const lines = ['person_a,person_b,meetings,weight,first,last'];
  for (const tie of rankedTies(projection)) {
    lines.push([tie.nameA, tie.nameB, tie.meetings, tie.weight, tie.first, tie.last].map(csvCell).join(','));
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

export function renderJson(projection: CoattendGraph, analysis: Analysis): string {
  return (
    JSON.stringify(
      {
        weighting: projection.getAttribute('weighting'),
        meetings: projection.getAttribute('meetings'),
        communities: analysis.communities,
        modularity: analysis.modularity,
        people: projection.mapNodes((key, attributes) => ({ id: key, ...attributes, ...analysis.people[key] })),
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
      const metrics = analysis.people[key]!;
      return {
        label: attributes.name,
        viz: { color: communityColour(metrics.community), size: 5 + metrics.weightedDegree },
        attributes: { meetings: attributes.meetings, ...metrics },
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
    const values: Record<string, string | number> = { name: attributes.name, meetings: attributes.meetings, ...metrics };
    lines.push(`    <node id="${escapeXml(key)}">${nodeKeys.map(([name]) => data(name, values[name] ?? null)).join('')}</node>`);
  });
  projection.forEachEdge((_edge, attributes, source, target) => {
    const values = edgeKeys.map(([name]) => data(`e_${name}`, attributes[name as keyof typeof attributes]));
    lines.push(`    <edge source="${escapeXml(source)}" target="${escapeXml(target)}">${values.join('')}</edge>`);
  });
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}
