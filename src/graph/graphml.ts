import type { HuiyiGraph, PropertyValue } from './model.js';

/**
 * GraphML for Gephi, yEd and igraph (graphology-graphml only parses). Every attribute becomes a `<key>` typed from
 * its values: int, double, boolean or string; lists are written as JSON arrays in a string.
 */
export function toGraphML(graph: HuiyiGraph): string {
  const nodeKeys = collectKeys(graph.mapNodes((_node, attributes) => attributes));
  const edgeKeys = collectKeys(graph.mapEdges((_edge, attributes) => attributes));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of nodeKeys) {
    lines.push(`  <key id="n_${escapeXml(name)}" for="node" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  }
  for (const [name, type] of edgeKeys) {
    lines.push(`  <key id="e_${escapeXml(name)}" for="edge" attr.name="${escapeXml(name)}" attr.type="${type}"/>`);
  }
  lines.push('  <graph edgedefault="directed">');
  graph.forEachNode((node, attributes) => {
    lines.push(`    <node id="${escapeXml(node)}">${dataElements('n_', attributes)}</node>`);
  });
  graph.forEachEdge((edge, attributes, source, target) => {
    lines.push(
      `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}">` +
        `${dataElements('e_', attributes)}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

type GraphMLType = 'int' | 'double' | 'boolean' | 'string';

function collectKeys(elements: Array<Record<string, PropertyValue>>): Map<string, GraphMLType> {
  const keys = new Map<string, GraphMLType>();
  for (const attributes of elements) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      const type = typeOf(value);
      const seen = keys.get(name);
      keys.set(name, seen === undefined || seen === type ? type : seen === 'int' && type === 'double' ? 'double' : 'string');
    }
  }
  return new Map([...keys].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function typeOf(value: Exclude<PropertyValue, null>): GraphMLType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return 'string';
}

function dataElements(prefix: string, attributes: Record<string, PropertyValue>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => {
      const text = Array.isArray(value) ? JSON.stringify(value) : String(value);
      return `<data key="${prefix}${escapeXml(name)}">${escapeXml(text)}</data>`;
    })
    .join('');
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}
