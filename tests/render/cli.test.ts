import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { coattendCommand } from '../../src/cli/commands/coattend.js';
import { goldSeedMeetings, meetingGraph } from '../analyse/fixture.js';

const directory = mkdtempSync(join(tmpdir(), 'huiyi-coattend-cli-'));
const graphFile = join(directory, 'graph.json');
writeFileSync(graphFile, JSON.stringify(meetingGraph(goldSeedMeetings()).export()));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
afterEach(() => {
  process.exitCode = undefined;
});

async function coattend(args: string[], isTerminal = false): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  let stdout = '';
  let stderr = '';
  const command = coattendCommand({ stdout: (data) => (stdout += String(data)), stderr: (text) => (stderr += text), isTerminal });
  command.exitOverride().configureOutput({ writeErr: (text) => (stderr += text), writeOut: (text) => (stdout += text) });
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch {
    return { stdout, stderr, exitCode: 1 };
  }
  return { stdout, stderr, exitCode: typeof process.exitCode === 'number' ? process.exitCode : 0 };
}

describe('huiyi coattend', () => {
  it('prints a table on a terminal and CSV into a pipe', async () => {
    const terminal = await coattend(['--graph', graphFile, '--top', '1'], true);
    expect(terminal.stdout.split('\n')[2]).toBe('蔡奇      陈吉宁           4      4  2021-08-07  2022-05-05');
    const piped = await coattend(['--graph', graphFile]);
    expect(piped.stdout.split('\n').slice(0, 2)).toEqual(['person_a,person_b,meetings,weight,first,last', '蔡奇,陈吉宁,4,4,2021-08-07,2022-05-05']);
    expect(piped.stderr).toBe('huiyi coattend: 10 people, 21 ties from 5 meetings\n');
    expect(terminal.stderr).toBe('huiyi coattend: 10 people, 21 ties, 2 communities from 5 meetings\n');
  });

  it('reads and extracts the five seed articles itself, and finds the ties of the issue', async () => {
    const examples = fileURLToPath(new URL('../../examples/articles', import.meta.url));
    const { stdout } = await coattend([examples, '--root', examples]);
    const count = (a: string, b: string): number | undefined => {
      const line = stdout.split('\n').find((row) => row.startsWith(`${a},${b},`) || row.startsWith(`${b},${a},`));
      return line === undefined ? undefined : Number(line.split(',')[2]);
    };
    expect([count('蔡奇', '陈吉宁'), count('蔡奇', '张延昆'), count('陈吉宁', '张延昆'), count('蔡奇', '李伟')]).toEqual([4, 4, 4, 3]);
    expect([count('蔡奇', '魏小东'), count('蔡奇', '雷海潮'), count('文献', '吴小杰'), count('蔡奇', '文献')]).toEqual([2, 1, 1, undefined]);
  });

  it('applies the filters, the weighting and the backbone', async () => {
    const { stdout } = await coattend(['--graph', graphFile, '--weight', 'jaccard', '--min', '3', '--from', '2021-01-01']);
    // 蔡奇, 陈吉宁, 张延昆 attended all four Beijing meetings; 李伟 three of them
    expect(stdout.trim().split('\n')).toEqual([
      'person_a,person_b,meetings,weight,first,last',
      '蔡奇,陈吉宁,4,1,2021-08-07,2022-05-05',
      '蔡奇,张延昆,4,1,2021-08-07,2022-05-05',
      '陈吉宁,张延昆,4,1,2021-08-07,2022-05-05',
      '蔡奇,李伟,3,0.75,2021-08-07,2022-05-05',
      '陈吉宁,李伟,3,0.75,2021-08-07,2022-05-05',
      '李伟,张延昆,3,0.75,2021-08-07,2022-05-05',
    ]);
    const chaoyang = await coattend(['--graph', graphFile, '--body', '朝阳区新冠肺炎疫情防控工作领导小组', '--role', 'chair,attendee']);
    expect(chaoyang.stdout.trim().split('\n')).toHaveLength(7);
    // Without the meeting of six, 蔡奇's circle: 蔡奇, 陈吉宁, 张延昆 3 meetings each pair, 李伟 2 with each of them,
    // 魏小东 1 with each. 魏小东's ties: α = (1 − 1/4)³ = 0.42 from his end, (1 − 1/9)³ = 0.70 from the others'.
    const backbone = await coattend(['--graph', graphFile, '--backbone', '0.4', '--person', '蔡奇', '--max-size', '5']);
    expect(backbone.stdout).not.toContain('魏小东');
    expect(backbone.stderr).toBe('huiyi coattend: 4 people, 6 ties from 4 meetings\n');
    const looser = await coattend(['--graph', graphFile, '--backbone', '0.45', '--person', '蔡奇', '--max-size', '5']);
    expect(looser.stderr).toBe('huiyi coattend: 5 people, 10 ties from 4 meetings\n');
  });

  it('writes the people with their community and centrality beside the ties (--nodes)', async () => {
    const nodes = join(directory, 'people.csv');
    await coattend(['--graph', graphFile, '--person', '文献', '--nodes', nodes, '-o', join(directory, 'ties.csv')]);
    expect(readFileSync(nodes, 'utf8').trim().split('\n')).toEqual([
      'id,person,meetings,community,degree,weighted_degree,betweenness',
      'person:文献,文献,1,0,3,3,0',
      'person:吴小杰,吴小杰,1,0,3,3,0',
      'person:陈宏志,陈宏志,1,0,3,3,0',
      'person:王旭,王旭,1,0,3,3,0',
    ]);
    expect(readFileSync(join(directory, 'ties.csv'), 'utf8').split('\n')).toHaveLength(8);
  });

  it('leaves betweenness out of large projections and says so', async () => {
    const nodes = join(directory, 'people-without-betweenness.csv');
    const { stderr } = await coattend(['--graph', graphFile, '--betweenness-limit', '9', '--nodes', nodes, '-o', join(directory, 'ties.csv')]);
    expect(stderr).toBe(
      'huiyi coattend: 10 people, 21 ties, 2 communities from 5 meetings\n' +
        'huiyi coattend: betweenness left out: 10 people, above --betweenness-limit 9\n',
    );
    expect(readFileSync(nodes, 'utf8').split('\n')[1]).toMatch(/^person:[^,]+,[^,]+,\d+,\d+,\d+,\d+,$/);
  });

  it('writes a self-contained html page and svg and png pictures', async () => {
    const html = join(directory, 'seeds.html');
    await coattend(['--graph', graphFile, '--format', 'html', '-o', html]);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<script id="data" type="application/json">');
    expect(page).toContain("@font-face{font-family:'Noto Sans CJK SC';src:url(data:font/woff2;base64,");
    expect(page).not.toMatch(/(src|href)="https?:/);
    const svg = await coattend(['--graph', graphFile, '--format', 'svg']);
    expect(svg.stdout).toContain('共同出席网络 · 10人 · 21条关系');
    const png = join(directory, 'seeds.png');
    await coattend(['--graph', graphFile, '--format', 'png', '-o', png]);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });

  it('says what is wrong, naming the file or the value', async () => {
    expect(await coattend(['--graph', join(directory, 'missing.json')])).toMatchObject({
      exitCode: 1,
      stderr: `huiyi coattend: ${join(directory, 'missing.json')}: cannot read graph (ENOENT)\n`,
    });
    expect(await coattend(['--graph', graphFile, '--person', '某人'])).toMatchObject({
      exitCode: 1,
      stderr: 'huiyi coattend: no person named 某人 has a tie in the selected meetings\n',
    });
    expect(await coattend([])).toMatchObject({ exitCode: 1, stderr: 'huiyi coattend: give article paths or --graph graph.json\n' });
    const badAlpha = await coattend(['--graph', graphFile, '--backbone', '2']);
    expect(badAlpha.stderr).toContain("option '--backbone <alpha>' argument '2' is invalid. expected a number between 0 and 1");
    const badRole = await coattend(['--graph', graphFile, '--role', 'speaker']);
    expect(badRole.stderr).toContain('expected chair, attendee, observer');
    const badDate = await coattend(['--graph', graphFile, '--from', '2021/01/01']);
    expect(badDate.stderr).toContain('expected a date YYYY-MM-DD');
  });
});
