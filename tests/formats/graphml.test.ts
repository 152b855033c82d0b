// The shared GraphML writer: what goes in comes back through an independent reader (graphology-graphml),
// whatever the characters, with typed keys and the graph's direction.
import Graph from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { graphmlText, type GraphmlGraph } from '../../formats/graphml.ts';

const graph = (directed: boolean): GraphmlGraph => ({
  id: 'Who met whom, 2021 & after',
  directed,
  nodes: [
    { id: 'person:a', attributes: { name: "Ylva's <team> & \"co\"", x: 1.5, curated: true } },
    { id: 'country:b', attributes: { name: 'Bell\u0007 and form\u000Cfeed', x: -2, curated: false } },
  ],
  edges: [{ id: 'met:1', source: 'person:a', target: 'country:b', attributes: { weight: 3, meetingIds: 'm1;m2' } }],
});

describe('GraphML writer', () => {
  const back = parse(Graph, graphmlText(graph(false)));
  const rows: [string, (g: Graph) => unknown, unknown][] = [
    ['nodes and edges', (g) => [g.order, g.size], [2, 1]],
    ['markup characters survive', (g) => g.getNodeAttribute('person:a', 'name'), "Ylva's <team> & \"co\""],
    ['characters XML cannot carry are dropped, not written', (g) => g.getNodeAttribute('country:b', 'name'), 'Bell and formfeed'],
    ['numbers are numbers', (g) => g.getNodeAttribute('country:b', 'x'), -2],
    ['booleans are booleans', (g) => g.getNodeAttribute('person:a', 'curated'), true],
    ['edge attributes', (g) => g.getEdgeAttribute('met:1', 'weight'), 3],
    ['undirected when asked', (g) => g.type, 'undirected'],
  ];
  for (const [what, read, expected] of rows) it(what, () => expect(read(back)).toEqual(expected));

  it('directed when asked', () => {
    expect(parse(Graph, graphmlText(graph(true))).type).toBe('directed');
  });

  it('a key whose values mix types is a string key', () => {
    const mixed = graph(false);
    mixed.nodes[1].attributes.x = 'left';
    expect(graphmlText(mixed)).toContain('attr.name="x" attr.type="string"');
  });
});
