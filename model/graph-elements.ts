// The one graph shape of the API (docs/api-contract.md), in Cytoscape's element format: nodes
// `{data: {id, label, name, ...}}`, edges `{data: {id, source, target, type, ...}}`. The server builds it
// (server/graph/elements.ts) and the explorer draws it (explorer/src/api/types.ts re-exports it); the
// named optional fields are the ones the explorer styles and sizes by, the rest pass through.
import type { InstrumentKind, InstrumentStage, Side } from './graph-model.ts';

export interface NodeData {
  id: string;
  /** The model label (Person, Institution, Country, Instrument, Meeting, ...), never `Entity`. */
  label: string;
  name: string;
  side?: Side;
  /** An instrument's kind (agreement, partnership, ...); other entities may carry a kind of their own. */
  kind?: InstrumentKind | string;
  latestStage?: InstrumentStage;
  degree?: number;
  centrality?: number;
  mentionCount?: number;
  [key: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  weight?: number;
  meetingIds?: string[];
  planned?: boolean;
  sources?: string[];
  [key: string]: unknown;
}

export interface Elements {
  /** `position` only on answers laid out by the server or a saved view. */
  nodes: { data: NodeData; position?: { x: number; y: number } }[];
  edges: { data: EdgeData }[];
}
