// How the agreements view draws an instrument: shape by kind, border by how far it has come.
// Data, not code: add a kind or stage in model/graph-model.ts and the type checker asks for it here.
import type { InstrumentKind, InstrumentStage } from '../../../model/graph-model.ts';

export const KIND_SHAPE: Record<InstrumentKind, string> = {
  agreement: 'diamond',
  arrangement: 'round-diamond',
  partnership: 'pentagon',
  declaration: 'star',
  plan: 'rhomboid',
  dialogue: 'octagon',
  programme: 'barrel',
  law: 'concave-hexagon',
};

export type StageGroup = 'early' | 'agreed' | 'in_force' | 'stopped';

export const STAGE_GROUP: Record<InstrumentStage, StageGroup> = {
  proposed: 'early', mandate: 'early', negotiation: 'early',
  initialled: 'agreed', concluded: 'agreed', signed: 'agreed', ratified: 'agreed',
  entered_into_force: 'in_force', amended: 'in_force', evaluated: 'in_force', implemented: 'in_force', launched: 'in_force',
  suspended: 'stopped', ended: 'stopped',
};

/** Border that marks the latest stage; the legend explains it. */
export const STAGE_BORDER: Record<StageGroup, { caption: string; style: 'dashed' | 'solid' | 'double' | 'dotted'; width: number }> = {
  early: { caption: 'Proposed / in negotiation', style: 'dashed', width: 3 },
  agreed: { caption: 'Concluded / signed', style: 'solid', width: 4 },
  in_force: { caption: 'In force / implemented', style: 'double', width: 7 },
  stopped: { caption: 'Suspended / ended', style: 'dotted', width: 3 },
};

/** Fill that marks the latest stage, so it shows at overview zoom where borders are hairlines.
 * Okabe-Ito colours apart from the side colours of parties; instruments with no known stage keep
 * the instrument colour of the model. */
export const STAGE_FILL: Record<StageGroup, string> = {
  early: '#F0E442',
  agreed: '#CC79A7',
  in_force: '#7B3294',
  stopped: '#BBBBBB',
};

export function stageCaption(stage: string | null | undefined): string {
  return stage ? stage.replace(/_/g, ' ') : 'no stage known';
}
