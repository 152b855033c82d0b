// The live view state plus change notification. Views write through `update`; the permalink follows.
import { defaultViewState, type ViewState } from './view-state.ts';

type Listener = (state: ViewState, prev: ViewState) => void;

export class Store {
  private current: ViewState;
  private listeners = new Set<Listener>();

  constructor(initial: ViewState = defaultViewState()) {
    this.current = initial;
  }

  get state(): ViewState {
    return this.current;
  }

  update(patch: Partial<ViewState> | ((s: ViewState) => Partial<ViewState>)): void {
    const prev = this.current;
    const delta = typeof patch === 'function' ? patch(prev) : patch;
    this.current = { ...prev, ...delta };
    for (const l of this.listeners) l(this.current, prev);
  }

  /** Replaces the state without notifying (used while restoring a permalink). */
  replace(state: ViewState): void {
    this.current = state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
