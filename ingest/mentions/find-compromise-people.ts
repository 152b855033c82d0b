// compromise as the last finder of people: only sentences with a run of capitalised words that no other
// finder explained are tagged (its full tagger runs at ~12k words/s), and only multi-word names it
// calls people are kept. This is the process's one compromise entry point (import `compromise` only).
// A call costs ~1.5 ms before the first word, so a document's windows are tagged together, a batch of
// them per call (see compromisePeople); compromise tags each sentence on its own, so the people found are
// those single calls would find.
import nlp from 'compromise';
import type { KbTries } from './kb-tries.ts';
import type { Candidate, PersonCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, isUpperCase, type Token } from './tokenize.ts';

export interface CompromiseMatch { text: string; offset: { start: number; length: number } }
/** A window of the text compromise is asked about: its text and where it starts in the document. */
export interface PeopleWindow { from: number; slice: string }

/** Words of context either side of a candidate run that compromise gets to see. */
const WINDOW_TOKENS = 3;
/** Windows tagged per compromise call: one call's fixed cost is shared, but its matcher's cost grows
 * faster than linearly in a long document (measured best at 25-100 windows). */
export const MAX_BATCH_WINDOWS = 50;

/** The windows of one sentence compromise must read: each unexplained run with its context. */
export function peopleWindows(text: string, tokens: Token[], tries: KbTries, found: Candidate[]): PeopleWindow[] {
  const covered = coveredBy(found);
  return unexplainedRuns(text, tokens, tries, covered).map(([a, b]) => {
    const from = tokens[Math.max(0, a - WINDOW_TOKENS)]!.start;
    return { from, slice: text.slice(from, tokens[Math.min(tokens.length - 1, b + WINDOW_TOKENS)]!.end) };
  });
}

/** The people of one sentence, from compromise's answers for its windows (in order). */
export function acceptPeople(
  text: string, tokens: Token[], sentence: number, tries: KbTries, found: Candidate[],
  windows: PeopleWindow[], answers: CompromiseMatch[][],
): PersonCandidate[] {
  const covered = coveredBy(found);
  const out: PersonCandidate[] = [];
  windows.forEach((w, k) => {
    for (const p of answers[k]!) {
      const c = accept(text, tokens, tries, covered, w.slice, w.from, p, sentence);
      if (c && !out.some((o) => o.start === c.start)) out.push(c);
    }
  });
  return out;
}

export function findCompromisePeople(
  text: string, tokens: Token[], sentence: number, tries: KbTries, found: Candidate[],
): PersonCandidate[] {
  const windows = peopleWindows(text, tokens, tries, found);
  return acceptPeople(text, tokens, sentence, tries, found, windows, compromisePeople(windows.map((w) => w.slice)));
}

interface CompromiseWorld { methods: { one: { tokenize: { fromString(text: string, world: CompromiseWorld): CompromiseTerm[][] } } } }
interface CompromiseTerm { pre: string; text: string; post: string }
interface CompromisePerson extends CompromiseMatch { terms: Array<{ index: [number, number] }> }

/** compromise's people in each text, offsets into that text: `nlp(text).people()` for each, a batch per call. */
export function compromisePeople(texts: string[]): CompromiseMatch[][] {
  const out: CompromiseMatch[][] = [];
  for (let i = 0; i < texts.length; i += MAX_BATCH_WINDOWS) out.push(...peopleBatch(texts.slice(i, i + MAX_BATCH_WINDOWS)));
  return out;
}

const single = (text: string) => nlp(text).people().json({ offset: true }) as CompromiseMatch[];

function peopleBatch(texts: string[]): CompromiseMatch[][] {
  if (texts.length === 1) return [single(texts[0]!)];
  // One document of every text's own sentences, split as compromise splits each text alone.
  const world = nlp.world() as unknown as CompromiseWorld;
  const sentences: CompromiseTerm[][] = [];
  const owner: number[] = [];
  const base: number[] = [];
  let offset = 0;
  const out: CompromiseMatch[][] = texts.map(() => []);
  const alone: number[] = [];
  texts.forEach((text, k) => {
    const own = world.methods.one.tokenize.fromString(text, world);
    // Offsets map back only if the tokens spell the text exactly; any other text is asked on its own.
    const spelled = own.reduce((n, terms) => n + terms.reduce((m, t) => m + t.pre.length + t.text.length + t.post.length, 0), 0);
    if (spelled !== text.length || !own.length) { alone.push(k); return; }
    for (const terms of own) { sentences.push(terms); owner.push(k); }
    base[k] = offset;
    offset += text.length;
  });
  if (sentences.length) {
    const doc = nlp(sentences.map((terms) => ({ terms })) as unknown as string);
    for (const p of doc.people().json({ offset: true }) as CompromisePerson[]) {
      const k = owner[p.terms[0]!.index[0]]!;
      out[k]!.push({ text: p.text, offset: { start: p.offset.start - base[k]!, length: p.offset.length } });
    }
  }
  for (const k of alone) out[k] = single(texts[k]!);
  return out;
}

/** Whether a token overlaps a found candidate: the candidates' spans merged and sorted, then a binary search,
 * rather than every candidate per token. */
function coveredBy(found: Candidate[]): (t: Token) => boolean {
  const spans = found.map((c) => [c.start, c.end] as [number, number]).sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e); else merged.push([s, e]);
  }
  return (t) => {
    // The last merged span starting before the token's end overlaps it if it ends after the token's start.
    let lo = 0; let hi = merged.length - 1; let at = -1;
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (merged[mid]![0] < t.end) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    return at >= 0 && merged[at]![1] > t.start;
  };
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
