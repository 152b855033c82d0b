// GET /api/entities/:id: names, aliases, type, offices, counts, top co-participants, instruments.
import { z } from 'zod';
import { AtlasError } from '../../model/errors.ts';
import { OFFICE_RANGES } from '../../model/graph-model.ts';
import { defineRoute } from '../registry/define-route.ts';
import { idParam } from '../schemas/common.ts';

/** Co-participants listed: the people and bodies an entity meets most. */
const TOP_CO_PARTICIPANTS = 10;

/** What `from`..`to` of an office means: a term of office the knowledge base records, or the earliest and
 * latest dates the documents state it on (not a term: `to` is not "until"). */
const officeRange = z.enum(OFFICE_RANGES).describe("'term': from..to is the term of office (knowledge base); 'attested': the earliest..latest dates documents state it on");

export const entityResponse = z.looseObject({
  id: z.string(), type: z.string(), name: z.string(), aliases: z.array(z.string()), side: z.string().nullable(),
  offices: z.array(z.object({
    office: z.string().nullable(), orgId: z.string(), orgName: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(),
    source: z.enum(['kb', 'text']), range: officeRange,
  })),
  holders: z.array(z.object({
    office: z.string().nullable(), personId: z.string(), personName: z.string().nullable(), from: z.string().nullable(), to: z.string().nullable(),
    range: officeRange,
  })),
  counts: z.object({ mentions: z.number(), meetings: z.number(), instruments: z.number(), documents: z.number() }),
  coParticipants: z.array(z.object({ id: z.string(), name: z.string(), type: z.string(), count: z.number() })),
  instruments: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), latestStage: z.string().nullable() })),
  parties: z.array(z.object({ id: z.string(), name: z.string(), type: z.string() })),
});

export function notFound(what: string, id: string, hint: string): AtlasError {
  return new AtlasError('not_found', `No ${what} with id ${id}; ${hint}`, 404);
}

export const entityRoute = defineRoute({
  method: 'get',
  path: '/api/entities/:id',
  cache: true,
  tag: 'entities',
  summary: 'One entity: names, aliases, type, offices held (dated), counts, top co-participants, instruments.',
  params: z.object({ id: idParam }),
  response: entityResponse,
  async handler({ params }, { db }) {
    const [row] = await db.read('entity-detail', { id: params.id, topN: TOP_CO_PARTICIPANTS });
    if (!row) throw notFound('entity', params.id, 'find ids with GET /api/search?q=...');
    const e = row.entity as Record<string, unknown>;
    // The projection names its properties, so an absent one comes back null; leave it out, as before.
    const props = Object.fromEntries(Object.entries(e).filter(([, v]) => v !== null));
    const instruments = row.instruments as unknown[];
    return {
      ...props,
      id: String(e.id), type: String(e.type), name: String(e.name), aliases: (e.aliases as string[]) ?? [],
      side: (e.side as string) ?? null,
      offices: row.offices, holders: row.holders,
      counts: {
        mentions: Number(row.mentions), meetings: Number(row.meetings), documents: Number(row.documents),
        instruments: instruments.length,
      },
      coParticipants: row.coParticipantsStored ? row.coParticipants
        : await db.read('entity-co-participants', { id: params.id, topN: TOP_CO_PARTICIPANTS }),
      instruments, parties: row.parties,
    };
  },
});
