// Conversions at the driver boundary. JavaScript numbers would reach Neo4j as floats; offsets and counts
// are integers, so integral numbers go as Neo4j integers, and Neo4j integers come back as numbers.
import neo4j from 'neo4j-driver';

/** Deep copy of `value` with integral numbers as Neo4j integers (for query parameters). */
export function toParam(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParam);
  if (value && typeof value === 'object' && !neo4j.isInt(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParam(v);
    return out;
  }
  return value;
}

/** Deep copy of a value read from Neo4j with integers as numbers and temporal values as ISO strings. */
export function fromValue(value: unknown): unknown {
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(fromValue);
  if (value && typeof value === 'object') {
    if (isTemporal(value)) return String(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromValue(v);
    return out;
  }
  return value;
}

function isTemporal(v: object): boolean {
  return neo4j.isDate(v) || neo4j.isDateTime(v) || neo4j.isLocalDateTime(v) || neo4j.isTime(v) ||
    neo4j.isLocalTime(v) || neo4j.isDuration(v);
}
