// GraphML of the view on screen, through the shared writer (formats/graphml.ts): the facts of each node
// and edge, and layout positions as x/y so Gephi or yEd open the file as it looked on screen.
import { graphmlText } from '../../../formats/graphml.ts';
import { factAttributes, type ViewSnapshot } from './snapshot.ts';

export function toGraphML(view: ViewSnapshot): string {
  return graphmlText({
    id: view.title,
    directed: false,
    nodes: view.nodes.map((n) => ({ id: n.id, attributes: { ...factAttributes(n.data), x: n.x, y: n.y } })),
    edges: view.edges.map((e) => ({ id: e.id, source: e.source, target: e.target, attributes: factAttributes(e.data) })),
  });
}
