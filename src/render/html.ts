import type { Analysis } from '../analyse/metrics.js';
import type { MeetingTable } from '../analyse/meetings.js';
import type { CoattendGraph } from '../analyse/project.js';
import { embeddedFontFace, FONT_STACK } from './font.js';
import type { Scene } from './scene.js';
import { renderSvg } from './svg.js';

/** The data the explorer page embeds: people with their meetings, ties, and the meetings themselves. */
export interface ExplorerData {
  title: string;
  weighting: string;
  people: { id: string; name: string; community: number; colour: string; degree: number; weightedDegree: number; betweenness: number | null; meetings: number[] }[];
  ties: { a: number; b: number; meetings: number; weight: number; first: string | null; last: string | null }[];
  meetings: { title: string | null; date: string | null }[];
}

export function explorerData(projection: CoattendGraph, analysis: Analysis, table: MeetingTable, scene: Scene, title: string): ExplorerData {
  const colours = new Map(scene.nodes.map((node) => [node.key, node.colour]));
  const index = new Map<string, number>();
  const people: ExplorerData['people'] = projection.mapNodes((key, attributes) => {
    index.set(key, index.size);
    const metrics = analysis.people[key]!;
    return { id: key, name: attributes.name, community: metrics.community, colour: colours.get(key)!, ...pick(metrics), meetings: [] };
  });
  const used = new Map<number, number>();
  const meetings: ExplorerData['meetings'] = [];
  for (let m = 0; m < table.meetings.length; m++) {
    const start = table.offsets[m]!;
    const end = table.offsets[m + 1]!;
    if (end - start < 2) continue;
    for (let i = start; i < end; i++) {
      const person = index.get(table.people[table.members[i]!]!.key);
      if (person === undefined) continue;
      if (!used.has(m)) {
        used.set(m, meetings.length);
        meetings.push({ title: table.meetings[m]!.title, date: table.meetings[m]!.date });
      }
      people[person]!.meetings.push(used.get(m)!);
    }
  }
  const ties: ExplorerData['ties'] = projection.mapEdges((_edge, attributes, source, target) => ({
    a: index.get(source)!,
    b: index.get(target)!,
    meetings: attributes.meetings,
    weight: Number(attributes.weight.toPrecision(6)),
    first: attributes.first,
    last: attributes.last,
  }));
  return { title, weighting: projection.getAttribute('weighting'), people, ties, meetings };
}

function pick(metrics: Analysis['people'][string]): { degree: number; weightedDegree: number; betweenness: number | null } {
  return {
    degree: metrics.degree,
    weightedDegree: Number(metrics.weightedDegree.toPrecision(6)),
    betweenness: metrics.betweenness === null ? null : Number(metrics.betweenness.toPrecision(4)),
  };
}

const UI_TEXT = '共同出席网络搜索人物关系会议次数权重首次最近社区度中介中心性未选择点击或输入姓名查看其共同出席者及背后的会议无日期0123456789-–·：，。（）()';

/**
 * One self-contained page to explore the network: the picture, a search box, and for the chosen person their
 * ties, strongest first, each opening onto the meetings behind it. Script, style, data and the glyphs of the
 * names are all inline; the page loads nothing.
 */
