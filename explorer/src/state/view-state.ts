// Everything that defines what the screen shows. A permalink is this object, so the schema is the
// single description of a view: add a field here and it travels in links automatically.
import { z } from 'zod';
import { SIZE_METRICS } from '../graph/node-metric.ts';

export const MODES = ['meetings', 'agreements', 'focus', 'paths', 'compare', 'document', 'cypher'] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ['fcose', 'concentric', 'breadthfirst', 'circle', 'preset'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

const windowSchema = z.object({ from: z.string().optional(), to: z.string().optional() });
export type TimeWindow = z.infer<typeof windowSchema>;

export const viewStateSchema = z.object({
  mode: z.enum(MODES),
  filters: z.object({
    country: z.string().optional(),
    institution: z.string().optional(),
    person: z.string().optional(),
    kind: z.string().optional(),
    stage: z.string().optional(),
    /** done-vs-planned: keep both, only what is stated as done, or only what is planned/intended. */
    planned: z.enum(['include', 'exclude', 'only']),
    /** single- vs multi-source facts. */
    sources: z.enum(['all', 'single', 'multi']),
    minMeetings: z.number().int().min(1),
  }),
  window: windowSchema,
  compare: z.object({ a: windowSchema, b: windowSchema }),
  focus: z.string().optional(),
  expanded: z.array(z.string()),
  pathFrom: z.string().optional(),
  pathTo: z.string().optional(),
  docId: z.string().optional(),
  instrument: z.string().optional(),
  query: z.string().optional(),
  selection: z.array(z.string()),
  hidden: z.array(z.string()),
  positions: z.record(z.string(), z.tuple([z.number(), z.number()])),
  zoom: z.object({ level: z.number(), pan: z.tuple([z.number(), z.number()]) }).optional(),
  layout: z.enum(LAYOUTS),
  /** What node size stands for; links made before the choice existed mean degree. */
  sizeBy: z.enum(SIZE_METRICS).default('degree'),
  presentation: z.boolean(),
});
export type ViewState = z.infer<typeof viewStateSchema>;

/** Compare-periods default: both windows open, which the view fills from the meetings histogram
 * (the two halves of the busiest span, see compare-defaults.ts), so they always hold data. */
const COMPARE_DEFAULT = { a: {}, b: {} };

export function defaultViewState(): ViewState {
  return {
    mode: 'meetings',
    filters: { planned: 'include', sources: 'all', minMeetings: 1 },
    window: {},
    compare: structuredClone(COMPARE_DEFAULT),
    expanded: [],
    selection: [],
    hidden: [],
    positions: {},
    layout: 'fcose',
    sizeBy: 'degree',
    presentation: false,
  };
}
