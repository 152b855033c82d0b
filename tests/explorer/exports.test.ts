// File exports parse back with independent readers and hold exactly what the view showed.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { parse as parseGexf } from 'graphology-gexf';
import { toGraphML } from '../../explorer/src/export/graphml.ts';
import { toGexf } from '../../explorer/src/export/gexf.ts';
import { toCsv } from '../../explorer/src/export/csv.ts';
import { toJson } from '../../explorer/src/export/json.ts';
import { fixtureSnapshot } from './fixture-view.ts';

describe('GraphML export', () => {
  const g = parseGraphML(Graph, toGraphML(fixtureSnapshot()));
  const rows: [string, (graph: Graph) => unknown, unknown][] = [
    ['node count', (x) => x.order, 3],
    ['edge count', (x) => x.size, 2],
    ['name with quotes and ampersand survives', (x) => x.getNodeAttribute('institution:frontex', 'name'), 'Frontex & Co <EU>'],
    ['non-ASCII name survives', (x) => x.getNodeAttribute('country:turkey', 'name'), 'Türkiye, "the Republic"'],
    ['positions travel', (x) => [x.getNodeAttribute('person:ylva-johansson', 'x'), x.getNodeAttribute('person:ylva-johansson', 'y')], [10.5, -20.25]],
    ['weight is a number', (x) => x.getEdgeAttribute('met:1', 'weight'), 3],
    ['meeting ids are joined', (x) => x.getEdgeAttribute('met:1', 'meetingIds'), 'm1;m2;m3'],
    ['display helpers are left out', (x) => x.getNodeAttribute('person:ylva-johansson', 'size'), undefined],
  ];
  for (const [what, read, expected] of rows) it(what, () => expect(read(g)).toEqual(expected));
});

describe('GEXF export', () => {
  const g = parseGexf(Graph, toGexf(fixtureSnapshot()));
  const rows: [string, (graph: Graph) => unknown, unknown][] = [
    ['node count', (x) => x.order, 3],
    ['edge count', (x) => x.size, 2],
    ['label is the name', (x) => x.getNodeAttribute('person:ylva-johansson', 'label'), 'Ylva Johansson'],
    ['entity type kept', (x) => x.getNodeAttribute('country:turkey', 'entityType'), 'Country'],
    ['x position', (x) => x.getNodeAttribute('country:turkey', 'x'), 100],
  ];
  for (const [what, read, expected] of rows) it(what, () => expect(read(g)).toEqual(expected));
});

describe('CSV export', () => {
  const csv = toCsv(fixtureSnapshot());
  const [edgeTable, nodeTable] = csv.split('\n\n');
  it('has one row per edge plus a header, ends named', () => {
    const lines = edgeTable.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0].startsWith('source,source_name,target,target_name')).toBe(true);
    expect(lines[1]).toContain('Ylva Johansson');
  });
  it('quotes cells with commas and quotes', () => {
    expect(nodeTable).toContain('"Türkiye, ""the Republic"""');
  });
});

describe('JSON export', () => {
  it('is cytoscape elements with positions and the view meta', () => {
    const j = JSON.parse(toJson(fixtureSnapshot()));
    expect(j.elements.nodes).toHaveLength(3);
    expect(j.elements.nodes[0].position).toEqual({ x: 10.5, y: -20.25 });
    expect(j.elements.nodes[0].data.size).toBeUndefined();
    expect(j.sources).toEqual(['Council note', 'Press release']);
  });
});
