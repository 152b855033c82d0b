// JSON parameters -> driver values: whole numbers become Cypher integers, because the driver sends a JS
// number as a float and `LIMIT $n` (and integer comparisons on ids) want an integer.
import neo4j from 'neo4j-driver';

export function toDriverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDriverParams(v)]));
  }
  return value;
}
