// GET /api/search: typo-tolerant full-text search over entity names and aliases, ranked, with context.
import { z } from 'zod';
import { ENTITY_TYPES } from '../../model/graph-model.ts';
import { defineRoute } from '../registry/define-route.ts';
import { boundedInt, entityTypes } from '../schemas/common.ts';
import { luceneQueries } from '../search/lucene-query.ts';

/** Results per page when `limit` is not given: what an autocomplete list shows. */
const DEFAULT_SEARCH_LIMIT = 10;
const MAX_SEARCH_LIMIT = 100;
/** Hits fetched from the index before the type filter, so filtering still fills the page. */
const INDEX_FETCH_FACTOR = 5;
/** Longest context snippet, in characters. */
const CONTEXT_LENGTH = 200;

export const searchQuery = z.object({
  q: z.string().trim().min(1, 'give some text to search for, e.g. q=johansson').max(200),
  types: entityTypes.optional(),
  limit: boundedInt(1, MAX_SEARCH_LIMIT, DEFAULT_SEARCH_LIMIT),
});

export const searchResponse = z.object({
  results: z.array(z.object({
    id: z.string(), type: z.enum(ENTITY_TYPES), name: z.string(), aliases: z.array(z.string()),
    score: z.number(), context: z.string(),
  })),
});

function describe(row: Record<string, unknown>): string {
  const facts = [row.type, row.kind, row.latestStage ? `latest stage ${row.latestStage}` : null, row.side]
    .filter(Boolean).join(' · ');
  const snippet = typeof row.context === 'string' ? row.context.replace(/\s+/g, ' ').trim().slice(0, CONTEXT_LENGTH) : '';
  return snippet ? `${facts} — “${snippet}”` : String(facts);
}

export const searchRoute = defineRoute({
  method: 'get',
  path: '/api/search',
  cache: true,
  tag: 'entities',
  summary: 'Full-text search over entity names and aliases, ranked, with type and context; exact words and prefixes first, words within one or two typos when those find nothing.',
  query: searchQuery,
  response: searchResponse,
  async handler({ query }, { db }) {
    const lucene = luceneQueries(query.q);
    if (!lucene) return { results: [] };
    const rows = await db.read('search-entities', {
      exact: lucene.exact, typo: lucene.typo,
      types: query.types ?? [],
      limit: query.limit,
      fetch: query.limit * INDEX_FETCH_FACTOR,
    });
    return {
      results: rows.map((r) => ({
        id: String(r.id), type: r.type, name: String(r.name), aliases: (r.aliases as string[]) ?? [],
        score: Number(r.score), context: describe(r),
        ...(r.kind ? { kind: r.kind } : {}), ...(r.side ? { side: r.side } : {}),
      })),
    };
  },
});
