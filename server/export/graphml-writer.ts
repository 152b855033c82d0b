// GraphML text from a graphology graph: its nodes and edges with their attributes, through the shared
// writer (formats/graphml.ts); graphology-graphml reads the file back.
import type Graph from 'graphology';
import { graphmlText } from '../../formats/graphml.ts';

export function writeGraphml(graph: Graph): string {
  return graphmlText({
    id: 'G',
    directed: graph.type !== 'undirected',
    nodes: graph.mapNodes((id, attributes) => ({ id, attributes })),
    edges: graph.mapEdges((id, attributes, source, target) => ({ id, source, target, attributes })),
  });
}
