// Large graphs in headless Chromium, drawn by the explorer's own createCy + showElements on the
// benchmark's synthetic network (no server needed): the first frame comes from the seed layout while
// fcose still runs in the worker, the refined positions replace the seeds once, end finite and on
// screen; above NODE_CAP a prompt offers to filter or show all. Orders of events, never timings.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_CAP, PROGRESSIVE_LAYOUT_MIN_NODES } from '../../explorer/src/graph/graph-size.ts';
import { CAP_PROMPT_ID } from '../../explorer/src/ui/cap-prompt.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
/** Drawing a few thousand nodes on a loaded 2-core machine takes a while. */
const PAGE_TIMEOUT_MS = 110_000;

let outDir: string;
let server: Server;
let browser: Browser;
let page: Page;
const problems: string[] = [];

type Drawn = { first: { pending: boolean; nodes: number }; layoutStops: number; moved: number; pendingAfter: boolean; drawn: number };
type LargeGraph = { draw(n: number): Promise<Drawn>; screen(): { width: number; height: number; points: { x: number; y: number }[] }; settled(): Promise<number> };
type W = { largeGraph: LargeGraph };

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'atlas-large-graph-'));
  await build({ configFile: false, logLevel: 'warn', root: fileURLToPath(new URL('./large-graph-page/', import.meta.url)), build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 } });
  server = await new Promise<Server>((ok) => {
    const s = createServer((req, res) => {
      const path = normalize(join(outDir, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]));
      let body: Buffer;
      try { body = readFileSync(path); } catch { res.writeHead(404).end(); return; }
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    });
    s.listen(0, '127.0.0.1', () => ok(s));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as unknown as { largeGraphReady?: boolean }).largeGraphReady === true);
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('explorer: large graphs', () => {
  it('draws the first frame from seed positions while the layout still runs, then applies it once', async () => {
    const n = 2000;
    expect(n).toBeGreaterThanOrEqual(PROGRESSIVE_LAYOUT_MIN_NODES);
    const r = await page.evaluate((size) => (window as unknown as W).largeGraph.draw(size), n);
    expect(r.first).toEqual({ pending: true, nodes: n });
    expect(r.pendingAfter).toBe(false);
    expect(r.layoutStops).toBe(1);
    // The refined layout, not the seed spiral, is what stays on screen.
    expect(r.moved).toBeGreaterThan(n * 0.9);
    // It ran in the layout worker, not in the main-thread fallback.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.includes('layout-worker')))).toBe(true);
    expect(await page.locator(`#${CAP_PROMPT_ID}`).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('ends with every node at a finite position inside the viewport', async () => {
    const s = await page.evaluate(() => (window as unknown as W).largeGraph.screen());
    expect(s.points.length).toBe(2000);
    for (const p of s.points) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(s.width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(s.height);
    }
  });

  it('a small graph is laid out before its first frame, as before', async () => {
    const r = await page.evaluate((size) => (window as unknown as W).largeGraph.draw(size), PROGRESSIVE_LAYOUT_MIN_NODES - 100);
    expect(r.first.pending).toBe(false);
    expect(r.layoutStops).toBe(1);
  });

  it(`above ${NODE_CAP} nodes shows the best-connected ones and a prompt; "show all" draws the rest`, async () => {
    const total = NODE_CAP + 500;
    const r = await page.evaluate((size) => (window as unknown as W).largeGraph.draw(size), total);
    expect(r.drawn).toBe(NODE_CAP);
    const prompt = page.locator(`#${CAP_PROMPT_ID}`);
    await expect.poll(() => prompt.isVisible()).toBe(true);
    const text = await prompt.innerText();
    expect(text).toContain(NODE_CAP.toLocaleString('en'));
    expect(text).toContain(total.toLocaleString('en'));
    expect(text).toMatch(/narrow|filter/i);
    await prompt.getByRole('button', { name: /show all/i }).click();
    expect(await page.evaluate(() => (window as unknown as W).largeGraph.settled())).toBe(total);
    expect(await prompt.count()).toBe(0);
    const s = await page.evaluate(() => (window as unknown as W).largeGraph.screen());
    expect(s.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
    expect(problems).toEqual([]);
  });
});
