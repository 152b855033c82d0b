// Cytoscape elements, the one graph shape of the API (docs/api-contract.md): nodes `{data:{id,label,name,...}}`,
// edges `{data:{id,source,target,type,...}}`. Builders dedupe by id so queries may return a node twice.
import { ENTITY_LABEL, NODE_LABELS } from '../../model/graph-model.ts';
import type { EdgeData, Elements, NodeData } from '../../model/graph-elements.ts';
import type { PlainNode, PlainPath, PlainRelationship } from './neo4j-values.ts';

export type { EdgeData, Elements, NodeData };

/** The label a node is drawn as: its model label, not the shared `Entity` one. */
export function primaryLabel(labels: readonly string[]): string {
  return labels.find((l) => l !== ENTITY_LABEL && l in NODE_LABELS) ?? labels.find((l) => l !== ENTITY_LABEL) ?? labels[0] ?? 'Node';
}

/** Properties too big for a graph element (document text, alias search text, a hub's claims and document
 * ids) stay out of node data. */
const HEAVY_PROPERTIES = new Set(['text', 'aliasText', 'claims', 'docIds']);

export function nodeDataFrom(labels: readonly string[], props: Record<string, unknown>, fallbackId: string): NodeData {
  const label = primaryLabel(labels);
  const spec = (NODE_LABELS as Record<string, { captionProperty: string }>)[label];
  const caption = spec ? props[spec.captionProperty] : undefined;
  const data: NodeData = {
    id: String(props.id ?? fallbackId),
    label,
    name: String(caption ?? props.name ?? props.title ?? props.id ?? fallbackId),
  };
  for (const [k, v] of Object.entries(props)) {
    if (!(k in data) && !HEAVY_PROPERTIES.has(k) && v !== null) data[k] = v;
  }
  return data;
}

export class ElementsBuilder {
  private nodes = new Map<string, NodeData>();
  private edges = new Map<string, EdgeData>();

  addNode(data: NodeData): this {
    const seen = this.nodes.get(data.id);
    this.nodes.set(data.id, seen ? { ...seen, ...data } : data);
    return this;
  }

  addEdge(data: EdgeData): this {
    if (!this.edges.has(data.id)) this.edges.set(data.id, data);
    return this;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** Adds nodes, relationships and paths found anywhere in a console row. */
  addPlain(value: unknown, idByElementId: Map<string, string> = new Map()): this {
    const visit = (v: unknown): void => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) { v.forEach(visit); return; }
      const kind = (v as { $kind?: string }).$kind;
      if (kind === 'node') {
        const n = v as PlainNode;
        const data = nodeDataFrom(n.labels, n.properties, n.elementId);
        idByElementId.set(n.elementId, data.id);
        this.addNode(data);
      } else if (kind === 'relationship') {
        pendingRels.push(v as PlainRelationship);
      } else if (kind === 'path') {
        const p = v as PlainPath;
        p.nodes.forEach(visit);
        p.relationships.forEach(visit);
      } else {
        Object.values(v).forEach(visit);
      }
    };
    const pendingRels: PlainRelationship[] = [];
    visit(value);
    for (const r of pendingRels) {
      const source = idByElementId.get(r.startNodeElementId);
      const target = idByElementId.get(r.endNodeElementId);
      // A relationship whose ends are not in the result cannot be drawn; the rows still carry it.
      if (!source || !target) continue;
      this.addEdge({ ...r.properties, id: r.elementId, source, target, type: r.type });
    }
    return this;
  }

  build(): Elements {
    return {
      nodes: [...this.nodes.values()].map((data) => ({ data })),
      edges: [...this.edges.values()].filter((e) => this.nodes.has(e.source) && this.nodes.has(e.target)).map((data) => ({ data })),
    };
  }
}
