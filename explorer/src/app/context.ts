// What every view and action gets: the graph, the view state, the API and the screen regions.
import type { Core } from 'cytoscape';
import type { Api } from '../api/client.ts';
import type { Store } from '../state/store.ts';
import type { ActionRegistry } from '../actions/registry.ts';
import type { StatusView } from '../ui/status.ts';
import type { Mode } from '../state/view-state.ts';

export interface ViewMeta {
  title: string;
  dateRange: string;
  sources: string[];
}

export interface AppContext {
  cy: Core;
  store: Store;
  api: Api;
  actions: ActionRegistry;
  status: StatusView;
  dom: { sidebar: HTMLElement; panel: HTMLElement; legend: HTMLElement; docReader: HTMLElement; search: HTMLInputElement };
  /** Document id -> title, loaded once, for source lists. */
  documents: Map<string, string>;
  /** Title/date range/sources of what is on screen, for slide exports. */
  meta: ViewMeta;
  /** Switches view (and records it in the state). */
  show(mode: Mode): Promise<void>;
  /** Reloads the current view from the server with the current state. */
  reload(): Promise<void>;
  /** Opens the details panel for an entity. */
  openEntity(id: string): Promise<void>;
  /** Writes positions, selection and viewport into the state and the URL. */
  persist(): void;
}
