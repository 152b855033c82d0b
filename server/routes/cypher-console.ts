// POST /api/cypher: the read-only console for analysts. See console/ for the three lines of defence.
import { z } from 'zod';
import { runConsoleQuery } from '../console/console-runner.ts';
import { MAX_QUERY_LENGTH } from '../console/console-guard.ts';
import { defineRoute } from '../registry/define-route.ts';
import { elementsSchema } from '../schemas/common.ts';

export const consoleBody = z.object({
  query: z.string().min(1, 'give a Cypher query, e.g. MATCH (p:Person) RETURN p LIMIT 10').max(MAX_QUERY_LENGTH),
  params: z.record(z.string().regex(/^[A-Za-z_]\w*$/, 'parameter names are identifiers'), z.json()).default({}),
});

export const cypherConsoleRoute = defineRoute({
  method: 'post',
  path: '/api/cypher',
  tag: 'console',
  summary: 'Read-only Cypher console: rows, and the graph when the result holds nodes and relationships.',
  description: 'Refused unless Neo4j plans it as a pure read: no CREATE/MERGE/SET/DELETE/REMOVE, no LOAD CSV, no dbms.*/apoc or other procedures outside a small allow-list, no CALL {} IN TRANSACTIONS, no admin commands. Runs in a READ transaction with a timeout and a row cap, and is rolled back. Rate-limited more strictly than the rest.',
  body: consoleBody,
  limiter: 'console',
  response: z.object({
    columns: z.array(z.string()), rows: z.array(z.record(z.string(), z.unknown())),
    elements: elementsSchema.optional(), truncated: z.boolean(), ms: z.number(),
  }),
  handler: ({ body }, { driver, log, options }) =>
    runConsoleQuery(driver, log, body.query, body.params as Record<string, unknown>, {
      timeoutMs: options.consoleTimeoutMs, rowCap: options.consoleRowCap,
    }),
});
