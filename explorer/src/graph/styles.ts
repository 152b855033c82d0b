// The cytoscape stylesheet, derived from model/graph-model.ts (shapes, colours by side) and
// instrument-style.ts. Presentation mode swaps in larger labels and higher contrast.
import { NODE_LABELS, SIDE_STYLE } from '../../../model/graph-model.ts';
import { KIND_SHAPE, STAGE_BORDER, STAGE_FILL, STAGE_GROUP } from './instrument-style.ts';

/** Label font size in pixels, normal and presentation. */
const FONT = { normal: 11, presentation: 15 };
/** On-screen font size below which minor labels are not drawn, so a big graph is not a text smear. */
const MIN_ZOOMED_FONT = 9;

/** Hub labels grow up to this factor when the graph is zoomed out to fit, so they stay readable. */
export const MAX_LABEL_SCALE = 5;
/** Label scale from which the view counts as an overview: edges are drawn thinner and lighter so
 * the hubs and their labels stand out of the centre instead of a grey hairball. */
const OVERVIEW_LABEL_SCALE = 1.4;
/** Edge width factor and opacity at overview zoom. */
const OVERVIEW_EDGE = { widthFactor: 0.5, opacity: 0.35 };

type Style = { selector: string; style: Record<string, unknown> };

/** Hub label scale for a zoom level: constant on-screen size when zoomed out, natural when zoomed in. */
export function labelScaleFor(zoom: number): number {
  return Math.min(MAX_LABEL_SCALE, Math.max(1, 1 / zoom));
}

/** `large` (graph-size.ts): minor labels are left out of the style until the zoom is close enough for
 * cytoscape to draw them, so thousands of label boxes are not measured for a frame that shows none of
 * them; edges are haystack lines, the cheapest cytoscape draws (one edge per pair, no arrows here). */
export function stylesheet(opts: { presentation: boolean; labelScale?: number; large?: boolean }): Style[] {
  const font = opts.presentation ? FONT.presentation : FONT.normal;
  const minorLabelsDrawn = (opts.labelScale ?? 1) * MIN_ZOOMED_FONT <= font;
  const minorLabel = opts.large && !minorLabelsDrawn ? '' : 'data(display)';
  const hubFont = font * (opts.labelScale ?? 1);
  const ink = opts.presentation ? '#000000' : '#1a1a1a';
  const overview = !opts.presentation && (opts.labelScale ?? 1) >= OVERVIEW_LABEL_SCALE;
  const styles: Style[] = [
    {
      selector: 'node',
      style: {
        label: minorLabel, 'font-size': font, color: ink, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'wrap', 'text-max-width': opts.presentation ? 220 : 130,
        'text-outline-color': '#ffffff', 'text-outline-width': opts.presentation ? 3 : 2,
        'min-zoomed-font-size': MIN_ZOOMED_FONT,
        width: 'data(size)', height: 'data(size)', 'background-color': '#999999',
        'border-width': opts.presentation ? 2 : 1, 'border-color': opts.presentation ? '#000000' : '#ffffff',
      },
    },
    // Instrument labels wrap tightly, so a labelled instrument does not cover its neighbours.
    { selector: 'node[label = "Instrument"]', style: { 'text-max-width': 110 } },
    {
      selector: 'node[?major]',
      style: { label: 'data(display)', 'min-zoomed-font-size': 0, 'font-size': hubFont, 'text-max-width': (opts.presentation ? 220 : 130) * (opts.labelScale ?? 1), 'font-weight': 'bold', 'z-index': 5, 'text-outline-width': 2 * (opts.labelScale ?? 1) },
    },
    {
      // The tapped node and its neighbours read like hubs, so a selection is legible at any zoom.
      selector: 'node:selected, node.focus-root, node.emph',
      style: { label: 'data(display)', 'min-zoomed-font-size': 0, 'font-size': hubFont, 'text-max-width': (opts.presentation ? 220 : 130) * (opts.labelScale ?? 1), 'z-index': 15, 'text-outline-width': 2 * (opts.labelScale ?? 1) },
    },
    {
      selector: 'edge',
      style: {
        width: overview ? (e: { data(k: string): number }) => e.data('width') * OVERVIEW_EDGE.widthFactor : 'data(width)',
        'line-color': opts.presentation ? '#555555' : '#9aa4ad', 'curve-style': opts.large ? 'haystack' : 'bezier',
        opacity: opts.presentation ? 0.9 : overview ? OVERVIEW_EDGE.opacity : 0.75,
      },
    },
  ];
  for (const spec of Object.values(NODE_LABELS)) {
    styles.push({ selector: `node[label = "${spec.label}"]`, style: { shape: spec.style.shape, 'background-color': spec.style.color } });
  }
  for (const [side, s] of Object.entries(SIDE_STYLE)) {
    styles.push({ selector: `node[side = "${side}"][label != "Instrument"]`, style: { 'background-color': s.color } });
  }
  for (const [kind, shape] of Object.entries(KIND_SHAPE)) {
    styles.push({ selector: `node[label = "Instrument"][kind = "${kind}"]`, style: { shape } });
  }
  for (const [stage, group] of Object.entries(STAGE_GROUP)) {
    const b = STAGE_BORDER[group];
    styles.push({
      selector: `node[label = "Instrument"][latestStage = "${stage}"]`,
      style: { 'border-style': b.style, 'border-width': b.width, 'border-color': '#222222', 'background-color': STAGE_FILL[group] },
    });
  }
  styles.push(
    { selector: 'edge[type = "PARTY_TO"]', style: { 'line-color': '#CC79A7', width: overview ? 1 : 2, 'target-arrow-shape': 'none' } },
    { selector: 'edge[type = "HOLDS"]', style: { 'line-style': 'dashed', width: 2 } },
    { selector: 'edge[?planned]', style: { 'line-style': 'dashed' } },
    { selector: 'edge[diff = "new"]', style: { 'line-color': '#009E73', opacity: 1 } },
    { selector: 'edge[diff = "lost"]', style: { 'line-color': '#D55E00', 'line-style': 'dashed', opacity: 1 } },
    { selector: 'edge[diff = "continuing"]', style: { 'line-color': '#777777' } },
    { selector: 'node.path', style: { label: 'data(display)', 'border-color': '#E69F00', 'border-width': 5, opacity: 1, 'z-index': 10, 'min-zoomed-font-size': 0 } },
    { selector: 'edge.path', style: { 'line-color': '#E69F00', width: 6, opacity: 1, 'z-index': 10 } },
    { selector: '.faded', style: { opacity: 0.25 } },
    { selector: '.focus-root', style: { 'border-width': 5, 'border-color': '#000000' } },
    { selector: ':selected', style: { 'border-width': 5, 'border-color': '#F0E442', 'line-color': '#F0E442', 'z-index': 20 } },
  );
  return styles;
}
