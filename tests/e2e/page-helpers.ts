// Small helpers for driving the explorer page: wait for the next view load, read the graph, click
// a graph element where it is drawn, and catch a download.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Runs `act` and waits until the view host has finished a load that started after it. */
export async function afterLoad(page: Page, act: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(() => (window as any).atlas.loads as number);
  await act();
  await page.waitForFunction((n) => (window as any).atlas.loads > n && document.body.dataset.loading === 'false', before);
  await page.evaluate(() => (window as any).atlas.idle());
}

export interface GraphSummary { nodes: number; edges: number; visibleNodes: number; labels: Record<string, number> }

export function graphSummary(page: Page): Promise<GraphSummary> {
  return page.evaluate(() => {
    const cy = (window as any).atlas.cy;
    const labels: Record<string, number> = {};
    cy.nodes().forEach((n: any) => { labels[n.data('label')] = (labels[n.data('label')] ?? 0) + 1; });
    return { nodes: cy.nodes().length, edges: cy.edges().length, visibleNodes: cy.nodes(':visible').length, labels };
  });
}

/** Where a node or edge is drawn on the page, after panning it to the middle of the view, as a user
 * would before clicking it: the legend, the graph tools and the status bar overlay the view's borders,
 * and the layout can put the element under one of them (the same instrument lands at x = 69, 593 or 598
 * of a 680 px view between runs). Throws, naming it, if something still covers the element there. */
export async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  const at = await page.evaluate((elId) => {
    const cy = (window as any).atlas.cy;
    const el = cy.getElementById(elId);
    cy.center(el);
    const box = cy.container().getBoundingClientRect();
    const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    const x = box.left + p.x, y = box.top + p.y;
    // What a click would land on: the graph's canvas, or (named, for the failure) what covers it.
    const hit = document.elementFromPoint(x, y);
    const covering = hit && !cy.container().contains(hit) ? (hit.id ? `#${hit.id}` : hit.tagName.toLowerCase()) : null;
    return { x, y, covering };
  }, id);
  if (at.covering) throw new Error(`${id} is drawn under ${at.covering} even in the middle of the view; a click there would not reach it.`);
  return { x: at.x, y: at.y };
}

/** Clicks a node or edge where it is drawn (pointOf). */
export async function clickElement(page: Page, id: string): Promise<void> {
  const at = await pointOf(page, id);
  await page.mouse.click(at.x, at.y);
}

/** Heaviest edge whose midpoint is clear of nodes, so a click lands on the edge (clickElement pans it
 * clear of the overlays first). */
export function clickableEdge(page: Page): Promise<string> {
  return page.evaluate(() => {
    const cy = (window as any).atlas.cy;
    const clear = (e: any) => {
      const m = e.renderedMidpoint();
      return cy.nodes(':visible').every((n: any) => {
        const p = n.renderedPosition();
        return Math.hypot(p.x - m.x, p.y - m.y) > n.renderedWidth() / 2 + 12;
      });
    };
    const candidates = cy.edges(':visible').filter(clear);
    if (candidates.empty()) throw new Error('no edge is clear of nodes to click');
    return candidates.max((e: any) => e.data('weight') ?? 1).ele.id();
  });
}

/** The first number in an element's text, e.g. "412 meetings · …" -> 412. */
export async function leadingNumber(page: Page, selector: string): Promise<number> {
  const text = (await page.textContent(selector)) ?? '';
  const m = text.match(/\d+/);
  if (!m) throw new Error(`no number in ${selector}: "${text}"`);
  return Number(m[0]);
}

export async function downloadOf(page: Page, act: () => Promise<unknown>): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), act()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(path) };
}

/** Sets a range input and fires `change`, as releasing the slider does. */
export async function setRange(page: Page, selector: string, fraction: number): Promise<void> {
  await page.evaluate(([sel, f]) => {
    const el = document.querySelector(sel as string) as HTMLInputElement;
    el.value = String(Math.round(Number(el.max) * (f as number)));
    el.dispatchEvent(new Event('input'));
    el.dispatchEvent(new Event('change'));
  }, [selector, fraction] as const);
}
