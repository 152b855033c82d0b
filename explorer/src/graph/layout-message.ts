// What the main thread and the layout worker (layout-worker.ts) say to each other. Positions travel
// as one Float64Array (x, y per node in request order), transferred rather than copied.

export interface LayoutRequest {
  job: number;
  /** Node ids in request order (the worker lays out 1x1 nodes: no stylesheet, see layout-worker.ts). */
  nodes: { id: string }[];
  edges: { source: string; target: string }[];
  /** fcose from scratch (true), or refining `positions` (false: a graph grown by expand). */
  randomize: boolean;
  positions?: Float64Array;
}

export type LayoutReply =
  | { job: number; ok: true; positions: Float64Array; ms: number }
  | { job: number; ok: false; message: string };
