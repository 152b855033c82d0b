// Legend entries derived from model/graph-model.ts, shared by the on-screen legend and slide exports.
import { NODE_LABELS, SIDE_STYLE, type Side } from '../../../model/graph-model.ts';
import type { Mode } from '../state/view-state.ts';
import { KIND_SHAPE, STAGE_BORDER, STAGE_FILL, type StageGroup } from './instrument-style.ts';

export interface LegendEntry {
  caption: string;
  color: string;
  shape: string;
  border?: string;
}

const SIDE_ORDER: Side[] = ['eu', 'member_state', 'third_country', 'international', 'unknown'];

export function legendFor(mode: Mode): { title: string; entries: LegendEntry[] }[] {
  const sides = {
    title: 'Side',
    entries: SIDE_ORDER.map((s) => ({ caption: SIDE_STYLE[s].caption, color: SIDE_STYLE[s].color, shape: 'ellipse' })),
  };
  const types = {
    title: 'Type',
    entries: (['Person', 'Institution', 'Country'] as const).map((l) => ({
      caption: NODE_LABELS[l].caption, color: '#ffffff', shape: NODE_LABELS[l].style.shape, border: '#333333',
    })),
  };
  if (mode === 'agreements') {
    return [
      { title: 'Instrument kind', entries: Object.entries(KIND_SHAPE).map(([k, shape]) => ({ caption: k, color: '#ffffff', shape, border: '1px solid #333' })) },
      { title: 'Latest stage', entries: (Object.entries(STAGE_BORDER) as [StageGroup, (typeof STAGE_BORDER)[StageGroup]][]).map(([g, b]) => ({ caption: b.caption, color: STAGE_FILL[g], shape: 'round-rectangle', border: `${b.width}px ${b.style} #222` })) },
      sides,
    ];
  }
  if (mode === 'compare') {
    return [
      {
        title: 'Ties', entries: [
          { caption: 'New in period B', color: '#009E73', shape: 'line' },
          { caption: 'Lost since period A', color: '#D55E00', shape: 'line' },
          { caption: 'Continuing', color: '#777777', shape: 'line' },
        ],
      },
      sides,
    ];
  }
  return [sides, types];
}
