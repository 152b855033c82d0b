// The shape every view has: its sidebar controls and how it loads its graph.
import type { AppContext } from '../app/context.ts';
import type { Mode } from '../state/view-state.ts';

export interface View {
  mode: Mode;
  label: string;
  /** Sidebar controls; rebuilt each time the view is shown. */
  controls(ctx: AppContext): HTMLElement;
  /** Fetches and shows the view's graph. Must stop when `signal` aborts. */
  load(ctx: AppContext, signal: AbortSignal): Promise<void>;
}

/** Human form of a time window for titles and slides. */
export function windowCaption(w: { from?: string; to?: string }, fallback?: { from: string | null; to: string | null }): string {
  const from = w.from ?? fallback?.from ?? undefined;
  const to = w.to ?? fallback?.to ?? undefined;
  if (!from && !to) return 'All dates';
  return `${from ?? '…'} – ${to ?? '…'}`;
}

/** Titles of the documents behind the edges on screen; all documents when edges do not say. */
export function sourcesOf(ctx: AppContext): string[] {
  const ids = new Set<string>();
  ctx.cy.edges(':visible').forEach((e) => {
    for (const s of (e.data('sources') as string[] | undefined) ?? []) ids.add(s);
  });
  const list = ids.size > 0 ? [...ids] : [...ctx.documents.keys()];
  return list.map((id) => ctx.documents.get(id) ?? id).sort();
}
