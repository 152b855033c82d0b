// Autocomplete over /api/search for any input: debounced, cancellable, arrow keys + Enter.
import type { Api } from '../api/client.ts';
import { isAbort } from '../api/api-error.ts';
import type { SearchResult } from '../api/types.ts';
import { clear, h } from './dom.ts';

/** Wait after the last keystroke before asking the server, so typing a name is one request. */
const DEBOUNCE_MS = 150;
/** Suggestions shown. */
const SUGGESTIONS = 10;

export function attachSearch(input: HTMLInputElement, list: HTMLElement, api: Api, onPick: (r: SearchResult) => void, types?: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctrl: AbortController | null = null;
  let results: SearchResult[] = [];
  let active = -1;

  const close = () => { list.hidden = true; active = -1; };
  const pick = (r: SearchResult) => { close(); input.value = r.name; onPick(r); };
  const paint = () => {
    clear(list, results.map((r, i) => h('li', {
      role: 'option', class: `search-result${i === active ? ' active' : ''}`, 'data-id': r.id, 'aria-selected': String(i === active),
      onmousedown: (ev: Event) => { ev.preventDefault(); pick(r); },
    }, h('span', { class: `type type-${r.type}` }, r.type), ' ', h('strong', {}, r.name), r.context ? h('small', {}, ` ${r.context}`) : null)));
    list.hidden = false;
  };

  const query = async (q: string) => {
    ctrl?.abort();
    ctrl = new AbortController();
    try {
      const res = await api.search(q, ctrl.signal, { limit: SUGGESTIONS, types });
      results = res.results;
      active = results.length ? 0 : -1;
      if (results.length === 0) clear(list, h('li', { class: 'search-empty' }, `Nothing found for “${q}”. Try a surname, a country or an acronym.`));
      else paint();
      list.hidden = false;
    } catch (err) {
      if (isAbort(err)) return;
      clear(list, h('li', { class: 'search-empty' }, `Search failed: ${err instanceof Error ? err.message : String(err)}`));
      list.hidden = false;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) { close(); return; }
    timer = setTimeout(() => void query(q), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (ev) => {
    if (list.hidden || results.length === 0) return;
    if (ev.key === 'ArrowDown') { active = (active + 1) % results.length; paint(); ev.preventDefault(); }
    else if (ev.key === 'ArrowUp') { active = (active - 1 + results.length) % results.length; paint(); ev.preventDefault(); }
    else if (ev.key === 'Enter' && active >= 0) { pick(results[active]); ev.preventDefault(); }
    else if (ev.key === 'Escape') { close(); input.blur(); }
  });
  input.addEventListener('blur', close);
}
