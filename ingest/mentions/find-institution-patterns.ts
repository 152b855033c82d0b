// Institutions not in the knowledge base, by the naming patterns of the genre: `Ministry of Interior of
// Niger`, `Nigerian Ministry of Foreign Affairs`, `Pakistan's Ministry of ...`, and in a country's section
// a bare `Ministry of Interior` is that country's. The name is always `Ministry of <portfolio> of <Country>`.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KbTries } from './kb-tries.ts';
import type { InstitutionCandidate, KnownCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, type Token } from './tokenize.ts';

const HEADS = new Set(['ministry', 'ministries']);
/** Portfolio words that may be lower case in running text (`Ministry of Foreign affairs`). */
const LINKERS = new Set(['of', 'for', 'and', 'the']);

export function findInstitutionPatterns(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, tries: KbTries,
  known: KnownCandidate[], sectionCountry: string | null,
): InstitutionCandidate[] {
  const out: InstitutionCandidate[] = [];
  const knownAt = (i: number) => known.find((k) => tokens[i]!.start >= k.start && tokens[i]!.end <= k.end);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!HEADS.has(t.norm) || !isCapitalised(t) || t.norm === 'ministries') continue;
    let to = i + 1;
    const words: string[] = [];
    let country: string | null = null;
    while (to < tokens.length) {
      const w = tokens[to]!;
      if (!/^(\s|,\s)$/.test(gap(text, tokens[to - 1]!, w))) break;
      const k = knownAt(to);
      if (k && k.type === 'Country' && k.entityIds.length === 1 && ['of', 'the'].includes(tokens[to - 1]!.norm)) {
        country = k.entityIds[0]!;
        while (to < tokens.length && tokens[to]!.end <= k.end) to++;
        break;
      }
      if (LINKERS.has(w.norm) || (tries.portfolio.has(w.norm) && isCapitalised(w))) { words.push(w.raw); to++; continue; }
      break;
    }
    while (words.length && LINKERS.has(words[words.length - 1]!.toLowerCase())) { words.pop(); to--; }
    if (country && ['of', 'the'].includes(tokens[to - 1]?.norm ?? '')) to--;
    const portfolio = words.filter((w, k) => !(k === 1 && w.toLowerCase() === 'the' && words[0]!.toLowerCase() === 'of')).join(' ');
    let start = t.start;
    // A country or demonym just before: `Nigerian Ministry`, `Pakistan's Ministry`.
    let j = i - 1;
    if (j >= 0 && tokens[j]!.norm === 's' && /['’]/.test(gap(text, tokens[j - 1] ?? tokens[j]!, tokens[j]!))) j--;
    const before = j >= 0 ? knownAt(j) : undefined;
    if (!country && before && before.type === 'Country' && before.entityIds.length === 1 && before.end <= t.start) {
      country = before.entityIds[0]!; start = before.start;
    }
    country ??= sectionCountry && kb.entities.get(sectionCountry)?.side === 'third_country' ? sectionCountry : null;
    const end = country && tokens[to - 1] && tokens[to - 1]!.start >= t.start ? Math.max(tokens[to - 1]!.end, t.end) : (tokens[i + words.length]?.end ?? t.end);
    const countryName = country ? kb.entities.get(country)!.name : null;
    if (!portfolio && !countryName) continue;
    const name = `Ministry${portfolio ? ` ${/^(of|for)\b/i.test(portfolio) ? '' : 'of '}${portfolio}` : ''}${countryName ? ` of ${countryName}` : ''}`
      .replace(/\s+/g, ' ');
    out.push({ kind: 'institution', name, country, start, end, sentence });
    i = Math.max(i, to - 1);
  }
  return out;
}
