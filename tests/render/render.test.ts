import { describe, expect, it } from 'vitest';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Graph from 'graphology';
import { analyse, coattendanceGraph, projectPairs } from '../../src/analyse/index.js';
import { rasterise, renderPng } from '../../src/render/png.js';
import { networkScene } from '../../src/render/scene.js';
import { renderSvg } from '../../src/render/svg.js';
import {
  alignedTable,
  renderGexf,
  renderGraphml,
  renderJson,
  renderPeopleCsv,
  renderTable,
  renderTiesCsv,
} from '../../src/render/tables.js';
import { goldSeedMeetings, meetingGraph, SMALL_FIXTURE } from '../analyse/fixture.js';

const smallPairs = projectPairs(meetingGraph(SMALL_FIXTURE), { weighting: 'newman' });
const small = coattendanceGraph(smallPairs);
const smallAnalysis = analyse(small, { seed: 1 });
const seedsPairs = projectPairs(meetingGraph(goldSeedMeetings()));
const seeds = coattendanceGraph(seedsPairs);
const seedsAnalysis = analyse(seeds, { seed: 1 });

describe('text outputs', () => {
  it('table: columns aligned by display width, a Chinese character two columns', () => {
    expect(renderTable(seedsPairs, seedsAnalysis, 4)).toBe(
      [
        'person A  person B  meetings  count  first       last',
        '────────  ────────  ────────  ─────  ──────────  ──────────',
        '蔡奇      陈吉宁           4      4  2021-08-07  2022-05-05',
        '蔡奇      张延昆           4      4  2021-08-07  2022-05-05',
        '陈吉宁    张延昆           4      4  2021-08-07  2022-05-05',
        '蔡奇      李伟             3      3  2021-08-07  2022-05-05',
        '',
        'top 4 of 21 ties · 10 people · 5 meetings · 2 communities',
        '',
      ].join('\n'),
    );
    expect(alignedTable(['名字', 'n'], [['A', '1'], ['文献', '12']], [false, true])).toBe('名字   n\n────  ──\nA      1\n文献  12\n');
  });

  it('csv: ties heaviest first with the documented header; people in a second file', () => {
    const lines = renderTiesCsv(smallPairs).trim().split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'person_a,person_b,meetings,weight,first,last',
      'A,B,3,1.75,2021-01-01,2021-05-01',
      'A,C,3,1.25,2021-01-01,2021-05-01',
      'B,D,2,1.25,2021-05-01,2021-05-01',
    ]);
    expect(lines).toHaveLength(12);
    const people = renderPeopleCsv(small, smallAnalysis).trim().split('\n');
    expect(people[0]).toBe('id,person,meetings,community,degree,weighted_degree,betweenness');
    expect(people.find((line) => line.startsWith('person:E,'))).toMatch(/^person:E,E,2,\d,5,2,0\.4$/);
  });

  it('csv quotes cells that need it', () => {
    const graph = meetingGraph([{ id: 'M', date: null, people: [['Smith, J.', 'chair'], ['O"Neil', 'attendee']] }]);
    expect(renderTiesCsv(projectPairs(graph)).trim().split('\n')[1]).toBe('"O""Neil","Smith, J.",1,1,,');
  });

  it('json: people with their measures, ties with names', () => {
    const data = JSON.parse(renderJson(smallPairs, smallAnalysis)) as {
      weighting: string;
      meetings: number;
      people: { id: string; name: string; degree: number; betweenness: number }[];
      ties: { nameA: string; nameB: string; meetings: number; weight: number }[];
    };
    expect(data.weighting).toBe('newman');
    expect(data.meetings).toBe(6);
    expect(data.people.find((person) => person.name === 'E')).toMatchObject({ id: 'person:E', degree: 5, betweenness: 0.4 });
    expect(data.ties[0]).toMatchObject({ nameA: 'A', nameB: 'B', meetings: 3, weight: 1.75 });
  });

  it('gexf: Gephi reads back labels, weights, communities and measures', () => {
    const back = parseGexf(Graph, renderGexf(small, smallAnalysis));
    expect(back.order).toBe(6);
    expect(back.size).toBe(11);
    expect(back.getNodeAttributes('person:E')).toMatchObject({ label: 'E', degree: 5, betweenness: 0.4, meetings: 2 });
    expect(back.getNodeAttribute('person:A', 'community')).toBe(smallAnalysis.people['person:A']!.community);
    const tie = back.edges('person:A', 'person:B')[0] ?? back.edges('person:B', 'person:A')[0]!;
    expect(back.getEdgeAttributes(tie)).toMatchObject({ weight: 1.75, meetings: 3, first: '2021-01-01', last: '2021-05-01' });
  });

  it('graphml: typed attributes that read back', () => {
    const back = parseGraphml(Graph, renderGraphml(small, smallAnalysis));
    expect(back.type).toBe('undirected');
    expect(back.getNodeAttributes('person:E')).toMatchObject({ name: 'E', degree: 5, betweenness: 0.4, meetings: 2 });
    const tie = back.edges('person:A', 'person:B')[0]!;
    expect(back.getEdgeAttributes(tie)).toMatchObject({ weight: 1.75, meetings: 3, first: '2021-01-01', last: '2021-05-01' });
  });
});

describe('pictures', () => {
  const scene = networkScene(seeds, seedsAnalysis, { seed: 1 });

  it('lays out the same picture for the same seed', () => {
    expect(networkScene(seeds, seedsAnalysis, { seed: 1 })).toEqual(scene);
  });

  it('sizes people by weighted degree and colours them by community', () => {
    const node = (name: string) => scene.nodes.find((candidate) => candidate.name === name)!;
    expect(node('蔡奇').radius).toBe(22);
    expect(node('雷海潮').radius).toBeLessThan(node('魏小东').radius);
    expect(node('蔡奇').colour).toBe('#4e79a7');
    expect(node('文献').colour).toBe('#e15759');
    for (const { x, y } of scene.nodes) {
      expect(x).toBeGreaterThanOrEqual(40);
      expect(x).toBeLessThanOrEqual(1200 - 110);
      expect(y).toBeGreaterThanOrEqual(90);
      expect(y).toBeLessThanOrEqual(900 - 40);
    }
    expect(scene.edges.at(-1)!.width).toBe(6);
  });

  it('svg: one circle and one name per person, one line per tie, names escaped', () => {
    const svg = renderSvg(scene, { title: '共同出席 <seeds>' });
    expect(svg.match(/<circle /g)).toHaveLength(10);
    expect(svg.match(/<line /g)).toHaveLength(21);
    expect(svg).toContain('>蔡奇</text>');
    expect(svg).toContain('共同出席 &#60;seeds&#62;');
  });

  it('png: Chinese names are drawn with the bundled font, not left blank', () => {
    const ink = (svg: string): number => {
      const image = rasterise(svg);
      let dark = 0;
      for (let at = 0; at < image.pixels.length; at += 4) if (image.pixels[at]! < 128) dark++;
      return dark;
    };
    const text = (content: string): string =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="#fff"/><text x="10" y="40" font-size="32" font-family="'Noto Sans CJK SC', sans-serif">${content}</text></svg>`;
    expect(ink(text('蔡奇陈吉宁'))).toBeGreaterThan(500);
    expect(ink(text(''))).toBe(0);
    const png = renderPng(renderSvg(scene));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(900);
  });
});
