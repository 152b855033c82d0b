// Recomputes an entity's stored properties from what the documents that still describe it say.
// Pure and order-independent: claims are sorted by document id before anything is chosen, so the same
// documents ingested in any order give the same name, side, aliases and counts.
import type { EntityClaim } from './document-rows.ts';

export interface EntitySources {
  id: string;
  /** Serialised claims (JSON of EntityClaim), one per describing document. */
  claims: string[];
}

export interface EntityProperties {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  /** Aliases joined by spaces, for the full-text index. */
  aliasText: string;
  side: string;
  kind: string | null;
  iso2: string | null;
  curated: boolean;
  mentionCount: number;
  /** Documents that mention it (a claim with mentions): what derive-entity-document-count counts from the
   * mentions, without walking a hub's mentions on every write. */
  documentCount: number;
  docIds: string[];
  claims: string[];
}

function byDoc(a: EntityClaim, b: EntityClaim): number {
  return a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0;
}

/** First value in claim order that is set (and, for side, known). */
function firstOf<T>(claims: EntityClaim[], pick: (c: EntityClaim) => T | null | undefined): T | null {
  for (const c of claims) {
    const v = pick(c);
    if (v !== null && v !== undefined) return v;
  }
  return null;
}

/** Returns null when no document describes the entity any more. */
export function entityProperties(src: EntitySources): EntityProperties | null {
  const claims = src.claims.map((c) => JSON.parse(c) as EntityClaim).sort(byDoc);
  if (claims.length === 0) return null;
  // A curated claim (from the knowledge base) outranks what a single text suggested.
  const ranked = [...claims.filter((c) => c.curated), ...claims.filter((c) => !c.curated)];
  const name = ranked[0].name;
  const aliasSet = new Set<string>();
  for (const c of claims) for (const a of [c.name, ...c.aliases, ...(c.mentionTexts ?? [])]) aliasSet.add(a);
  aliasSet.delete(name);
  aliasSet.delete('');
  const aliases = [...aliasSet].sort();
  return {
    id: src.id,
    type: ranked[0].type,
    name,
    aliases,
    aliasText: aliases.join(' '),
    side: firstOf(ranked, (c) => (c.side === 'unknown' ? null : c.side)) ?? 'unknown',
    kind: firstOf(ranked, (c) => c.kind),
    iso2: firstOf(ranked, (c) => c.iso2),
    curated: claims.some((c) => c.curated),
    mentionCount: claims.reduce((n, c) => n + (c.mentionCount ?? 0), 0),
    documentCount: claims.filter((c) => (c.mentionCount ?? 0) > 0).length,
    docIds: claims.map((c) => c.doc),
    claims: claims.map((c) => JSON.stringify(c)),
  };
}
