// Packages that ship without types, or parts of them; only what the explorer uses.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const ext: Ext;
  export default ext;
}
// graphology-gexf's writer on its own: its browser index also loads the parser, which needs DOMParser
// at import time; importing only the writer keeps export code loadable in tests.
declare module 'graphology-gexf/browser/writer.js' {
  import type Graph from 'graphology';
  function write(graph: Graph, options?: Record<string, unknown>): string;
  export = write;
}
