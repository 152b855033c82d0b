// GET /api/meetings/:id: one meeting with participants, place, sentence and document.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';
import { idParam } from '../schemas/common.ts';
import { notFound } from './entity.ts';

export const meetingResponse = z.looseObject({
  id: z.string(), title: z.string().nullable(), date: z.string().nullable(), place: z.string().nullable(),
  planned: z.boolean(), kind: z.string().nullable(),
  participants: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
  sentence: z.string().nullable(), docId: z.string().nullable(), file: z.string().nullable(),
  start: z.number().nullable(), end: z.number().nullable(),
});

export const meetingRoute = defineRoute({
  method: 'get',
  path: '/api/meetings/:id',
  cache: true,
  tag: 'meetings',
  summary: 'One meeting: title, date, place, planned or done, participants, and the sentence and document stating it.',
  params: z.object({ id: idParam }),
  response: meetingResponse,
  async handler({ params }, { db }) {
    const [row] = await db.read('meeting-detail', { id: params.id });
    if (!row) throw notFound('meeting', params.id, 'meeting ids are on the MET edges of GET /api/networks/meetings (meetingIds)');
    const m = row.meeting as Record<string, unknown>;
    return {
      ...m,
      id: String(m.id), title: (m.title as string) ?? null, date: (m.date as string) ?? null,
      place: (m.place as string) ?? null, planned: Boolean(m.planned), kind: (m.kind as string) ?? null,
      participants: row.participants, heldIn: row.heldIn, sentence: (m.sentence as string) ?? null,
      docId: (row.docId as string) ?? (m.docId as string) ?? null, file: (row.file as string) ?? null,
      start: row.start == null ? (m.start as number) ?? null : Number(row.start),
      end: row.end == null ? (m.end as number) ?? null : Number(row.end),
    };
  },
});
