// Parts of an instrument's name around its head: a region (`... for the Western Balkans`), a subject
// (`Joint Declaration on Migration Cooperation`), and whether a year before the head ends a date.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnownCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, type Token } from './tokenize.ts';

/** `for the Western Balkans` after a head: capitalised words that are not a country. */
export function regionSuffix(text: string, tokens: Token[], to: number, known: KnownCandidate[], kb: KnowledgeBase): { words: string; end: number } | null {
  if (tokens[to]?.norm !== 'for' || tokens[to + 1]?.norm !== 'the') return null;
  const run = capitalisedRun(text, tokens, to + 2, known);
  const regions = new Set(kb.instruments.regionWords.map((w) => w.toLowerCase()));
  return run && run.words.split(/[\s-]+/).some((w) => regions.has(w.toLowerCase())) ? run : null;
}

/** `on Migration Cooperation` after a declaration: its subject, capitalised. */
export function subjectSuffix(text: string, tokens: Token[], to: number, known: KnownCandidate[]): { words: string; end: number } | null {
  if (tokens[to]?.norm !== 'on') return null;
  return capitalisedRun(text, tokens, to + 1, known);
}

function capitalisedRun(text: string, tokens: Token[], from: number, known: KnownCandidate[]): { words: string; end: number } | null {
  let k = from;
  while (tokens[k] && (isCapitalised(tokens[k]!) || (k > from && ['and', 'of'].includes(tokens[k]!.norm) && tokens[k + 1] && isCapitalised(tokens[k + 1]!)))
    && !known.some((c) => c.start <= tokens[k]!.start && tokens[k]!.end <= c.end && c.type === 'Country')
    && (k === from || /^( |-)$/.test(gap(text, tokens[k - 1]!, tokens[k]!)))) k++;
  if (k === from || /^\d/.test(tokens[from]!.raw)) return null;
  return { words: text.slice(tokens[from]!.start, tokens[k - 1]!.end), end: tokens[k - 1]!.end };
}


const MONTH_WORDS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Whether a year token ends a date (`13 June 2023`) rather than qualifying a name (`2025 Roadmap`). */
export function isDateBefore(t: Token | undefined): boolean {
  return !!t && (MONTH_WORDS.has(t.norm) || /^\d+$/.test(t.raw) || /^q[1-4]$/.test(t.norm));
}
