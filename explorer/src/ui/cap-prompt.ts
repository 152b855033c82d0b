// The notice over a graph cut to its best-connected NODE_CAP nodes: how many are shown, how to narrow
// the view, and a "show all" button for a reader who wants the whole graph anyway.
import { h } from './dom.ts';

export const CAP_PROMPT_ID = 'graph-cap-prompt';

export function showCapPrompt(graphContainer: HTMLElement, info: { shown: number; total: number }, onShowAll: () => void): void {
  hideCapPrompt(graphContainer);
  const host = graphContainer.parentElement ?? graphContainer;
  const fmt = (n: number) => n.toLocaleString('en');
  const note = h('div', { id: CAP_PROMPT_ID, class: 'cap-prompt', role: 'status' },
    h('p', {}, `Showing the ${fmt(info.shown)} best-connected of ${fmt(info.total)} nodes. `,
      'Narrow the time window, pick a country or raise the minimum per tie to see the rest in a readable graph.'),
    h('button', { type: 'button', class: 'cap-show-all', onclick: () => { hideCapPrompt(graphContainer); onShowAll(); } }, `Show all ${fmt(info.total)} (slower)`),
    h('button', { type: 'button', class: 'cap-dismiss', 'aria-label': 'Dismiss', onclick: () => hideCapPrompt(graphContainer) }, '×'));
  host.append(note);
}

export function hideCapPrompt(graphContainer: HTMLElement): void {
  (graphContainer.parentElement ?? graphContainer).querySelector(`#${CAP_PROMPT_ID}`)?.remove();
}
