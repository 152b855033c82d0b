// Explorer: builds bench/explorer-page with Vite (the explorer's own graph code), serves it on loopback
// and measures, in headless Chromium, the layout and first frame for 500, 2,000 and 5,000 nodes and
// the frame rate of a pan.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { round } from './measure.ts';

/** The graph sizes. */
export const EXPLORER_SIZES = [500, 2_000, 5_000];
/** The browser the project's e2e tests use; playwright never downloads one here. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
/** One graph of 5,000 nodes in draft fcose may take a while on a loaded 2-core machine. */
const PAGE_TIMEOUT_MS = 300_000;
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** bench/explorer-page/graph-page.ts: `explorer` as it is (capped above NODE_CAP), `show-all` (the
 * reader chose to see every node), `before` (fcose on the main thread before the first frame). */
export type Variant = 'explorer' | 'show-all' | 'before';
export interface ExplorerRun {
  variant: Variant; nodes: number; drawnNodes: number; edges: number;
  /** First frame drawn; the page answers input from then on. */
  firstDrawMs: number;
  /** Final positions set (for `before` the layout ran before the first frame), and drawn. */
  layoutMs: number; layoutDrawnMs: number;
  /** Pan frame rate right after the first frame, while the layout may still be refining. */
  panFpsDuringLayout: number;
  /** Pan frame rate once the layout is final, over the fitted graph, after a second's quiet. */
  panFps: number;
}
/** The pan: a mouse drag across the empty canvas for this long, moves sent back to back. */
const PAN_MS = 2_000;
const PAN_STEP_PX = 3;
/** Quiet time after fitting and before the second pan, the same for every variant: cytoscape builds
 * its layer textures in idle frames after the positions change, and a reader looks before dragging. */
const SETTLE_BEFORE_PAN_MS = 1_000;
/** Each size as the explorer draws it and as it drew it before; 5,000 also uncapped. */
const RUNS_PER_SIZE = (n: number): Variant[] => (n > 3_000 ? ['explorer', 'show-all', 'before'] : ['explorer', 'before']);
export interface ExplorerFigures { runs: ExplorerRun[]; buildMs: number }

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').split('?')[0]));
    if (!path.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch { res.writeHead(404).end(); }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

export async function explorerBench(log: (m: string) => void, sizes = EXPLORER_SIZES): Promise<ExplorerFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bench-page-'));
  const t0 = performance.now();
  await build({
    configFile: false, logLevel: 'warn', root: fileURLToPath(new URL('./explorer-page/', import.meta.url)),
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
  const buildMs = Math.round(performance.now() - t0);
  const server = await serve(outDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
    const runs: ExplorerRun[] = [];
    type Drawn = Pick<ExplorerRun, 'variant' | 'nodes' | 'drawnNodes' | 'edges' | 'firstDrawMs'>;
    type W = { benchDraw(n: number, v: string): Promise<Drawn>; benchSettled(): Promise<{ layoutMs: number; layoutDrawnMs: number }>; benchFit(): Promise<void>; benchFrames(): number; benchDone(): void };
    // A real pan: press on a corner (the fitted graph leaves it empty) and drag; frames per second.
    const pan = async () => {
      await page.evaluate(() => (window as unknown as W).benchFrames());
      const t0 = performance.now();
      await page.mouse.move(8, 8);
      await page.mouse.down();
      for (let i = 1; performance.now() - t0 < PAN_MS; i++) await page.mouse.move(8 + ((i * PAN_STEP_PX) % 600), 8 + ((i * PAN_STEP_PX) % 300));
      await page.mouse.up();
      const seconds = (performance.now() - t0) / 1000;
      return round(await page.evaluate(() => (window as unknown as W).benchFrames()) / seconds, 1);
    };
    for (const n of sizes) {
      for (const variant of RUNS_PER_SIZE(n)) {
        log(`explorer: ${n} nodes (${variant})`);
        const r = await page.evaluate(([size, v]) => (window as unknown as W).benchDraw(size as number, v as string), [n, variant] as const);
        const panFpsDuringLayout = await pan();
        const settled = await page.evaluate(() => (window as unknown as W).benchSettled());
        await page.evaluate(() => (window as unknown as W).benchFit());
        await new Promise((ok) => setTimeout(ok, SETTLE_BEFORE_PAN_MS));
        const panFps = await pan();
        await page.evaluate(() => (window as unknown as W).benchDone());
        runs.push({
          ...r, variant, firstDrawMs: Math.round(r.firstDrawMs), layoutMs: Math.round(settled.layoutMs),
          layoutDrawnMs: Math.round(settled.layoutDrawnMs), panFpsDuringLayout, panFps,
        });
      }
    }
    return { runs, buildMs };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
