// Keyboard: `/` focuses search, Esc clears selection (or leaves presentation), single keys run the
// action registered with that key — except while typing in a field.
import type { AppContext } from '../app/context.ts';

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.isContentEditable);

export function bindKeyboard(ctx: AppContext): void {
  document.addEventListener('keydown', (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.key === 'Escape') {
      if (ctx.store.state.presentation) void ctx.actions.run('presentation', { on: false });
      else void ctx.actions.run('clear-selection');
      if (typing(ev.target)) (ev.target as HTMLElement).blur();
      return;
    }
    if (typing(ev.target)) return;
    if (ev.key === '/') {
      ev.preventDefault();
      ctx.dom.search.focus();
      ctx.dom.search.select();
      return;
    }
    const action = ctx.actions.byKey(ev.key);
    if (action) { ev.preventDefault(); void action.run(); }
  });
}
