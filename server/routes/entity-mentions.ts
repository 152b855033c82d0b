// GET /api/entities/:id/mentions: the entity's mentions, keyset-paginated, with document and offsets.
import { z } from 'zod';
import { defineRoute } from '../registry/define-route.ts';
import { boundedInt, idParam } from '../schemas/common.ts';
import { notFound } from './entity.ts';

/** Mentions per page by default: a details panel's worth. */
const DEFAULT_MENTIONS_PAGE = 20;
const MAX_MENTIONS_PAGE = 200;

interface Cursor { doc: string; start: number }

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.doc, c.start])).toString('base64url');
}

function decodeCursor(raw: string): Cursor | null {
  try {
    const [doc, start] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof doc === 'string' && Number.isInteger(start)) return { doc, start: start as number };
  } catch { /* fall through to null */ }
  return null;
}

export const mentionsQuery = z.object({
  cursor: z.string().max(500).refine((c) => decodeCursor(c) !== null, 'not a cursor this server returned as nextCursor; drop it to start from the first page')
    .optional().describe('nextCursor of the previous page'),
  limit: boundedInt(1, MAX_MENTIONS_PAGE, DEFAULT_MENTIONS_PAGE),
});

export const mentionsResponse = z.object({
  mentions: z.array(z.object({
    docId: z.string(), file: z.string().nullable(), start: z.number(), end: z.number(), text: z.string(),
    sentence: z.string().nullable(), resolvedBy: z.string().nullable(),
  })),
  nextCursor: z.string().nullable(),
});

export const entityMentionsRoute = defineRoute({
  method: 'get',
  path: '/api/entities/:id/mentions',
  cache: true,
  tag: 'entities',
  summary: 'Mentions of an entity with document, offsets and sentence; follow nextCursor for the next page.',
  params: z.object({ id: idParam }),
  query: mentionsQuery,
  response: mentionsResponse,
  async handler({ params, query }, { db }) {
    const cursor = query.cursor ? decodeCursor(query.cursor) : null;
    const [rows, [exists]] = await Promise.all([
      db.read('entity-mentions', { id: params.id, afterDoc: cursor?.doc ?? null, afterStart: cursor?.start ?? 0, limit: query.limit + 1 }),
      db.read('entity-exists', { ids: [params.id] }),
    ]);
    if (!exists?.found) throw notFound('entity', params.id, 'find ids with GET /api/search?q=...');
    const page = rows.slice(0, query.limit);
    const last = page[page.length - 1];
    return {
      mentions: page.map((r) => ({
        docId: String(r.docId), file: (r.file as string) ?? null, start: Number(r.start), end: Number(r.end),
        text: String(r.text ?? ''), sentence: (r.sentence as string) ?? null, resolvedBy: (r.resolvedBy as string) ?? null,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ doc: String(last.docId), start: Number(last.start) }) : null,
    };
  },
});
