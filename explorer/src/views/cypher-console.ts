// Read-only Cypher console: the server refuses writes; results show as a graph when they hold
// nodes or relationships, else (or on request) as a table.
import type { AppContext } from '../app/context.ts';
import { showElements } from '../graph/cy-setup.ts';
import { clear, h } from '../ui/dom.ts';
import type { View } from './view.ts';

/** What the console shows first: a query that works on any loaded corpus. */
const EXAMPLE_QUERY = 'MATCH (c:Country)-[r:PARTY_TO]->(i:Instrument)\nRETURN c, r, i LIMIT 80';

let asTable = false;

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const props = (o.properties ?? o) as Record<string, unknown>;
    return String(props.name ?? props.title ?? props.id ?? JSON.stringify(v));
  }
  return String(v);
}

function table(columns: string[], rows: unknown[]): HTMLElement {
  const cells = (r: unknown) => (Array.isArray(r) ? r : columns.map((c) => (r as Record<string, unknown>)[c]));
  return h('table', { class: 'table', id: 'cypher-table' },
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', {}, c)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, cells(r).map((v) => h('td', {}, cellText(v)))))));
}

export const cypherConsole: View = {
  mode: 'cypher',
  label: 'Cypher',

  controls(ctx) {
    const text = h('textarea', { id: 'cypher-query', rows: 9, spellcheck: false, 'aria-label': 'Cypher query' });
    text.value = ctx.store.state.query ?? EXAMPLE_QUERY;
    const run = () => { ctx.store.update({ query: text.value, positions: {} }); void ctx.reload(); };
    text.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(); } });
    return h('div', { class: 'controls' },
      h('h2', {}, 'Cypher console'),
      h('p', { class: 'hint' }, 'Read-only. Ctrl+Enter runs. Return nodes and relationships to see a graph.'),
      text,
      h('div', { class: 'row' },
        h('button', { type: 'button', id: 'cypher-run', onclick: run }, 'Run'),
        h('label', {}, h('input', { type: 'checkbox', checked: asTable, onchange: (ev: Event) => { asTable = (ev.target as HTMLInputElement).checked; run(); } }), ' Table')),
      h('p', { class: 'meta', id: 'network-count' }));
  },

  async load(ctx: AppContext, signal) {
    const query = ctx.store.state.query;
    const el = ctx.dom.docReader;
    if (!query) { el.hidden = true; ctx.cy.elements().remove(); ctx.status.empty('Write a query in the sidebar and press Run.'); return; }
    ctx.status.loading('query results');
    const res = await ctx.api.cypher(query, {}, signal);
    const count = document.getElementById('network-count');
    if (count) count.textContent = `${res.rows.length} rows in ${res.ms} ms${res.truncated ? ' (truncated: add a LIMIT)' : ''}`;
    ctx.meta = { title: 'Query result', dateRange: '', sources: [] };
    const hasGraph = !!res.elements && res.elements.nodes.length > 0;
    document.body.classList.toggle('table-result', !(hasGraph && !asTable));
    if (hasGraph && !asTable) {
      el.hidden = true;
      showElements(ctx.cy, res.elements!, ctx.store.state);
    } else {
      ctx.cy.elements().remove();
      clear(el, res.rows.length ? table(res.columns, res.rows) : h('p', {}, 'The query returned no rows.'));
      el.hidden = false;
    }
    ctx.status.clear();
  },
};
