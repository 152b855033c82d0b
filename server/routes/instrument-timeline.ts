// GET /api/instruments/:id/timeline: an instrument's dated steps in order, each with its sentence and document.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';
import { idParam } from '../schemas/common.ts';
import { notFound } from './entity.ts';

export const timelineResponse = z.object({
  instrument: z.looseObject({ id: z.string(), name: z.string(), kind: z.string().nullable(), parties: z.array(z.object({ id: z.string(), name: z.string() })) }),
  steps: z.array(z.object({
    id: z.string(), stage: z.string(),
    date: z.object({ iso: z.string(), precision: z.string().nullable(), text: z.string().nullable() }).nullable(),
    planned: z.boolean(), sentence: z.string().nullable(), docId: z.string().nullable(), file: z.string().nullable(),
    start: z.number().nullable(), end: z.number().nullable(),
  })),
});

type Step = Record<string, unknown>;

export const instrumentTimelineRoute = defineRoute({
  method: 'get',
  path: '/api/instruments/:id/timeline',
  cache: true,
  tag: 'instruments',
  summary: 'The dated steps of an instrument (mandate, negotiation, signature, entry into force...) in order, with sentence and document.',
  params: z.object({ id: idParam }),
  response: timelineResponse,
  async handler({ params }, { db }) {
    const [row] = await db.read('instrument-timeline', { id: params.id });
    if (!row) throw notFound('instrument', params.id, 'find ids with GET /api/search?q=...&types=Instrument');
    const i = row.instrument as Record<string, unknown>;
    return {
      instrument: { ...i, kind: i.kind ?? null, parties: row.parties },
      steps: (row.steps as Step[]).map((s) => ({
        id: String(s.id), stage: String(s.stage),
        date: s.date ? { iso: String(s.date), precision: (s.precision as string) ?? null, text: (s.dateText as string) ?? null, ...(s.endIso ? { endIso: s.endIso } : {}) } : null,
        planned: Boolean(s.planned), sentence: (s.sentence as string) ?? null,
        docId: (s.docId as string) ?? null, file: (s.file as string) ?? null,
        start: s.start == null ? null : Number(s.start), end: s.end == null ? null : Number(s.end),
      })),
    };
  },
});
