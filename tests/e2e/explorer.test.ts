// The explorer end to end: real Neo4j loaded from seeds/, real server, Debian's Chromium. Every test
// also asserts the page logged no errors. Screenshots go to test-artifacts/.
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterLoad, clickableEdge, clickElement, downloadOf, graphSummary, leadingNumber, pointOf, setRange } from './page-helpers.ts';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS, openExplorer, shot, startStack, type Stack } from './stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('explorer', () => {
  it('search "Johansson" shows her neighbourhood and details; double-click expands, Hide hides, Esc clears', async () => {
    const { page, problems } = await openExplorer(stack);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('Johansson');
    await page.waitForSelector('.search-result[data-id="person:ylva-johansson"]');
    await afterLoad(page, () => page.keyboard.press('Enter'));
    const g = await graphSummary(page);
    expect(await page.evaluate(() => (window as any).atlas.store.state.mode)).toBe('focus');
    expect(await page.evaluate(() => (window as any).atlas.cy.getElementById('person:ylva-johansson').length)).toBe(1);
    expect(g.nodes).toBeGreaterThan(3);
    await page.waitForSelector('.details[data-entity="person:ylva-johansson"]');
    expect(await page.textContent('.panel h2')).toContain('Johansson');
    await shot(page, 'entity-focus-johansson');

    // Double-click expands a neighbour; the graph grows and keeps what was there.
    const neighbour = await page.evaluate(() => {
      const cy = (window as any).atlas.cy;
      return cy.getElementById('person:ylva-johansson').neighborhood('node[label = "Country"]').max((n: any) => n.degree()).ele.id();
    });
    const at = await pointOf(page, neighbour);
    await afterLoad(page, () => page.mouse.dblclick(at.x, at.y));
    const grown = await graphSummary(page);
    expect(grown.nodes).toBeGreaterThan(g.nodes);
    expect(await page.evaluate(() => (window as any).atlas.store.state.expanded)).toContain(neighbour);
    await shot(page, 'entity-focus-expanded');

    // Select a node, Hide removes it; Esc clears the selection.
    await page.evaluate((id) => { (window as any).atlas.cy.getElementById(id).select(); }, neighbour);
    await page.click('[data-action="hide"]');
    expect((await graphSummary(page)).visibleNodes).toBe(grown.visibleNodes - 1);
    expect(await page.evaluate(() => (window as any).atlas.store.state.hidden)).toContain(neighbour);
    await page.evaluate(() => { (window as any).atlas.cy.nodes(':visible')[0].select(); });
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => (window as any).atlas.cy.elements(':selected').length)).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('who met whom: narrowing the time range shows fewer meetings; an edge lists its meetings', async () => {
    const { page, problems } = await openExplorer(stack);
    const all = await leadingNumber(page, '#network-count');
    const before = await graphSummary(page);
    expect(all).toBeGreaterThan(10);
    expect(await page.locator('.histogram rect').count()).toBeGreaterThan(12);
    // Usable at 1280x720: nothing scrolls sideways and every view tab is reachable.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
    expect(await page.evaluate(() => { const m = document.getElementById('modes')!; return m.scrollWidth <= m.clientWidth; })).toBe(true);
    await afterLoad(page, () => setRange(page, '#range-from', 0.85));
    const narrowed = await leadingNumber(page, '#network-count');
    expect(narrowed).toBeLessThan(all);
    expect(narrowed).toBeGreaterThan(0);
    expect((await graphSummary(page)).edges).toBeLessThan(before.edges);
    const shownWindow: { from?: string } = await page.evaluate(() => (window as any).atlas.store.state.window);
    expect(shownWindow.from).toMatch(/^\d{4}-\d{2}$/);
    await clickElement(page, await clickableEdge(page));
    await page.waitForSelector('.details.tie .meetings li blockquote');
    expect(await page.locator('.details.tie .meetings li').count()).toBeGreaterThan(0);
    await shot(page, 'who-met-whom-narrowed');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('agreements: selecting an instrument opens its timeline', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="agreements"]'));
    const g = await graphSummary(page);
    expect(g.labels.Instrument).toBeGreaterThan(0);
    const id = await page.evaluate(() => {
      const cy = (window as any).atlas.cy;
      return cy.nodes('[label = "Instrument"][latestStage]').max((n: any) => n.degree()).ele.id();
    });
    await clickElement(page, id);
    await page.waitForSelector(`.timeline[data-instrument="${id}"]`);
    expect(await page.locator('.timeline .steps li').count()).toBeGreaterThan(0);
    expect(await page.textContent('.timeline .steps li blockquote')).not.toBe('');
    await shot(page, 'agreements-timeline');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('exports PNG, SVG (plain and slide-ready), GraphML, JSON, GEXF and CSV of what the screen shows', async () => {
    const { page, problems } = await openExplorer(stack);
    const hideId = await page.evaluate(() => (window as any).atlas.cy.nodes()[0].id());
    await page.evaluate((id) => (window as any).atlas.run('hide', { ids: [id] }), hideId);
    const shown = (await graphSummary(page)).visibleNodes;
    await page.click('#export-menu summary');

    const png = await downloadOf(page, () => page.click('[data-action="export-png"]'));
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(png.bytes.length).toBeGreaterThan(5_000);

    const svg = await downloadOf(page, () => page.click('[data-action="export-svg"]'));
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    const svgOk = await page.evaluate((t) => new DOMParser().parseFromString(t, 'image/svg+xml').getElementsByTagName('parsererror').length === 0, svgText);
    expect(svgOk).toBe(true);

    const graphml = await downloadOf(page, () => page.click('[data-action="export-graphml"]'));
    const parsed = parseGraphML(Graph, graphml.bytes.toString('utf8'));
    expect(parsed.order).toBe(shown);
    expect(parsed.hasNode(hideId)).toBe(false);

    const json = JSON.parse((await downloadOf(page, () => page.click('[data-action="export-json"]'))).bytes.toString('utf8'));
    expect(json.elements.nodes).toHaveLength(shown);
    expect(json.elements.nodes[0].position).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    const gexf = parseGexf(Graph, (await downloadOf(page, () => page.click('[data-action="export-gexf"]'))).bytes.toString('utf8'));
    expect(gexf.order).toBe(shown);
    const csv = (await downloadOf(page, () => page.click('[data-action="export-csv"]'))).bytes.toString('utf8');
    expect(csv.split('\n')[0]).toMatch(/^source,source_name,target,target_name/);

    await page.check('#export-slide');
    const slideSvg = (await downloadOf(page, () => page.click('[data-action="export-svg"]'))).bytes.toString('utf8');
    expect(slideSvg).toContain('Who met whom');
    expect(slideSvg).toMatch(/Sources \(\d+\):/);
    expect(slideSvg).toContain('EU institutions');
    const slidePng = await downloadOf(page, () => page.click('[data-action="export-png"]'));
    expect(slidePng.bytes.subarray(0, 4).toString('hex')).toBe('89504e47');
    expect(slidePng.bytes.length).toBeGreaterThan(png.bytes.length / 4);
    writeFileSync(join(ARTIFACTS, 'export-slide.png'), slidePng.bytes);
    writeFileSync(join(ARTIFACTS, 'export-slide.svg'), slideSvg);
    // The slide SVG must render on its own, outside the explorer: draw it in a blank page.
    const viewer = await page.context().newPage();
    await viewer.setViewportSize({ width: 1600, height: 900 });
    await viewer.setContent(slideSvg.replace(/^<\?xml[^>]*>/, ''));
    await shot(viewer, 'export-slide-svg-rendered');
    await viewer.close();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a permalink reloads the same view: mode, filters, window, hidden, selection, positions', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => setRange(page, '#range-from', 0.7));
    await afterLoad(page, () => page.selectOption('#filter-planned', 'exclude'));
    const [hideId, selectId] = await page.evaluate(() => (window as any).atlas.cy.nodes().map((n: any) => n.id()).slice(0, 2));
    await page.evaluate((id) => (window as any).atlas.run('hide', { ids: [id] }), hideId);
    await page.evaluate((id) => { (window as any).atlas.cy.getElementById(id).select(); }, selectId);
    const url = (await page.evaluate(() => (window as any).atlas.run('permalink'))) as string;
    const read = (p: typeof page) => p.evaluate(() => {
      const { cy, store } = (window as any).atlas;
      const { positions: _p, zoom: _z, ...rest } = store.state;
      const pos: Record<string, [number, number]> = {};
      cy.nodes().forEach((n: any) => { pos[n.id()] = [n.position('x'), n.position('y')]; });
      return { rest, pos, zoom: cy.zoom(), pan: cy.pan(), visible: cy.nodes(':visible').map((n: any) => n.id()).sort() };
    });
    const a = await read(page);
    await shot(page, 'permalink-before');
    const again = await openExplorer(stack, new URL(url).hash);
    const b = await read(again.page);
    await shot(again.page, 'permalink-after');
    expect(b.rest).toEqual(a.rest);
    expect(b.visible).toEqual(a.visible);
    expect(Object.keys(b.pos).sort()).toEqual(Object.keys(a.pos).sort());
    for (const [id, [x, y]] of Object.entries(a.pos)) {
      expect(Math.abs(b.pos[id][0] - x)).toBeLessThan(0.5);
      expect(Math.abs(b.pos[id][1] - y)).toBeLessThan(0.5);
    }
    expect(b.zoom).toBeCloseTo(a.zoom, 3);
    expect(b.rest.hidden).toContain(hideId);
    expect(b.rest.selection).toContain(selectId);
    expect([...problems, ...again.problems]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('presentation mode hides the panels; Esc leaves it; wide screens get the room', async () => {
    const { page, problems } = await openExplorer(stack, '', { width: 1920, height: 1080 });
    await page.keyboard.press('p');
    expect(await page.evaluate(() => document.body.classList.contains('presentation'))).toBe(true);
    expect(await page.isVisible('#sidebar')).toBe(false);
    await shot(page, 'presentation-wide');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.body.classList.contains('presentation'))).toBe(false);
    await shot(page, 'who-met-whom-wide');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
