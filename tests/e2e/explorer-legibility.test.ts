// Legibility at 1280x720 end to end: few labels at overview zoom and more when zoomed in, node
// size by a chosen centrality, agreements with sizeable instruments and stage fills, compare
// periods opening on windows that hold meetings. Screenshots go to test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ALWAYS_LABELLED, LABELLED_INSTRUMENTS, LABELLED_PARTIES } from '../../explorer/src/graph/decorate.ts';
import { STAGE_FILL, STAGE_GROUP } from '../../explorer/src/graph/instrument-style.ts';
import { afterLoad } from './page-helpers.ts';
import { openExplorer, shot, startStack, type Stack } from './stack.ts';

let stack: Stack;
beforeAll(async () => { stack = await startStack(); });
afterAll(async () => { await stack?.close(); });

/** Nodes in the viewport whose label cytoscape draws at the current zoom (min-zoomed-font-size). */
function drawnLabels(page: Page): Promise<number> {
  return page.evaluate(() => {
    const cy = (window as any).atlas.cy;
    const ext = cy.extent();
    return cy.nodes(':visible').filter((n: any) => {
      const p = n.position();
      if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2 || !n.data('display')) return false;
      return parseFloat(n.style('font-size')) * cy.zoom() >= parseFloat(n.style('min-zoomed-font-size'));
    }).length;
  });
}

const sizes = (page: Page) => page.evaluate(() => {
  const out: Record<string, [number, number, number]> = {};
  (window as any).atlas.cy.nodes().forEach((n: any) => { out[n.id()] = [n.data('size'), n.position('x'), n.position('y')]; });
  return out;
});

describe('explorer legibility', () => {
  it('who met whom: only the top hubs are labelled at overview, more once zoomed in', async () => {
    const { page, problems } = await openExplorer(stack);
    const overview = await drawnLabels(page);
    expect(overview).toBeGreaterThan(0);
    expect(overview).toBeLessThanOrEqual(ALWAYS_LABELLED.max);
    await shot(page, 'legibility-meetings-overview');
    // Zoom to natural size on the biggest hub: its neighbours' labels appear.
    await page.evaluate(() => {
      const cy = (window as any).atlas.cy;
      const hub = cy.nodes().max((n: any) => n.degree()).ele;
      cy.zoom({ level: 1.2, position: hub.position() });
      cy.center(hub);
    });
    // Once zooming settles the hub labels drop back to their natural size (same as any label).
    await page.waitForFunction(() => {
      const cy = (window as any).atlas.cy;
      const plain = cy.nodes('[!major]').first();
      return cy.nodes('[?major]').every((n: any) => n.style('font-size') === plain.style('font-size'));
    });
    expect(await drawnLabels(page)).toBeGreaterThan(overview);
    await shot(page, 'legibility-meetings-zoomed');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('node size by betweenness changes sizes, keeps the layout, and travels in the permalink', async () => {
    const { page, problems } = await openExplorer(stack);
    const before = await sizes(page);
    await afterLoad(page, () => page.selectOption('#size-by', 'betweenness'));
    const after = await sizes(page);
    const ids = Object.keys(before);
    const resized = ids.filter((id) => Math.abs(after[id][0] - before[id][0]) > 0.5).length;
    expect(resized).toBeGreaterThan(ids.length / 4);
    for (const id of ids) {
      expect(Math.abs(after[id][1] - before[id][1])).toBeLessThan(0.5);
      expect(Math.abs(after[id][2] - before[id][2])).toBeLessThan(0.5);
    }
    expect(await page.evaluate(() => (window as any).atlas.store.state.sizeBy)).toBe('betweenness');
    await shot(page, 'legibility-size-by-betweenness');
    const url = (await page.evaluate(() => (window as any).atlas.run('permalink'))) as string;
    const again = await openExplorer(stack, new URL(url).hash);
    expect(await again.page.inputValue('#size-by')).toBe('betweenness');
    const reopened = await sizes(again.page);
    for (const id of ids) expect(reopened[id][0]).toBeCloseTo(after[id][0], 3);
    expect([...problems, ...again.problems]).toEqual([]);
    await page.context().close();
    await again.page.context().close();
  });

  it('agreements at 1280x720: instruments big enough to see, main ones labelled, stage as fill', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="agreements"]'));
    const r = await page.evaluate(() => {
      const cy = (window as any).atlas.cy;
      const inst = cy.nodes('[label = "Instrument"]');
      const widths = inst.map((n: any) => n.renderedWidth()).sort((a: number, b: number) => a - b);
      const fills: Record<string, string> = {};
      inst.filter('[latestStage]').forEach((n: any) => { fills[n.data('latestStage')] = n.style('background-color'); });
      return {
        median: widths[Math.floor(widths.length / 2)],
        majorInstruments: inst.filter('[?major]').length,
        majorParties: cy.nodes('[label != "Instrument"][?major]').length,
        parties: cy.nodes('[label != "Instrument"]').length,
        fills,
      };
    });
    // Instruments used to be dots at this screen size until zoomed.
    expect(r.median).toBeGreaterThanOrEqual(12);
    expect(r.majorInstruments).toBe(LABELLED_INSTRUMENTS);
    expect(r.majorParties).toBe(Math.min(LABELLED_PARTIES, r.parties));
    const hex = (c: string) => `#${(c.match(/\d+/g) ?? []).slice(0, 3).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(Object.keys(r.fills).length).toBeGreaterThan(1);
    for (const [stage, fill] of Object.entries(r.fills)) expect(hex(fill)).toBe(STAGE_FILL[STAGE_GROUP[stage as keyof typeof STAGE_GROUP]].toUpperCase());
    expect(await page.textContent('#legend')).toContain('Latest stage');
    await shot(page, 'legibility-agreements-overview');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('compare periods opens on two windows from the histogram that both hold meetings', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="compare"]'));
    const compare = await page.evaluate(() => (window as any).atlas.store.state.compare);
    for (const w of [compare.a, compare.b]) {
      expect(w.from).toMatch(/^\d{4}-\d{2}$/);
      expect(w.to >= w.from).toBe(true);
    }
    expect(compare.b.from > compare.a.to).toBe(true);
    expect(await page.inputValue('#compare-a-from')).toBe(compare.a.from);
    const [nw, lost, cont] = ((await page.textContent('#network-count')) ?? '').match(/\d+/g)!.map(Number);
    // Ties of period A are lost or continuing; of period B new or continuing: both must have some.
    expect(lost + cont).toBeGreaterThan(0);
    expect(nw + cont).toBeGreaterThan(0);
    await shot(page, 'legibility-compare-defaults');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
