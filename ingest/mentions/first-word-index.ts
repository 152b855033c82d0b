// Multi-word heads from the knowledge base, indexed by their first form word (only heads starting with a
// token's word can start at that token), and built once per knowledge base rather than per sentence:
// the body finders run over every token of every sentence.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';

/** `items` grouped by their first word, each group in the order given. */
export function indexByFirstWord<T>(items: T[], words: (item: T) => string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const first = words(item)[0]!;
    const group = out.get(first);
    if (group) group.push(item); else out.set(first, [item]);
  }
  return out;
}

/** `build` run once per knowledge base, its answer kept as long as the knowledge base is. */
export function perKnowledgeBase<T>(build: (kb: KnowledgeBase) => T): (kb: KnowledgeBase) => T {
  const cache = new WeakMap<KnowledgeBase, T>();
  return (kb) => {
    let value = cache.get(kb);
    if (value === undefined) { value = build(kb); cache.set(kb, value); }
    return value;
  };
}
