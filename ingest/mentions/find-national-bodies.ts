// National bodies the KB does not list, by a head from national-bodies.json and their country:
// `Migration Service of Armenia`, `Turkish Council of Ministers` (-> `Council of Ministers of Türkiye`),
// `Pakistani civil aviation authority` (-> `Pakistan Civil Aviation Authority`). The country must be
// written: a bare head is too generic to name one body.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { indexByFirstWord, perKnowledgeBase } from './first-word-index.ts';
import type { InstitutionCandidate, KnownCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, type Token } from './tokenize.ts';

interface Head { words: string[]; name: string; ofCountry: boolean }

/** Heads as form words, longest first, indexed by their first word. */
const nationalHeads = perKnowledgeBase((kb) => indexByFirstWord([
  ...kb.nationalBodies.ofCountry.map((name) => ({ words: normalizeForm(name).split(' '), name, ofCountry: true })),
  ...kb.nationalBodies.countryFirst.map((name) => ({ words: normalizeForm(name).split(' '), name, ofCountry: false })),
].sort((a, b) => b.words.length - a.words.length), (h: Head) => h.words));

export function findNationalBodies(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, known: KnownCandidate[],
): InstitutionCandidate[] {
  const heads = nationalHeads(kb);
  const countryAt = (start: number) => known.find((k) => k.type === 'Country' && k.entityIds.length === 1 && k.start === start);
  const countryEndingAt = (end: number) => known.find((k) => k.type === 'Country' && k.entityIds.length === 1 && k.end === end);
  const out: InstitutionCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = heads.get(tokens[i]!.norm)?.find((h) => h.words.every((w, k) => tokens[i + k]?.norm === w)
      && h.words.every((_, k) => k === 0 || /^ $/.test(gap(text, tokens[i + k - 1]!, tokens[i + k]!))));
    if (!head) continue;
    const last = tokens[i + head.words.length - 1]!;
    const prev = tokens[i - 1];
    const before = prev && /^ $/.test(gap(text, prev, tokens[i]!)) ? countryEndingAt(prev.end) : undefined;
    const ofTok = tokens[i + head.words.length];
    const after = head.ofCountry && ofTok?.norm === 'of' ? countryAt(tokens[i + head.words.length + 1]?.start ?? -1) : undefined;
    const country = after ?? before;
    // Without a country a capitalised head is still a name (`the Council of Ministers`), but of whom is unknown.
    if (!country || (!before && !isCapitalised(tokens[i]!))) continue;
    const countryName = kb.entities.get(country.entityIds[0]!)!.name;
    const name = head.ofCountry ? `${head.name} of ${countryName}` : `${countryName} ${head.name}`;
    out.push({ kind: 'institution', name, country: country.entityIds[0]!, start: before ? before.start : tokens[i]!.start, end: after ? after.end : last.end, sentence });
    i += head.words.length - 1;
  }
  return out;
}