export async function renderHtml(scene: Scene, data: ExplorerData): Promise<string> {
  const glyphs = new Set([...UI_TEXT, ...data.title, ...data.people.flatMap((person) => [...person.name])]);
  for (const meeting of data.meetings) for (const character of meeting.title ?? '') glyphs.add(character);
  const fontFace = await embeddedFontFace([...glyphs].join(''));
  const svg = renderSvg(scene);
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>
${fontFace}
body{margin:0;font-family:${FONT_STACK};color:#1f2933;background:#f5f7fa;display:flex;height:100vh}
#network{flex:1;min-width:0;background:#fff;overflow:hidden}
#network svg{width:100%;height:100%}
#network circle{cursor:pointer}
#network .dim{opacity:.12}
#panel{width:380px;padding:16px;overflow:auto;border-left:1px solid #d9e2ec;box-sizing:border-box}
h1{font-size:20px;margin:0 0 12px}
#search{width:100%;font:inherit;font-size:16px;padding:6px 8px;box-sizing:border-box}
#matches{list-style:none;padding:0;margin:4px 0 12px}
#matches li{padding:4px 6px;cursor:pointer}
#matches li:hover{background:#e4e7eb}
.swatch{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:6px}
#person h2{font-size:18px;margin:8px 0 4px}
.stats{color:#52606d;font-size:13px;margin-bottom:8px}
details{border-top:1px solid #e4e7eb;padding:4px 0}
summary{cursor:pointer}
.tie-count{float:right;color:#52606d}
details ul{margin:4px 0 4px 18px;padding:0;font-size:13px}
</style>
</head>
<body>
<div id="network">${svg}</div>
<div id="panel">
<h1>${escapeHtml(data.title)}</h1>
<input id="search" type="search" placeholder="搜索人物" autocomplete="off">
<ul id="matches"></ul>
<div id="person"><p class="stats">未选择人物：点击或输入姓名，查看其共同出席者及背后的会议。</p></div>
</div>
<script id="data" type="application/json">${json}</script>
<script>
${EXPLORER_SCRIPT}
</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const EXPLORER_SCRIPT = String.raw`
const data = JSON.parse(document.getElementById('data').textContent);
const byId = new Map(data.people.map((person, index) => [person.id, index]));
const tiesOf = data.people.map(() => []);
data.ties.forEach((tie) => { tiesOf[tie.a].push(tie); tiesOf[tie.b].push(tie); });
const search = document.getElementById('search');
const matches = document.getElementById('matches');
const panel = document.getElementById('person');

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach((child) => node.append(child));
  return node;
}

function swatch(person) {
  return element('span', { class: 'swatch', style: 'background:' + person.colour });
}

function sharedMeetings(a, b) {
  const other = new Set(data.people[b].meetings);
  return data.people[a].meetings.filter((meeting) => other.has(meeting)).map((meeting) => data.meetings[meeting])
    .sort((x, y) => (y.date || '').localeCompare(x.date || ''));
}

function highlight(index) {
  const keep = new Set([data.people[index].id]);
  tiesOf[index].forEach((tie) => { keep.add(data.people[tie.a].id); keep.add(data.people[tie.b].id); });
  const me = data.people[index].id;
  document.querySelectorAll('#network [data-id]').forEach((node) => node.classList.toggle('dim', !keep.has(node.dataset.id)));
  document.querySelectorAll('#network line').forEach((line) => line.classList.toggle('dim', line.dataset.a !== me && line.dataset.b !== me));
}

function show(index) {
  const person = data.people[index];
  const ties = tiesOf[index].slice().sort((x, y) => y.weight - x.weight || y.meetings - x.meetings);
  panel.replaceChildren(
    element('h2', null, swatch(person), person.name),
    element('p', { class: 'stats' }, '社区 ' + person.community + ' · 关系 ' + person.degree + ' · 加权度 ' + person.weightedDegree + ' · 中介中心性 ' + (person.betweenness ?? '—')),
    ...ties.map((tie) => {
      const other = tie.a === index ? tie.b : tie.a;
      const meetings = sharedMeetings(index, other);
      return element('details', { 'data-person': data.people[other].id },
        element('summary', null, swatch(data.people[other]), data.people[other].name,
          element('span', { class: 'tie-count' }, tie.meetings + ' 次 · ' + data.weighting + ' ' + tie.weight)),
        element('div', { class: 'stats' }, '首次 ' + (tie.first || '无日期') + ' · 最近 ' + (tie.last || '无日期')),
        element('ul', null, ...meetings.map((meeting) => element('li', null, (meeting.date || '无日期') + ' ' + (meeting.title || '会议')))));
    }));
  highlight(index);
}

search.addEventListener('input', () => {
  const query = search.value.trim();
  const found = query === '' ? [] : data.people.map((person, index) => [person, index]).filter(([person]) => person.name.includes(query)).slice(0, 20);
  matches.replaceChildren(...found.map(([person, index]) => {
    const item = element('li', { 'data-id': person.id }, swatch(person), person.name);
    item.addEventListener('click', () => show(index));
    return item;
  }));
  if (found.length === 1 || (found.length > 0 && found[0][0].name === query)) show(found[0][1]);
});

document.querySelectorAll('#network circle, #network text').forEach((node) => {
  node.addEventListener('click', () => show(byId.get(node.dataset.id)));
});
`;
