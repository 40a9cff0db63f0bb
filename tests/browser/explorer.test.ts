import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyse, collectMeetings, projectCoattendance } from '../../src/analyse/index.js';
import { explorerData, renderHtml } from '../../src/render/html.js';
import { networkScene } from '../../src/render/scene.js';
import { goldSeedMeetings, meetingGraph } from '../analyse/fixture.js';

// Debian's chromium (apt-get install chromium); playwright's own browser downloads are not used.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skip = !existsSync(chromiumPath) && process.env.CI !== 'true';
if (skip) console.warn(`tests/browser: skipped, no Chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);

describe.skipIf(skip)('the HTML explorer in headless Chromium', () => {
  const directory = mkdtempSync(join(tmpdir(), 'huiyi-explorer-'));
  const screenshot = process.env.HUIYI_SCREENSHOT ?? join(directory, 'explorer.png');
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];

  beforeAll(async () => {
    const graph = meetingGraph(goldSeedMeetings());
    const projection = projectCoattendance(graph);
    const analysis = analyse(projection, { seed: 1 });
    const scene = networkScene(projection, analysis, { seed: 1 });
    const html = await renderHtml(scene, explorerData(projection, analysis, collectMeetings(graph), scene, '共同出席网络 · 五篇样本'));
    const file = join(directory, 'seeds.html');
    writeFileSync(file, html);

    context = await chromium.launchPersistentContext(join(directory, 'profile'), {
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1400, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(pathToFileURL(file).href);
  });

  afterAll(async () => {
    await context?.close();
    if (!process.env.HUIYI_SCREENSHOT) rmSync(directory, { recursive: true, force: true });
  });

  it('draws every person and tie of the seeds', async () => {
    expect(await page.title()).toBe('共同出席网络 · 五篇样本');
    expect(await page.locator('#network circle').count()).toBe(10);
    expect(await page.locator('#network line').count()).toBe(21);
  });

  it('finds a person by part of the name and lists their ties, strongest first', async () => {
    await page.fill('#search', '蔡');
    expect(await page.locator('#matches li').allTextContents()).toEqual(['蔡奇']);
    await expect.poll(() => page.locator('#person h2').textContent()).toBe('蔡奇');
    const ties = await page.locator('#person details summary').allTextContents();
    expect(ties).toEqual([
      '陈吉宁4 次 · count 4',
      '张延昆4 次 · count 4',
      '李伟3 次 · count 3',
      '魏小东2 次 · count 2',
      '雷海潮1 次 · count 1',
    ]);
  });

  it('opens a tie onto the meetings behind it, latest first', async () => {
    const tie = page.locator('#person details[data-person="person:李伟"]');
    await tie.locator('summary').click();
    expect(await tie.locator('li').allTextContents()).toEqual([
      '2022-05-05 北京新冠肺炎疫情防控工作领导小组暨首都严格进京管理联防联控协调机制',
      '2021-08-09 北京新冠肺炎疫情防控工作领导小组',
      '2021-08-07 北京新冠肺炎疫情防控工作领导小组暨首都严格进京管理联防联控协调机制',
    ]);
    expect(await tie.locator('.stats').textContent()).toBe('首次 2021-08-07 · 最近 2022-05-05');
  });

  it('selects a person by clicking their node, and dims everyone outside their circle', async () => {
    await page.locator('#network circle[data-id="person:文献"]').click();
    expect(await page.locator('#person h2').textContent()).toBe('文献');
    expect(await page.locator('#network circle.dim').count()).toBe(6);
    expect(await page.locator('#network line:not(.dim)').count()).toBe(3);
    await page.screenshot({ path: screenshot });
    expect(existsSync(screenshot)).toBe(true);
  });

  it('loads nothing from the network: script, style, data and font are inline', () => {
    expect(requested.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
  });
});
