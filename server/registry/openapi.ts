// OpenAPI 3.1 generated from the route specs' zod schemas (zod 4's z.toJSONSchema), so the document can
// never drift from what the handlers accept.
import { z } from 'zod';
import type { RouteSpec } from './define-route.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** `/api/entities/:id` -> `/api/entities/{id}`; `:network.:format` -> `{network}.{format}`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): unknown[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input');
  const props = (js.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((js.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' ? true : required.has(name) && s.default === undefined,
    ...(s.description ? { description: s.description } : {}),
    schema: s,
  }));
}

const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status', 'code', 'detail'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' },
    code: { type: 'string' }, detail: { type: 'string', description: 'What to do next.' },
    errors: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
    requestId: { type: 'string' },
  },
};

export function buildOpenApi(routes: readonly RouteSpec[], version: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const success = r.produces
      ? Object.fromEntries(r.produces.map((t) => [t, { schema: { type: 'string' } }]))
      : { 'application/json': { schema: r.response ? jsonSchema(r.response, 'output') : {} } };
    const op: Record<string, unknown> = {
      operationId: `${r.method}${openApiPath(r.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      tags: [r.tag],
      summary: r.summary,
      ...(r.description ? { description: r.description } : {}),
      parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses: {
        200: { description: 'OK', content: success },
        400: { $ref: '#/components/responses/Problem' },
        ...(r.params ? { 404: { $ref: '#/components/responses/Problem' } } : {}),
        429: { $ref: '#/components/responses/Problem' },
        503: { $ref: '#/components/responses/Problem' },
      },
    };
    (paths[openApiPath(r.path)] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Atlas of Accords API',
      version,
      description: 'Knowledge graph of EU external-migration diplomacy: entities, meetings, instruments and their sources. Graph results are Cytoscape elements; errors are application/problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: PROBLEM_SCHEMA },
      responses: {
        Problem: {
          description: 'A problem: what went wrong and what to do next.',
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        },
      },
    },
  };
}
