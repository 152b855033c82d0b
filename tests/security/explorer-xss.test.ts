// Entity names, a document title and a document text carrying HTML and script, written through the real
// writer, shown by the real explorer in Chromium: no dialog opens, no injected handler runs, the
// strings are visible literally (search results, details panel, document reader), and the served CSP
// blocks an inline script injected into the page.
import { createHash } from 'node:crypto';
import pino from 'pino';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocument } from '../../ingest/write/write-document.ts';
import type { DocumentExtraction, ExtractedEntity } from '../../model/extraction.ts';
import { startServer, type RunningServer } from '../../server/start-server.ts';
import { ensureExplorerBuilt } from '../e2e/explorer-build.ts';
import { afterLoad, clickElement } from '../e2e/page-helpers.ts';
import { openExplorer, waitIdle, type Stack } from '../e2e/stack.ts';
import { resetDatabase, testDriver } from '../setup/test-db.ts';

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
/** Each payload sets a flag and opens a dialog if it ever runs. */
const IMG = '<img src=x onerror="window.__xss=1;alert(1)">';
const SCRIPT = '<script>window.__xss=2;alert(2)</script>';
const SVG = '<svg onload="window.__xss=3;alert(3)">';
const TITLE = `Report ${SVG} "quoted" & <b>bold</b>`;

const johansson: ExtractedEntity = { id: 'person:ylva-johansson', type: 'Person', name: 'Ylva Johansson', aliases: ['Johansson'], side: 'eu', curated: true };
const evilBody: ExtractedEntity = { id: 'institution:xss-img', type: 'Institution', name: IMG, aliases: [], side: 'unknown', curated: false };
const evilPerson: ExtractedEntity = { id: 'person:xss-script', type: 'Person', name: SCRIPT, aliases: [], side: 'unknown', curated: false };

function hostileDocument(): { x: DocumentExtraction; text: string } {
  const sentence = `Ylva Johansson met ${IMG} and ${SCRIPT} in Brussels on 20 January 2023.`;
  const text = `${sentence} ${SVG} closed the meeting.`;
  const at = (s: string) => text.indexOf(s);
  const span = (s: string, entityId: string) => ({ entityId, start: at(s), end: at(s) + s.length, text: s, sentence: 0, resolvedBy: 'name' as const });
  const x: DocumentExtraction = {
    doc: { id: 'doc:xss', file: 'xss.txt', title: TITLE, date: { iso: '2023-01-20', precision: 'day', text: '20 January 2023' }, place: SVG,
      hash: createHash('sha256').update(text).digest('hex'), words: text.split(/\s+/).length, chars: text.length },
    sections: [],
    sentences: [{ index: 0, start: 0, end: sentence.length, text: sentence, section: -1, tableRow: false }],
    entities: [johansson, evilBody, evilPerson],
    mentions: [span('Ylva Johansson', johansson.id), span(IMG, evilBody.id), span(SCRIPT, evilPerson.id)],
    unlinked: [],
    meetings: [{ id: 'doc:xss#meeting-0', date: { iso: '2023-01-20', precision: 'day', text: '20 January 2023' }, place: 'Brussels', placeId: null,
      participants: [johansson.id, evilBody.id, evilPerson.id], kind: 'meeting', planned: false, title: `Meeting with ${IMG}`,
      start: 0, end: sentence.length, sentence }],
    instrumentEvents: [], holdings: [],
  };
  return { x, text };
}

let server: RunningServer;
let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  await ensureExplorerBuilt();
  await resetDatabase();
  const { x, text } = hostileDocument();
  await writeDocument(testDriver(), x, text);
  server = await startServer({ driver: testDriver(), port: 0, logger: pino({ level: 'silent' }), signals: false });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  stack = { server, browser, close: async () => {} };
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Dialogs are dismissed and recorded: any one is a failure. */
function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  return dialogs;
}
const injectedRan = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null);

describe('hostile names in the explorer', () => {
  it('search results, the graph and the details panel show the names as text', async () => {
    const { page } = await openExplorer(stack);
    const dialogs = watchDialogs(page);
    await page.fill('#search', 'Johansson');
    await page.waitForSelector('.search-result[data-id="person:ylva-johansson"]');
    await afterLoad(page, () => page.press('#search', 'Enter'));
    const names = await page.evaluate(() => (window as any).atlas.cy.nodes().map((n: any) => n.data('name')));
    expect(names).toEqual(expect.arrayContaining([IMG, SCRIPT]));

    await clickElement(page, evilBody.id);
    await page.waitForSelector(`.details[data-entity="${evilBody.id}"]`);
    expect(await page.textContent('.panel h2')).toBe(IMG);
    expect(await page.locator('.panel img, .panel script, .panel svg[onload]').count()).toBe(0);
    const panelText = await page.textContent('.panel');
    expect(panelText).toContain(SCRIPT); // the co-participant, listed by name
    expect(await injectedRan(page)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('a search for the markup itself lists it literally', async () => {
    const { page } = await openExplorer(stack);
    const dialogs = watchDialogs(page);
    await page.fill('#search', 'script alert');
    await page.waitForSelector(`.search-result[data-id="${evilPerson.id}"]`);
    expect(await page.textContent(`.search-result[data-id="${evilPerson.id}"]`)).toContain(SCRIPT);
    expect(await page.locator('.search-results script, .search-results img').count()).toBe(0);
    expect(await injectedRan(page)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.context().close();
  });

  it('the document reader shows the text and its highlighted mentions literally', async () => {
    const { page } = await openExplorer(stack);
    const dialogs = watchDialogs(page);
    await afterLoad(page, () => page.evaluate(() => (window as any).atlas.run('open-document', { id: 'doc:xss' })));
    const reader = (await page.textContent('#doc-reader')) ?? '';
    expect(reader).toContain(IMG);
    expect(reader).toContain(SCRIPT);
    expect(reader).toContain(SVG);
    expect(await page.locator('#doc-reader img, #doc-reader script, #doc-reader svg').count()).toBe(0);
    const marked = await page.locator('#doc-reader mark.mention').allTextContents();
    expect(marked).toEqual(expect.arrayContaining([IMG, SCRIPT])); // highlighted spans hold the markup as text
    expect(await injectedRan(page)).toBeNull();
    expect(dialogs).toEqual([]);
    await page.context().close();
  });
});

describe('content security policy', () => {
  it('is sent with the page and blocks inline script injected into it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs = watchDialogs(page);
    const res = await page.goto(`${server.url}/`);
    const csp = res!.headers()['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await waitIdle(page);
    // The page's own scripts loaded (CSP allows 'self'); injected ones must not run.
    const outcome = await page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      const s = document.createElement('script');
      s.textContent = 'window.__xss = 10; alert(10)';
      document.body.appendChild(s);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.__xss = 11; alert(11)">';
      document.body.appendChild(holder);
      const a = document.createElement('a');
      a.href = 'javascript:window.__xss = 12';
      document.body.appendChild(a);
      a.click();
      await new Promise((r) => setTimeout(r, 300));
      return { xss: (window as unknown as { __xss?: number }).__xss ?? null, violations };
    });
    expect(outcome.xss).toBeNull();
    expect(outcome.violations.length).toBeGreaterThanOrEqual(2);
    expect(outcome.violations.every((v) => v.startsWith('script-src'))).toBe(true);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
