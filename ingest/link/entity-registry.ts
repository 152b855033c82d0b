// The entities of one document as they are linked: one record per id, every other surface form kept
// as an alias. Entities outside the knowledge base get their id from their normalised name.
import { entityId } from '../../model/graph-model.ts';
import type { EntityType, InstrumentKind, Side } from '../../model/graph-model.ts';
import type { ExtractedEntity } from '../../model/extraction.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';

export class EntityRegistry {
  private readonly byId = new Map<string, ExtractedEntity>();
  constructor(private readonly kb: KnowledgeBase) {}

  /** Adds (or returns) a curated entity by id; null when the KB does not know the id. */
  curated(id: string): ExtractedEntity | null {
    const hit = this.byId.get(id);
    if (hit) return hit;
    const e = this.kb.entities.get(id);
    if (!e) return null;
    const rec: ExtractedEntity = {
      id, type: e.type, name: e.name, aliases: [], side: e.side, curated: true,
      ...(e.kind ? { kind: e.kind } : {}), ...(e.iso2 ? { iso2: e.iso2 } : {}), ...(e.parties ? { parties: e.parties } : {}),
    };
    this.byId.set(id, rec);
    // The curated forms ride along even when this document writes another one: the stored entity's
    // aliases feed full-text search (`Cape Verde` finds Cabo Verde wherever it was written `Cabo Verde`).
    for (const a of this.kb.aliasesOf(id)) this.addAlias(id, a);
    return rec;
  }

  /** Adds (or returns) an entity seen only in text, keyed by its name. */
  seen(type: EntityType, name: string, side: Side, extra: { kind?: InstrumentKind; parties?: string[] } = {}): ExtractedEntity {
    const id = entityId(type, name);
    const known = this.curated(id);
    if (known) {
      if (extra.parties && !known.parties) known.parties = extra.parties;
      return known;
    }
    const hit = this.byId.get(id);
    if (hit) return hit;
    const rec: ExtractedEntity = { id, type, name, aliases: [], side, curated: false, ...extra };
    this.byId.set(id, rec);
    return rec;
  }

  get(id: string): ExtractedEntity | undefined {
    return this.byId.get(id);
  }

  /** Records a surface form; the canonical name is not repeated as an alias. */
  addAlias(id: string, surface: string): void {
    const e = this.byId.get(id);
    const s = surface.replace(/\s+/g, ' ').trim();
    if (!e || !s || s === e.name || e.aliases.includes(s)) return;
    if (normalizeForm(s) === normalizeForm(e.name) && s.toLowerCase() === e.name.toLowerCase()) return;
    e.aliases.push(s);
  }

  /** Drops an entity whose mentions were moved to another (a bare head that names a fuller instrument). */
  remove(id: string): void {
    this.byId.delete(id);
  }

  all(): ExtractedEntity[] {
    return [...this.byId.values()];
  }
}
