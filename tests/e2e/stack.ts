// The real stack for e2e tests: the run's Neo4j (vitest global setup), emptied and loaded from
// seeds/ with the real extractor, the real server on a free port serving the built explorer, and
// Debian's Chromium.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ingestPaths } from '../../ingest/ingest-paths.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { cypher } from '../../db/cypher-files.ts';
import { resetDatabase, testDriver, testUri } from '../setup/test-db.ts';
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
  await ensureSeeded(driver);
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

/** Where the fingerprint of the seeded graph is kept: one file per test Neo4j and run (a later run
 * may have changed the extractor, so it loads the seeds afresh). */
function seedMarkerPath(): string {
  const key = `${testUri()}-${inject('testRunId')}`.replace(/[^a-z0-9]+/gi, '-');
  return join(tmpdir(), `atlas-e2e-seeded-${key}.json`);
}

async function graphFingerprint(driver: Driver): Promise<string> {
  const rec = (await driver.executeQuery(cypher('test-graph-fingerprint'))).records[0];
  return `${rec.get('nodes')}/${rec.get('relationships')}`;
}

/**
 * Loads seeds/ into the run's Neo4j unless an earlier e2e file already did and the graph is unchanged
 * since (same node and relationship counts). Ingesting takes ~30 s, so the e2e files share one load;
 * any other test file that reset or changed the database in between makes the counts differ, and
 * then the seeds are loaded again from an empty database.
 */
async function ensureSeeded(driver: Driver): Promise<void> {
  const marker = seedMarkerPath();
  let recorded: string | undefined;
  try { recorded = readFileSync(marker, 'utf8'); } catch { recorded = undefined; }
  if (recorded && recorded === await graphFingerprint(driver)) {
    console.log(`[e2e] seeded graph unchanged (${recorded} nodes/relationships): not loading the seeds again`);
    return;
  }
  rmSync(marker, { force: true });
  await resetDatabase(driver);
  const summary = await ingestPaths(driver, [join(ROOT, 'seeds')]);
  if (summary.failed || summary.documents.ingested === 0) {
    throw new Error(`seed ingest failed: ${JSON.stringify(summary.skipped)}`);
  }
  writeFileSync(marker, await graphFingerprint(driver));
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
