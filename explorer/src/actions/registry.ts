// One registry of commands shared by the toolbar, the keyboard and tests (window.atlas.run).
export interface Action {
  id: string;
  title: string;
  /** Single key that runs it, as KeyboardEvent.key. */
  key?: string;
  /** Toolbar group; actions without a group are keyboard/test only. */
  group?: 'graph' | 'layout' | 'export' | 'view';
  run: (args?: Record<string, unknown>) => unknown;
}

export class ActionRegistry {
  private readonly actions = new Map<string, Action>();

  register(action: Action): void {
    if (this.actions.has(action.id)) throw new Error(`action "${action.id}" is registered twice; give it another id`);
    this.actions.set(action.id, action);
  }

  get(id: string): Action | undefined {
    return this.actions.get(id);
  }

  list(): Action[] {
    return [...this.actions.values()];
  }

  byKey(key: string): Action | undefined {
    return this.list().find((a) => a.key === key);
  }

  async run(id: string, args?: Record<string, unknown>): Promise<unknown> {
    const action = this.actions.get(id);
    if (!action) throw new Error(`no action "${id}"; known: ${[...this.actions.keys()].join(', ')}`);
    return action.run(args);
  }
}
