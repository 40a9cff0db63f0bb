import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HuiyiGraph, PropertyValue } from './model.js';

/**
 * CSV files for `neo4j-admin database import full`: one file per label and per relationship type, each with its
 * header row (`id:ID`, typed properties, `:LABEL`; `:START_ID`, `:END_ID`, `:TYPE`). Ids are one global id space
 * (every id carries its label as prefix). Lists use the default array delimiter `;` — a `;` inside a list item is
 * written as the full-width `；` — and line breaks inside values become spaces, so no extra import flags are needed.
 */
export const ARRAY_DELIMITER = ';';

export interface CsvFile {
  file: string;
  kind: 'nodes' | 'relationships';
  rows: number;
}

export function writeNeo4jCsv(graph: HuiyiGraph, directory: string): CsvFile[] {
  mkdirSync(directory, { recursive: true });
  const nodeGroups = new Map<string, Array<Record<string, PropertyValue>>>();
  graph.forEachNode((_node, attributes) => {
    const { label, ...properties } = attributes;
    const group = nodeGroups.get(label) ?? [];
    group.push(properties);
    nodeGroups.set(label, group);
  });
  const edgeGroups = new Map<string, Array<{ start: string; end: string; properties: Record<string, PropertyValue> }>>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const { type, ...properties } = attributes;
    const group = edgeGroups.get(type) ?? [];
    group.push({ start: source, end: target, properties });
    edgeGroups.set(type, group);
  });

  const files: CsvFile[] = [];
  for (const [label, rows] of [...nodeGroups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const columns = columnTypes(rows).filter(([name]) => name !== 'id');
    const header = ['id:ID', ...columns.map(headerCell), ':LABEL'];
    const lines = rows.map((row) => [csvCell(row.id ?? null), ...columns.map(([name]) => csvCell(row[name] ?? null)), label]);
    const file = path.join(directory, `nodes-${label}.csv`);
    writeFileSync(file, toCsv(header, lines));
    files.push({ file, kind: 'nodes', rows: rows.length });
  }
  for (const [type, rows] of [...edgeGroups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const columns = columnTypes(rows.map((row) => row.properties));
    const header = [':START_ID', ':END_ID', ...columns.map(headerCell), ':TYPE'];
    const lines = rows.map((row) => [
      csvCell(row.start),
      csvCell(row.end),
      ...columns.map(([name]) => csvCell(row.properties[name] ?? null)),
      type,
    ]);
    const file = path.join(directory, `relationships-${type}.csv`);
    writeFileSync(file, toCsv(header, lines));
    files.push({ file, kind: 'relationships', rows: rows.length });
  }
  writeFileSync(path.join(directory, 'import.sh'), importScript(files, directory));
  return files;
}

/** The neo4j-admin command for these files, relative to the directory holding them. */
export function importCommand(files: CsvFile[], directory: string, database = 'neo4j'): string {
  const args = files.map((file) => `--${file.kind}=${path.relative(directory, file.file)}`);
  return ['neo4j-admin database import full', ...args, '--overwrite-destination', database].join(' \\\n  ');
}

function importScript(files: CsvFile[], directory: string): string {
  return [
    '#!/bin/sh',
    '# Loads this graph into an empty (or overwritten) database; stop the database first.',
    '# Usage: sh import.sh [DATABASE]   (neo4j-admin must be on PATH)',
    'cd "$(dirname "$0")"',
    `${importCommand(files, directory, '"${1:-neo4j}"')}`,
    '',
  ].join('\n');
}

type CsvType = 'int' | 'double' | 'boolean' | 'string' | 'string[]';

function columnTypes(rows: Array<Record<string, PropertyValue>>): Array<[string, CsvType]> {
  const types = new Map<string, CsvType>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (value === null || value === undefined) continue;
      const type: CsvType = Array.isArray(value)
        ? 'string[]'
        : typeof value === 'number'
          ? Number.isInteger(value) ? 'int' : 'double'
          : typeof value === 'boolean'
            ? 'boolean'
            : 'string';
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : seen === 'int' && type === 'double' ? 'double' : 'string');
    }
  }
  return [...types].sort(([a], [b]) => (a < b ? -1 : 1));
}

function headerCell([name, type]: [string, CsvType]): string {
  return `${name}:${type}`;
}

function csvCell(value: PropertyValue): string | null {
  if (value === null) return null;
  if (Array.isArray(value)) {
    // An empty list would read back as a missing property either way; skip it like null.
    return value.length === 0 ? null : value.map((item) => item.replaceAll(ARRAY_DELIMITER, '；')).join(ARRAY_DELIMITER);
  }
  return String(value);
}

function toCsv(header: string[], lines: Array<Array<string | null>>): string {
  const quote = (cell: string | null): string =>
    cell === null ? '' : `"${cell.replace(/[\r\n]+/g, ' ').replaceAll('"', '""')}"`;
  return [header.join(','), ...lines.map((line) => line.map(quote).join(','))].join('\n') + '\n';
}
