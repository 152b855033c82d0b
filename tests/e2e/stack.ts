// The real stack for e2e tests: the run's Neo4j (vitest global setup), emptied and loaded from
// seeds/ with the real extractor, the real server on a free port serving the built explorer, and
// Debian's Chromium.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';
import { ensureExplorerBuilt } from './explorer-build.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ARTIFACTS = join(ROOT, 'test-artifacts');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
/** The smallest screen the explorer promises to be usable on. */
export const SMALL_SCREEN = { width: 1280, height: 720 };

export interface Stack { server: RunningServer; browser: Browser; close(): Promise<void> }

export async function startStack(): Promise<Stack> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await ensureExplorerBuilt();
  const driver = testDriver();
  await resetDatabase(driver);
  const summary = await ingestPaths(driver, [join(ROOT, 'seeds')]);
  if (summary.failed || summary.documents.ingested === 0) {
    throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  }
  const server = await startServer({ driver, port: 0, logger: pino({ level: 'silent' }) });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server, browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenedPage { page: Page; problems: string[] }

/** Opens the explorer and records console errors, page errors and failed requests as problems. */
export async function openExplorer(stack: Stack, hash = '', viewport = SMALL_SCREEN): Promise<OpenedPage> {
  const context = await stack.browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  // Server errors are problems whatever the page does with them; the URL says which endpoint.
  page.on('response', (r) => { if (r.status() >= 500) problems.push(`http ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => {
    // Requests the explorer cancels itself (a newer filter replaced them) are not failures.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  await page.goto(`${stack.server.url}/${hash}`);
  await waitIdle(page);
  return { page, problems };
}

/** Waits until the view's load finished (the view host marks the body) and the atlas API exists. */
export async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { atlas?: unknown }).atlas !== undefined && document.body.dataset.loading === 'false');
  await page.evaluate(() => (window as unknown as { atlas: { idle(): Promise<void> } }).atlas.idle());
}

export async function shot(page: Page, name: string): Promise<string> {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}
