// The other views end to end: paths, compare periods, document reader, Cypher console, error state.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterLoad, graphSummary } from './page-helpers.ts';
import { openExplorer, shot, startStack, type Stack } from './stack.ts';
import { testDriver } from '../setup/test-db.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

async function pick(page: import('playwright-core').Page, input: string, text: string): Promise<void> {
  await page.fill(input, text);
  await page.waitForSelector(`${input} + .search-results .search-result`);
  await page.press(input, 'Enter');
}

describe('explorer views', () => {
  it('paths: two entities, shortest paths highlighted', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="paths"]'));
    expect(await page.textContent('#status')).toMatch(/Choose both ends/);
    await afterLoad(page, () => pick(page, '#path-pathFrom', 'Johansson'));
    await afterLoad(page, () => pick(page, '#path-pathTo', 'Abiy Ahmed'));
    const highlighted = await page.evaluate(() => (window as any).atlas.cy.elements('.path').length);
    expect(highlighted).toBeGreaterThan(2);
    expect(await page.textContent('#network-count')).toMatch(/shortest path/);
    await shot(page, 'paths');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('compare periods: new, lost and continuing ties and centrality change', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="compare"]'));
    for (const [sel, v] of [['#compare-a-from', '2021-01'], ['#compare-a-to', '2021-12'], ['#compare-b-from', '2022-01'], ['#compare-b-to', '2022-12']]) {
      await afterLoad(page, () => page.fill(sel, v).then(() => page.dispatchEvent(sel, 'change')));
    }
    const text = (await page.textContent('#network-count')) ?? '';
    const [nw, lost, cont] = (text.match(/\d+/g) ?? []).map(Number);
    expect(nw + lost + cont).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as any).atlas.cy.edges('[diff = "new"]').length)).toBe(nw);
    expect(await page.textContent('.panel h2')).toBe('Centrality change');
    await shot(page, 'compare-periods');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('document reader: mentions highlighted; clicking one opens the entity', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="document"]'));
    expect(await page.locator('#doc-reader mark.mention').count()).toBeGreaterThan(10);
    const mark = page.locator('#doc-reader mark.mention[data-entity^="person:"]').first();
    const id = await mark.getAttribute('data-entity');
    await mark.click();
    await page.waitForSelector(`.details[data-entity="${id}"]`);
    await shot(page, 'document-reader');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('Cypher console: read-only query results as a graph and as a table', async () => {
    const { page, problems } = await openExplorer(stack);
    await afterLoad(page, () => page.click('[data-mode="cypher"]'));
    await afterLoad(page, () => page.click('#cypher-run'));
    const g = await graphSummary(page);
    const table = await page.locator('#cypher-table tbody tr').count();
    expect(g.nodes + table).toBeGreaterThan(0);
    await shot(page, 'cypher-console');
    await page.fill('#cypher-query', 'MATCH (n) DETACH DELETE n');
    await afterLoad(page, () => page.click('#cypher-run'));
    expect(await page.isVisible('#status[data-kind="error"]')).toBe(true);
    await shot(page, 'cypher-refused-write');
    // The refused write is a 4xx the page reports in its own status box; the browser logs the status too.
    expect(problems.filter((p) => !/status of 4\d\d/.test(p))).toEqual([]);
    await page.context().close();
  });

  it('an unknown entity in a link shows an error that says what to do', async () => {
    const { encodeView } = await import('../../explorer/src/state/permalink.ts');
    const { defaultViewState } = await import('../../explorer/src/state/view-state.ts');
    const hash = `#${encodeView({ ...defaultViewState(), mode: 'focus', focus: 'person:nobody-at-all' })}`;
    const { page, problems } = await openExplorer(stack, hash);
    expect(await page.isVisible('#status[data-kind="error"]')).toBe(true);
    const text = (await page.textContent('#status')) ?? '';
    expect(text).toMatch(/search/i);
    await shot(page, 'error-unknown-entity');
    expect(problems.filter((p) => !/status of 404/.test(p))).toEqual([]);
    await page.context().close();
  });

  it('entity names carrying HTML or script are shown as text, never run', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">Zzyzx <script>window.__pwned=2</script>Hostile';
    await testDriver().executeQuery(
      `CREATE (:Entity:Person {id: 'person:zzyzx-hostile', type: 'Person', name: $name, aliases: [$name], aliasText: $name,
        side: 'unknown', mentionCount: 0})`, { name: evil });
    const { page, problems } = await openExplorer(stack);
    await page.fill('#search', 'Zzyzx');
    // The full-text index catches up with the new node shortly after the commit.
    await page.waitForSelector('.search-result[data-id="person:zzyzx-hostile"]');
    expect(await page.textContent('.search-result[data-id="person:zzyzx-hostile"]')).toContain('<img src=x');
    expect(await page.locator('#search-results img, #search-results script').count()).toBe(0);
    await page.press('#search', 'Enter');
    await page.waitForSelector('.details[data-entity="person:zzyzx-hostile"]');
    expect(await page.textContent('.details h2')).toBe(evil);
    expect(await page.locator('#panel img, #panel script').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await shot(page, 'hostile-name-as-text');
    expect(problems).toEqual([]);
    await page.context().close();
    // Leave the shared seeded graph as found, so the next e2e file need not load the seeds again.
    await testDriver().executeQuery(`MATCH (n:Entity {id: 'person:zzyzx-hostile'}) DETACH DELETE n`);
  });
});
