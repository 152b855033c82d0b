// Typed client for docs/api-contract.md. Every call takes an AbortSignal so a view that is left, or a
// filter that changes again, cancels what it no longer needs.
import { AtlasError, fromProblem } from './api-error.ts';
import type {
  CypherResult, DocumentSummary, DocumentText, Elements, EntityDetails, Health, MeetingDetails,
  MeetingsNetwork, MentionRow, PathsResult, Problem, SearchResult, Stats, Timeline,
} from './types.ts';

type Params = Record<string, string | number | boolean | undefined | null>;

/** Path prefix of the API on the serving origin. */
const API_BASE = '/api';

export function apiUrl(path: string, params: Params = {}): string {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v));
  }
  const q = qs.toString();
  return `${API_BASE}${path}${q ? `?${q}` : ''}`;
}

async function request<T>(path: string, params: Params, signal: AbortSignal, init: RequestInit = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, params), { ...init, signal, headers: { accept: 'application/json', ...init.headers } });
  } catch (err) {
    if (signal.aborted) throw err;
    throw new AtlasError('network_error', 'The server did not answer. Check that `npm run serve` is running, then retry.', 0);
  }
  const type = res.headers.get('content-type') ?? '';
  if (!res.ok) {
    if (type.includes('json')) {
      throw fromProblem({ status: res.status, title: res.statusText, ...((await res.json()) as Partial<Problem>) });
    }
    throw new AtlasError(`http_${res.status}`, `The server answered ${res.status} ${res.statusText}. Retry, or check the server log.`, res.status);
  }
  if (!type.includes('json')) {
    throw new AtlasError('unexpected_response', `Expected JSON from ${path} but got "${type}". Is the API served under /api?`, res.status);
  }
  return (await res.json()) as T;
}

const enc = encodeURIComponent;

export const api = {
  health: (signal: AbortSignal) => request<Health>('/health', {}, signal),
  stats: (signal: AbortSignal) => request<Stats>('/stats', {}, signal),
  search: (q: string, signal: AbortSignal, opts: { types?: string; limit?: number } = {}) =>
    request<{ results: SearchResult[] }>('/search', { q, ...opts }, signal),
  entity: (id: string, signal: AbortSignal) => request<EntityDetails>(`/entities/${enc(id)}`, {}, signal),
  mentions: (id: string, signal: AbortSignal, opts: { cursor?: string; limit?: number } = {}) =>
    request<{ mentions: MentionRow[]; nextCursor: string | null }>(`/entities/${enc(id)}/mentions`, opts, signal),
  neighborhood: (id: string, signal: AbortSignal, opts: { depth?: number; types?: string; from?: string; to?: string; limit?: number } = {}) =>
    request<{ elements: Elements; truncated: boolean }>(`/entities/${enc(id)}/neighborhood`, opts, signal),
  meetingsNetwork: (filters: { from?: string; to?: string; country?: string; institution?: string; person?: string; min?: number; planned?: string }, signal: AbortSignal) =>
    request<MeetingsNetwork>('/networks/meetings', filters, signal),
  agreementsNetwork: (filters: { kind?: string; country?: string; stage?: string }, signal: AbortSignal) =>
    request<{ elements: Elements }>('/networks/agreements', filters, signal),
  timeline: (id: string, signal: AbortSignal) => request<Timeline>(`/instruments/${enc(id)}/timeline`, {}, signal),
  paths: (from: string, to: string, signal: AbortSignal, maxHops?: number) =>
    request<PathsResult>('/paths', { from, to, maxHops }, signal),
  meeting: (id: string, signal: AbortSignal) => request<MeetingDetails>(`/meetings/${enc(id)}`, {}, signal),
  documents: (signal: AbortSignal) => request<{ documents: DocumentSummary[] }>('/documents', {}, signal),
  document: (id: string, signal: AbortSignal) => request<DocumentText>(`/documents/${enc(id)}`, {}, signal),
  cypher: (query: string, params: Record<string, unknown>, signal: AbortSignal) =>
    request<CypherResult>('/cypher', {}, signal, {
      method: 'POST', body: JSON.stringify({ query, params }), headers: { 'content-type': 'application/json' },
    }),
};

export type Api = typeof api;
