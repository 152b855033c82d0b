// Bodies the KB does not list, named by an open head and the capitalised words after it
// (`Directorate-General for Neighbourhood and Enlargement Negotiations`, `Working Party on Integration,
// Migration and Expulsion`), and EU delegations by their country (`EU Delegation to Nigeria` ->
// `Delegation of the European Union to Nigeria`). Heads come from national-bodies.json.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { indexByFirstWord, perKnowledgeBase } from './first-word-index.ts';
import type { InstitutionCandidate, KnownCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, type Token } from './tokenize.ts';

/** Small words allowed inside a run of capitalised name words. */
const INNER = new Set(['and', 'of', 'the', 'for']);
/** A run longer than this is a sentence, not a name. */
const MAX_RUN_WORDS = 8;

/** Heads' form words, indexed by their first word, in file order. */
const bodyHeads = perKnowledgeBase((kb) => {
  const split = (x: string) => normalizeForm(x).split(/[\s-]+/);
  const byFirst = (names: string[]) => indexByFirstWord(names.map(split), (w) => w);
  return { toCountry: byFirst(kb.nationalBodies.toCountry), openHeads: byFirst(kb.nationalBodies.openHeads) };
});

export function findNamedBodies(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, known: KnownCandidate[],
): InstitutionCandidate[] {
  const heads = bodyHeads(kb);
  const matchAt = (i: number, words: string[]) => words.every((w, k) => tokens[i + k]?.norm === w) && isCapitalised(tokens[i]!);
  const out: InstitutionCandidate[] = [];
  const delegation = kb.nationalBodies.toCountry[0];
  for (let i = 0; i < tokens.length; i++) {
    const to = heads.toCountry.get(tokens[i]!.norm)?.find((w) => matchAt(i, w));
    if (to && delegation) {
      const after = tokens[i + to.length];
      const c = after?.norm === 'to' ? known.find((k) => k.type === 'Country' && k.entityIds.length === 1 && k.start === tokens[i + to.length + 1]?.start) : undefined;
      if (c) {
        out.push({ kind: 'institution', name: `${delegation} to ${kb.entities.get(c.entityIds[0]!)!.name}`, country: c.entityIds[0]!, start: tokens[i]!.start, end: c.end, sentence });
        i += to.length;
        continue;
      }
    }
    const open = heads.openHeads.get(tokens[i]!.norm)?.find((w) => matchAt(i, w));
    if (!open) continue;
    let k = i + open.length;
    const from = k;
    while (tokens[k] && k - from < MAX_RUN_WORDS && /^(\s|,\s)$/.test(gap(text, tokens[k - 1]!, tokens[k]!))
      && (isCapitalised(tokens[k]!) || (INNER.has(tokens[k]!.norm) && tokens[k + 1] && isCapitalised(tokens[k + 1]!)))) k++;
    // A comma-separated run ends at its last capitalised word; nothing after the head is no name.
    while (k > from && (INNER.has(tokens[k - 1]!.norm))) k--;
    if (k === from) continue;
    // A body the KB knows under this very span is linked as such, not named again.
    if (known.some((c) => c.type === 'Institution' && c.start === tokens[i]!.start && c.end === tokens[k - 1]!.end)) { i = k - 1; continue; }
    const surface = text.slice(tokens[i]!.start, tokens[k - 1]!.end).replace(/\s+/g, ' ');
    out.push({ kind: 'institution', name: surface.replace(/^Directorate General/, 'Directorate-General'), country: null, start: tokens[i]!.start, end: tokens[k - 1]!.end, sentence });
    i = k - 1;
  }
  return out;
}
