// Lookups over the curated people, built once per knowledge base: full names and aliases by normal
// form, and every name and surname for fuzzy matching.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';

export interface PersonIndex {
  /** Normal form of a full name or alias -> person ids. */
  byName: Map<string, string[]>;
  /** Every (normal form, id) pair, names and surnames, for fuzzy look-ups. */
  all: { form: string; id: string; surname: boolean }[];
}

const cache = new WeakMap<KnowledgeBase, PersonIndex>();

export function personIndex(kb: KnowledgeBase): PersonIndex {
  const hit = cache.get(kb);
  if (hit) return hit;
  const byName = new Map<string, string[]>();
  const all: PersonIndex['all'] = [];
  const add = (form: string, id: string) => {
    const k = normalizeForm(form);
    const ids = byName.get(k) ?? [];
    if (!ids.includes(id)) byName.set(k, [...ids, id]);
    all.push({ form: k, id, surname: false });
  };
  for (const f of kb.forms) if (f.type === 'Person' && f.via !== 'office') add(f.form, f.entityId);
  for (const [s, ids] of kb.surnames) for (const id of ids) all.push({ form: s, id, surname: true });
  const built = { byName, all };
  cache.set(kb, built);
  return built;
}
