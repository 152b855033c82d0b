// The tries the finders share, built once per knowledge base (the KB is cached, so once per process).
import type { KnowledgeBase, SurfaceForm } from '../knowledge/knowledge-base.ts';
import type { InstrumentHead } from '../knowledge/schemas.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { FormTrie } from './form-trie.ts';

export interface HeadForm {
  head: InstrumentHead;
  caseRule: 'exact' | 'any';
  plural: boolean;
}

export interface KbTries {
  forms: FormTrie<SurfaceForm>;
  titles: FormTrie<string>;
  heads: FormTrie<HeadForm>;
  modifiers: Set<string>;
  particles: Set<string>;
  notNames: Set<string>;
  portfolio: Set<string>;
  qualifiers: Set<string>;
  /** Normal form of an office title -> office key and whether case must match (`PEC`). */
  officeTitles: Map<string, { key: string; exact: string | null }>;
}

const cache = new WeakMap<KnowledgeBase, KbTries>();

export function kbTries(kb: KnowledgeBase): KbTries {
  const hit = cache.get(kb);
  if (hit) return hit;
  const forms = new FormTrie<SurfaceForm>();
  for (const f of kb.forms) forms.add(f.form, f);
  const titles = new FormTrie<string>();
  for (const t of kb.titles.titles) titles.add(t, t);
  for (const o of kb.offices.values()) for (const t of o.titles) titles.add(t, t);
  const heads = new FormTrie<HeadForm>();
  for (const h of kb.instruments.heads) {
    heads.add(h.head, { head: h, caseRule: 'any', plural: false });
    for (const v of h.variants) heads.add(v, { head: h, caseRule: 'any', plural: /s$/.test(v) && !/s$/.test(h.head) });
    for (const a of h.acronyms) heads.add(a, { head: h, caseRule: 'exact', plural: false });
  }
  const officeTitles = new Map<string, { key: string; exact: string | null }>();
  for (const o of kb.offices.values()) for (const t of o.titles) {
    officeTitles.set(normalizeForm(t), { key: o.key, exact: /^[A-Z/]{2,}$/.test(t) ? t : null });
  }
  const lower = (xs: string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const built: KbTries = {
    forms, titles, heads,
    modifiers: lower(kb.instruments.modifiers),
    particles: new Set(kb.titles.nameParticles),
    notNames: new Set(kb.titles.notNames),
    portfolio: lower(kb.titles.portfolioWords),
    qualifiers: new Set(kb.titles.qualifiers),
    officeTitles,
  };
  cache.set(kb, built);
  return built;
}
