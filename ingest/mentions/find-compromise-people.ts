// compromise as the last finder of people: only sentences with a run of capitalised words that no other
// finder explained are tagged (its full tagger runs at ~12k words/s), and only multi-word names it
// calls people are kept. This is the process's one compromise entry point (import `compromise` only).
import nlp from 'compromise';
import type { KbTries } from './kb-tries.ts';
import type { Candidate, PersonCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, isUpperCase, type Token } from './tokenize.ts';

interface CompromiseMatch { text: string; offset: { start: number; length: number } }

/** Words of context either side of a candidate run that compromise gets to see. */
const WINDOW_TOKENS = 3;

export function findCompromisePeople(
  text: string, tokens: Token[], sentence: number, tries: KbTries, found: Candidate[],
): PersonCandidate[] {
  const covered = (t: Token) => found.some((c) => t.start < c.end && c.start < t.end);
  const out: PersonCandidate[] = [];
  for (const [a, b] of unexplainedRuns(text, tokens, tries, covered)) {
    const from = tokens[Math.max(0, a - WINDOW_TOKENS)]!.start;
    const slice = text.slice(from, tokens[Math.min(tokens.length - 1, b + WINDOW_TOKENS)]!.end);
    for (const p of nlp(slice).people().json({ offset: true }) as CompromiseMatch[]) {
      const c = accept(text, tokens, tries, covered, slice, from, p, sentence);
      if (c && !out.some((o) => o.start === c.start)) out.push(c);
    }
  }
  return out;
}

function accept(
  text: string, tokens: Token[], tries: KbTries, covered: (t: Token) => boolean,
  slice: string, from: number, p: CompromiseMatch, sentence: number,
): PersonCandidate | null {
  const raw = slice.slice(p.offset.start, p.offset.start + p.offset.length);
  const trimmed = raw.replace(/[\s,.;:)]+$/u, '').replace(/^[\s(]+/u, '');
  const start = from + p.offset.start + raw.indexOf(trimmed);
  const end = start + trimmed.length;
  const words = tokens.filter((t) => t.start >= start && t.end <= end);
  if (words.length < 2 || words.some((t) => covered(t) || !isCapitalised(t) || isUpperCase(t) || tries.notNames.has(t.raw))) return null;
  if (/[\t\n]/.test(trimmed)) return null;
  // Part of a longer proper name (`Youth Summer Olympic Games`) is not a person.
  const before = tokens.filter((t) => t.end <= start).pop();
  const after = tokens.find((t) => t.start >= end);
  if ((before && isCapitalised(before) && gap(text, before, words[0]!) === ' ' && before !== tokens[0])
    || (after && isCapitalised(after) && gap(text, words[words.length - 1]!, after) === ' ')) return null;
  return { kind: 'person', name: trimmed, title: null, office: null, org: null, start, end, titleStart: start, sentence };
}

/** Runs of two or more adjacent capitalised words, none covered or a known non-name, not at the sentence start. */
function unexplainedRuns(text: string, tokens: Token[], tries: KbTries, covered: (t: Token) => boolean): [number, number][] {
  const ok = (t: Token) => isCapitalised(t) && !isUpperCase(t) && !/^\p{N}/u.test(t.raw) && !tries.notNames.has(t.raw) && !covered(t);
  const runs: [number, number][] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!ok(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && ok(tokens[j + 1]!) && gap(text, tokens[j]!, tokens[j + 1]!) === ' ') j++;
    if (j > i) runs.push([i, j]);
    i = j;
  }
  return runs;
}
