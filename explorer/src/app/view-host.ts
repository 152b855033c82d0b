// Switches views: cancels the previous load, rebuilds the sidebar, shows loading/error states, and
// exposes a promise of the current load so tests and exports can wait for it.
import type { AppContext } from './context.ts';
import { isAbort } from '../api/api-error.ts';
import { layoutSettled } from '../graph/background-layout.ts';
import type { Mode } from '../state/view-state.ts';
import { clear } from '../ui/dom.ts';
import { renderLegend } from '../ui/legend-view.ts';
import type { View } from '../views/view.ts';

export class ViewHost {
  private ctrl: AbortController | null = null;
  current: Promise<void> = Promise.resolve();
  /** Number of loads completed, so a caller can tell a fresh view from the previous one. */
  loads = 0;

  constructor(private readonly ctx: AppContext, private readonly views: View[], private readonly onModeChange: (mode: Mode) => void) {}

  view(mode: Mode): View {
    const v = this.views.find((x) => x.mode === mode);
    if (!v) throw new Error(`no view for mode "${mode}"`);
    return v;
  }

  show(mode: Mode): Promise<void> {
    const changed = this.ctx.store.state.mode !== mode;
    if (changed) this.ctx.store.update({ mode, positions: {}, selection: [], zoom: undefined });
    this.onModeChange(mode);
    document.body.dataset.mode = mode;
    const v = this.view(mode);
    clear(this.ctx.dom.sidebar, v.controls(this.ctx));
    renderLegend(this.ctx.dom.legend, mode);
    if (mode !== 'document' && mode !== 'cypher') this.ctx.dom.docReader.hidden = true;
    return this.load();
  }

  reload(): Promise<void> {
    // Controls show counts and choices that depend on the state, so they are rebuilt too.
    const v = this.view(this.ctx.store.state.mode);
    clear(this.ctx.dom.sidebar, v.controls(this.ctx));
    return this.load();
  }

  private load(): Promise<void> {
    this.ctrl?.abort();
    const ctrl = new AbortController();
    this.ctrl = ctrl;
    const v = this.view(this.ctx.store.state.mode);
    document.body.dataset.loading = 'true';
    const run = async () => {
      try {
        await v.load(this.ctx, ctrl.signal);
        // A large graph is drawn and usable already; the load counts as done (and is persisted) once
        // its background layout has placed the nodes, so a permalink or export holds final positions.
        await layoutSettled(this.ctx.cy);
      } catch (err) {
        if (isAbort(err) || ctrl.signal.aborted) return;
        this.ctx.status.error(err, () => void this.load());
      } finally {
        if (this.ctrl === ctrl) {
          document.body.dataset.loading = 'false';
          this.loads += 1;
          document.body.dataset.loads = String(this.loads);
          this.ctx.persist();
        }
      }
    };
    this.current = run();
    return this.current;
  }
}
