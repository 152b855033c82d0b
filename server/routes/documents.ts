// GET /api/documents (the corpus) and GET /api/documents/:id (text, metadata, mention spans).
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { defineRoute } from '../registry/define-route.ts';
import { idParam } from '../schemas/common.ts';
import { notFound } from './entity.ts';

const documentMeta = z.looseObject({
  id: z.string(), file: z.string().nullable(), title: z.string().nullable(), date: z.string().nullable(),
  place: z.string().nullable(), words: z.number().nullable(),
});

/** Properties of a Document node that are bookkeeping, not metadata a reader wants. */
const INTERNAL_DOCUMENT_PROPS = ['text', 'entityIds', 'claims'];

function meta(d: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (!INTERNAL_DOCUMENT_PROPS.includes(k)) out[k] = v;
  return { ...out, file: d.file ?? null, title: d.title ?? null, date: d.date ?? null, place: d.place ?? null, words: d.words ?? null };
}

/** The text from the corpus folder when the node holds none; a path that leaves the folder is refused,
 *  symlinks included (both sides are resolved to real paths before the check). */
async function corpusText(corpusDir: string, file: unknown): Promise<string | null> {
  if (typeof file !== 'string' || !file) return null;
  const root = await realpath(path.resolve(corpusDir)).catch(() => null);
  if (!root) return null;
  const full = await realpath(path.resolve(root, file)).catch(() => null);
  if (!full || !full.startsWith(root + path.sep)) return null;
  return readFile(full, 'utf8').catch(() => null);
}

/** Entity type from an entity id (`person:ylva-johansson` -> Person), as model/graph-model.ts entityId() makes them. */
const TYPE_BY_PREFIX = new Map(ENTITY_TYPES.map((t) => [t.toLowerCase(), t]));

function mentionSpan([start, end, text, entityId]: [number, number, string, string]) {
  return { start, end, text, entityId, type: TYPE_BY_PREFIX.get(entityId.split(':')[0]) ?? 'Entity' };
}

export const documentsRoute = defineRoute({
  method: 'get',
  path: '/api/documents',
  cache: true,
  tag: 'documents',
  summary: 'The documents of the corpus with their metadata (no text).',
  response: z.object({ documents: z.array(documentMeta) }),
  async handler(_input, { db }) {
    const rows = await db.read('documents-list');
    return { documents: rows.map((r) => meta(r.document as Record<string, unknown>)) };
  },
});

export const documentRoute = defineRoute({
  method: 'get',
  path: '/api/documents/:id',
  cache: true,
  tag: 'documents',
  summary: 'One document: metadata, full text and the linked mention spans (offsets into text) for highlighting.',
  params: z.object({ id: idParam }),
  response: documentMeta.extend({
    text: z.string().nullable(),
    mentions: z.array(z.object({ start: z.number(), end: z.number(), entityId: z.string(), type: z.string(), text: z.string() })),
  }),
  async handler({ params }, { db, options }) {
    const [row] = await db.read('document-detail', { id: params.id });
    if (!row) throw notFound('document', params.id, 'GET /api/documents lists them');
    const d = row.document as Record<string, unknown>;
    const text = typeof d.text === 'string' ? d.text : await corpusText(options.corpusDir, d.file);
    return { ...meta(d), id: String(d.id), text, mentions: (row.mentions as [number, number, string, string][]).map(mentionSpan) };
  },
});
