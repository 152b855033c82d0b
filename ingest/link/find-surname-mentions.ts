// Surnames standing alone (`Borell said`, `Haavisto`) of people the document has already named:
// only capitalised tokens not covered by another mention, and only surnames that point to one person.
import type { Mention, Sentence } from '../../model/extraction.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { SentenceTokens } from '../mentions/sentence-tokens.ts';
import { isCapitalised } from '../mentions/tokenize.ts';
import type { DocumentPeople } from './resolve-person.ts';

/** Longest surname in tokens (`Bou Habib`, `von der Leyen`). */
const MAX_SURNAME_TOKENS = 3;
/** Shorter surnames are too often words or initials to stand alone. */
const MIN_SURNAME_LENGTH = 4;

export function findSurnameMentions(
  text: string, sentences: Sentence[], existing: Mention[], people: DocumentPeople, kb: KnowledgeBase,
  sentenceTokens = new SentenceTokens(text),
): Mention[] {
  const covered = (s: number, e: number) => existing.some((m) => s < m.end && m.start < e);
  const out: Mention[] = [];
  for (const s of sentences) {
    const tokens = sentenceTokens.of(s.start, s.end);
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapitalised(tokens[i]!)) continue;
      // The keys of 1..MAX tokens from i, each built on the shorter one.
      const keys: string[] = [tokens[i]!.norm];
      for (let n = 2; n <= Math.min(MAX_SURNAME_TOKENS, tokens.length - i); n++) keys.push(`${keys[n - 2]} ${tokens[i + n - 1]!.norm}`);
      for (let n = keys.length; n >= 1; n--) {
        const key = keys[n - 1]!;
        const ids = people.surnames.get(key);
        if (!ids || ids.size !== 1 || key.length < MIN_SURNAME_LENGTH) continue;
        const start = tokens[i]!.start; const end = tokens[i + n - 1]!.end;
        if (covered(start, end) || kb.countriesForForm(key).length) continue;
        if (/^[-–]/.test(text.slice(end, end + 1)) || /[-–]$/.test(text.slice(start - 1, start))) continue;
        out.push({ entityId: [...ids][0]!, start, end, text: text.slice(start, end), sentence: s.index, resolvedBy: 'surname' });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}
