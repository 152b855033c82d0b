// The country a document without country sections is about (a news item on EU-Pakistan talks): the
// third country named in most of its mentions, when it clearly leads. Context for "the readmission
// agreement" there, as a section's country is in the Council note.
import type { Sentence } from '../../model/extraction.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { kbTries } from '../mentions/kb-tries.ts';
import { SentenceTokens } from '../mentions/sentence-tokens.ts';

/** Share of third-country mentions the leader needs, and how many mentions at least. */
const MIN_SHARE = 0.5;
const MIN_MENTIONS = 3;

export function dominantCountry(text: string, sentences: Sentence[], kb: KnowledgeBase, tokens = new SentenceTokens(text)): string | null {
  const tries = kbTries(kb);
  const counts = new Map<string, number>();
  let total = 0;
  for (const s of sentences) {
    for (const k of tokens.known(s, kb, tries)) {
      const id = k.entityIds.length === 1 ? k.entityIds[0]! : null;
      if (k.type !== 'Country' || !id || kb.entities.get(id)?.side !== 'third_country') continue;
      counts.set(id, (counts.get(id) ?? 0) + 1);
      total++;
    }
  }
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return best && n >= MIN_MENTIONS && n / total > MIN_SHARE ? best : null;
}
