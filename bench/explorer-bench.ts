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

export interface ExplorerRun { nodes: number; edges: number; layoutMs: number; firstDrawMs: number; panFps: number }
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
    for (const n of sizes) {
      log(`explorer: ${n} nodes`);
      const r = await page.evaluate((size) => (window as unknown as { benchGraph(n: number): Promise<ExplorerRun> }).benchGraph(size), n);
      runs.push({ ...r, layoutMs: Math.round(r.layoutMs), firstDrawMs: Math.round(r.firstDrawMs), panFps: round(r.panFps, 1) });
    }
    return { runs, buildMs };
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
