// Response shapes of docs/api-contract.md, as the explorer reads them.
import type { InstrumentKind, InstrumentStage, OfficeRange, Side, DatePrecision } from '../../../model/graph-model.ts';

export type { EdgeData, Elements, NodeData } from '../../../model/graph-elements.ts';
import type { Elements } from '../../../model/graph-elements.ts';

export interface Health {
  status: string;
  neo4j: { version: string; edition: string; uri: string };
  counts: { nodes: number; relationships: number };
}

export interface Stats {
  labels: Record<string, number>;
  relationships: Record<string, number>;
  documents: number;
  dateRange: { from: string | null; to: string | null };
}

export interface SearchResult {
  id: string;
  type: string;
  name: string;
  aliases?: string[];
  score?: number;
  context?: string;
}

/** `range` says what from..to means: a recorded term of office, or the dates documents state it on. */
export interface Office { office: string; orgId: string; orgName: string; from: string | null; to: string | null; range?: OfficeRange }

export interface EntityDetails {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  side?: Side;
  kind?: InstrumentKind;
  offices: Office[];
  counts: { mentions: number; meetings: number; instruments: number; documents: number };
  coParticipants: { id: string; name: string; type: string; count: number }[];
  instruments: { id: string; name: string; kind: InstrumentKind; latestStage: InstrumentStage | null }[];
}

export interface MentionRow {
  docId: string; file: string; start: number; end: number; text: string; sentence: string; resolvedBy: string;
}

export interface MeetingsNetwork {
  elements: Elements;
  histogram: { month: string; count: number }[];
  meetings: number;
  truncated: boolean;
}

export interface TimelineStep {
  id: string;
  stage: InstrumentStage;
  date: { iso: string; precision: DatePrecision; text: string } | null;
  planned: boolean;
  sentence: string;
  docId: string;
  file: string;
  start: number;
  end: number;
}

export interface Timeline {
  instrument: { id: string; name: string; kind: InstrumentKind; parties: { id: string; name: string }[] };
  steps: TimelineStep[];
}

export interface PathsResult { paths: { nodes: string[]; edges: string[] }[]; elements: Elements }

export interface MeetingDetails {
  id: string;
  title: string;
  date: { iso: string; precision?: string; text?: string } | string | null;
  place: string | null;
  planned: boolean;
  kind: string;
  participants: { id: string; name: string; type: string }[];
  sentence: string;
  docId: string;
  file: string;
  start: number;
  end: number;
}

export interface DocumentSummary {
  id: string; file: string; title: string; date: unknown; place: string | null; words: number;
}

export interface DocumentText {
  id: string; file: string; title: string; date: unknown; place: string | null; text: string;
  mentions: { start: number; end: number; entityId: string; type: string; text: string }[];
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][] | Record<string, unknown>[];
  elements?: Elements;
  truncated: boolean;
  ms: number;
}

/** application/problem+json as the server sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  code?: string;
  detail?: string;
  errors?: { path: string; message: string }[];
}
