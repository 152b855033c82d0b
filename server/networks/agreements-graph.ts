// Instruments and their parties: instrument nodes carry kind and latest stage, PARTY_TO edges point from
// party to instrument; nodes carry degree. Pure.
import type { Elements } from '../graph/elements.ts';
import { ElementsBuilder } from '../graph/elements.ts';
import type { InstrumentKind, InstrumentStage, Side } from '../../model/graph-model.ts';

/** As agreements-network.cypher returns them; sides, kinds and stages are the model's (the writer stores no others). */
interface NodeProps { id: string; name: string; label?: string; side?: Side | null; kind?: InstrumentKind | null; latestStage?: InstrumentStage | null; mentionCount?: number | null }

export interface AgreementRow {
  instrument: NodeProps;
  parties: { party: NodeProps; relId: string; docIds: string[] | null }[];
  steps: number;
  firstDate: string | null;
  lastDate: string | null;
}

function compact(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined));
}

export function agreementsGraph(rows: readonly AgreementRow[]): { elements: Elements } {
  const b = new ElementsBuilder();
  const degree = new Map<string, number>();
  for (const r of rows) {
    const i = r.instrument;
    b.addNode({ ...compact({ ...i }), id: i.id, label: 'Instrument', name: i.name, side: i.side ?? 'unknown',
      steps: r.steps, ...compact({ firstDate: r.firstDate, lastDate: r.lastDate }) });
    for (const { party, relId, docIds } of r.parties) {
      b.addNode({ ...compact({ ...party }), id: party.id, label: party.label ?? 'Entity', name: party.name, side: party.side ?? 'unknown' });
      b.addEdge({ id: relId, source: party.id, target: i.id, type: 'PARTY_TO', sources: docIds ?? [] });
      for (const end of [party.id, i.id]) degree.set(end, (degree.get(end) ?? 0) + 1);
    }
  }
  const elements = b.build();
  for (const n of elements.nodes) n.data.degree = degree.get(n.data.id) ?? 0;
  return { elements };
}
