// View commands: switch mode, presentation mode, permalink, open a timeline or a document.
import type { AppContext } from '../app/context.ts';
import { encodeView } from '../state/permalink.ts';
import { MODES } from '../state/view-state.ts';
import { showTimeline } from '../views/timeline.ts';
import { scrollToOffset } from '../views/document-reader.ts';
import { applyStyle } from '../graph/cy-setup.ts';

export function setPresentation(ctx: AppContext, on: boolean): void {
  document.body.classList.toggle('presentation', on);
  (document.getElementById('exit-presentation') as HTMLElement).hidden = !on;
  applyStyle(ctx.cy, on);
  // Panels appear or vanish, so the canvas changes size.
  ctx.cy.resize();
}

export function registerViewActions(ctx: AppContext): void {
  const a = ctx.actions;
  for (const mode of MODES) a.register({ id: `mode-${mode}`, title: mode, run: () => ctx.show(mode) });
  a.register({
    id: 'presentation', title: 'Present', key: 'p', group: 'view',
    run: (args) => {
      const on = (args?.on as boolean | undefined) ?? !ctx.store.state.presentation;
      ctx.store.update({ presentation: on });
      setPresentation(ctx, on);
      ctx.cy.fit(ctx.cy.elements(':visible'), 30);
      ctx.persist();
      return on;
    },
  });
  a.register({
    id: 'permalink', title: 'Permalink', group: 'view',
    run: async () => {
      ctx.persist();
      const url = `${location.origin}${location.pathname}#${encodeView(ctx.store.state)}`;
      // Not awaited: a browser may hold the promise until the user grants clipboard access. The URL
      // bar carries the same link either way.
      navigator.clipboard?.writeText(url).catch(() => undefined);
      return url;
    },
  });
  a.register({
    id: 'open-timeline', title: 'Timeline',
    run: async (args) => showTimeline(ctx, String(args?.id)),
  });
  a.register({
    id: 'open-document', title: 'Open document',
    run: async (args) => {
      ctx.store.update({ docId: String(args?.id) });
      await ctx.show('document');
      if (typeof args?.start === 'number') scrollToOffset(ctx, args.start);
    },
  });
}
