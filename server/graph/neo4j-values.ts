// Neo4j driver values -> plain JSON. Integers become numbers when safe (strings otherwise, so nothing is
// silently rounded), temporal values their ISO text, graph values tagged objects that elements.ts reads.
import neo4j, { isNode, isPath, isRelationship, type Record as Neo4jRecord } from 'neo4j-driver';

export interface PlainNode {
  $kind: 'node';
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface PlainRelationship {
  $kind: 'relationship';
  elementId: string;
  type: string;
  startNodeElementId: string;
  endNodeElementId: string;
  properties: Record<string, unknown>;
}

export interface PlainPath {
  $kind: 'path';
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** 2^21: |high| below it keeps |high * 2^32 + low| under 2^53, Number.MAX_SAFE_INTEGER + 1. */
const SAFE_HIGH_WORD = 0x200000;
const TWO_POW_32 = 0x1_0000_0000;

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) ||
    neo4j.isTime(v as never) || neo4j.isLocalTime(v as never) || neo4j.isDuration(v as never)
  );
}

function plainProps(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toPlain(v);
  return out;
}

export function toPlain(value: unknown): unknown {
  // Most values are strings, numbers and booleans: answered before the driver's type tests, which a
  // large answer (thousands of rows) would otherwise run for every one of them.
  const type = typeof value;
  if (type === 'string' || type === 'boolean' || type === 'number') return value;
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    // A high word of fewer than 22 bits is always a safe integer: answered from the two words, without
    // inSafeRange's comparisons, which allocate several Integer objects per value.
    const { low, high } = value as unknown as { low: number; high: number };
    if (high > -SAFE_HIGH_WORD && high < SAFE_HIGH_WORD) return high * TWO_POW_32 + (low >>> 0);
    return neo4j.integer.inSafeRange(value) ? neo4j.integer.toNumber(value) : neo4j.integer.toString(value);
  }
  if (Array.isArray(value)) {
    // In place: the driver decoded this list for this record alone, and a grouped answer (lists of lists,
    // meetings-network*.cypher) would otherwise be copied once more, list by list.
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (isTemporal(value)) return String(value);
  if (neo4j.isPoint(value as never)) {
    const p = value as { x: number; y: number; z?: number; srid: unknown };
    return { x: p.x, y: p.y, ...(p.z !== undefined ? { z: p.z } : {}), srid: toPlain(p.srid) };
  }
  if (isNode(value as never)) {
    const n = value as unknown as { elementId: string; labels: string[]; properties: Record<string, unknown> };
    return { $kind: 'node', elementId: n.elementId, labels: [...n.labels], properties: plainProps(n.properties) };
  }
  if (isRelationship(value as never)) {
    const r = value as unknown as {
      elementId: string; type: string; startNodeElementId: string; endNodeElementId: string;
      properties: Record<string, unknown>;
    };
    return {
      $kind: 'relationship', elementId: r.elementId, type: r.type, startNodeElementId: r.startNodeElementId,
      endNodeElementId: r.endNodeElementId, properties: plainProps(r.properties),
    };
  }
  if (isPath(value as never)) {
    const p = value as unknown as { start: unknown; segments: { relationship: unknown; end: unknown }[] };
    return {
      $kind: 'path',
      nodes: [toPlain(p.start), ...p.segments.map((s) => toPlain(s.end))],
      relationships: p.segments.map((s) => toPlain(s.relationship)),
    };
  }
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (typeof value === 'object') return plainProps(value as Record<string, unknown>);
  return value;
}

export function recordToObject(record: Neo4jRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toPlain(record.get(key));
  return out;
}
