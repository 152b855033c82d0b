// Second and third lines of the console's defence: Neo4j's own EXPLAIN must call the query a read ('r')
// with no LOAD CSV, no transaction batching and only allow-listed procedures in its plan; then it runs in
// a READ transaction with a timeout and a row cap, and is always rolled back.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { AtlasError } from '../../model/errors.ts';
import { ElementsBuilder, type Elements } from '../graph/elements.ts';
import { toPlain } from '../graph/neo4j-values.ts';
import { isTimeout, mapDriverError } from '../query/driver-errors.ts';
import { toDriverParams } from '../query/driver-params.ts';
import { ALLOWED_PROCEDURES, checkConsoleQuery, refuse } from './console-guard.ts';

export interface ConsoleResult {
  columns: string[];
  rows: Record<string, unknown>[];
  elements?: Elements;
  truncated: boolean;
  ms: number;
}

export interface ConsoleLimits {
  timeoutMs: number;
  rowCap: number;
}

interface PlanNode {
  operatorType: string;
  arguments?: Record<string, unknown>;
  children?: PlanNode[];
}

/** Longest list and string a console cell returns; longer ones are cut and `truncated` is set. */
export const CONSOLE_LIST_CAP = 10_000;
export const CONSOLE_STRING_CAP = 100_000;

/** Cuts over-long lists and strings inside a plain value; reports whether it cut anything. */
function capValue(value: unknown, cut: { any: boolean }): unknown {
  if (typeof value === 'string' && value.length > CONSOLE_STRING_CAP) { cut.any = true; return value.slice(0, CONSOLE_STRING_CAP); }
  if (Array.isArray(value)) {
    if (value.length > CONSOLE_LIST_CAP) cut.any = true;
    return value.slice(0, CONSOLE_LIST_CAP).map((v) => capValue(v, cut));
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, capValue(v, cut)]));
  }
  return value;
}

/** Plan operators that never belong in a read: file access and batched transactions. */
const FORBIDDEN_OPERATORS = /^(LoadCSV|TransactionApply|TransactionForeach|Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|EmptyResult)/i;

function* operators(plan: PlanNode | undefined | false): Generator<PlanNode> {
  if (!plan) return;
  yield plan;
  for (const child of plan.children ?? []) yield* operators(child);
}

function neo4jMessage(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 300);
}

/** Neo4j's EXPLAIN must call the query a read with an acceptable plan; throws `query_refused` otherwise. */
export async function explainCheck(driver: Driver, query: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(`EXPLAIN ${query}`, params);
    const { queryType, plan } = result.summary;
    if (queryType !== 'r') {
      const what = queryType === 's' ? 'it changes the schema' : queryType === 'w' || queryType === 'rw' ? 'Neo4j plans it as a write' : `Neo4j plans it as query type "${queryType}"`;
      throw refuse(what);
    }
    for (const op of operators(plan as PlanNode | false)) {
      const type = op.operatorType.split('@')[0];
      if (FORBIDDEN_OPERATORS.test(type)) throw refuse(`its plan contains ${type}`);
      if (/^ProcedureCall/i.test(type)) {
        const details = String(op.arguments?.Details ?? op.arguments?.details ?? '');
        const name = details.split('(')[0].trim().toLowerCase();
        if (!ALLOWED_PROCEDURES.has(name)) throw refuse(`its plan calls procedure ${name || 'unknown'}, not on the allow-list`);
      }
    }
  } catch (err) {
    if (err instanceof AtlasError) throw err;
    const mapped = mapDriverError(err, 'console', 0);
    if (mapped instanceof AtlasError) throw mapped;
    throw new AtlasError('invalid_query', `Neo4j cannot run this query: ${neo4jMessage(err)} — fix it and retry.`, 400);
  } finally {
    await session.close().catch(() => undefined);
  }
}

export async function runConsoleQuery(
  driver: Driver, logger: Logger, query: string, rawParams: Record<string, unknown>, limits: ConsoleLimits,
): Promise<ConsoleResult> {
  checkConsoleQuery(query);
  const params = toDriverParams(rawParams) as Record<string, unknown>;
  await explainCheck(driver, query, params);
  const started = performance.now();
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { app: 'atlas-console' } });
  const rows: Record<string, unknown>[] = [];
  let columns: string[] = [];
  let truncated = false;
  const cut = { any: false };
  try {
    const result = tx.run(query, params);
    columns = (await result.keys()).map(String);
    for await (const record of result) {
      if (rows.length >= limits.rowCap) { truncated = true; break; }
      const row: Record<string, unknown> = {};
      for (const key of record.keys) row[String(key)] = capValue(toPlain(record.get(key)), cut);
      rows.push(row);
    }
  } catch (err) {
    if (isTimeout(err)) {
      throw new AtlasError('query_timeout', `Query stopped after ${limits.timeoutMs} ms; add a LIMIT or narrow the MATCH (cartesian products grow fast).`, 400);
    }
    const mapped = mapDriverError(err, 'console', limits.timeoutMs);
    if (mapped instanceof AtlasError) throw mapped;
    throw new AtlasError('invalid_query', `Neo4j stopped the query: ${neo4jMessage(err)} — fix it and retry.`, 400);
  } finally {
    // Nothing a console query does is kept, even if a write slipped through every check.
    await tx.rollback().catch(() => undefined);
    await session.close().catch(() => undefined);
  }
  truncated ||= cut.any;
  const ms = Math.round(performance.now() - started);
  logger.info({ console: true, ms, rows: rows.length, truncated }, 'console query');
  const elements = new ElementsBuilder().addPlain(rows).build();
  return { columns, rows, ...(elements.nodes.length ? { elements } : {}), truncated, ms };
}
