// People in a sentence: a title of the genre followed by a name (`DDG HOME Johannes LUCHNER`,
// `Commissioners Johansson and Várhelyi`), a role named alone (`the HR/VP`, `PEC`), and upper-case
// surnames after a given name (`Noredine BENFREHA`). Curated full names come from the gazetteer.
import type { KbTries } from './kb-tries.ts';
import type { KnownCandidate, PersonCandidate, RoleCandidate } from './mention-candidate.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { gap, isCapitalised, isUpperCase, type Token } from './tokenize.ts';

/** Shortest given name before an upper-case surname (`Abdou Salam HAROU`), and how many more may precede it. */
const MIN_GIVEN_NAME = 3;
const MAX_EXTRA_GIVEN_NAMES = 2;
/** Longest name a title may introduce, in tokens (`Mohammed Bahr al Uloom`). */
const MAX_NAME_TOKENS = 4;
/** Gaps allowed inside one name: a space, a hyphen, an apostrophe (`Grande-Marlaska`, `ABE'E`). */
const NAME_GAP = /^( |\u00a0|-|'|’)$/;
/** After an initial, a full stop joins too (`J. Borrell`, `M.Pariat`). */
const INITIAL_GAP = /^\. ?$/;
/** Gaps allowed inside a title (`Minister of Migration, Home Affairs and Citizenship`, `Deputy PM, Minister`). */
const TITLE_GAP = /^( |\u00a0|-|\/|, | \/ | – | - |'s |’s )$/;
/** Honorifics that say nothing about an office, so they make no holding. */
const HONORIFICS = new Set(['ms', 'mr', 'mrs', 'dr', 'prof', 'h e', 'sheikh', 'general', 'min']);
const PLURAL_TITLES = new Set(['commissioners', 'presidents', 'ministers', 'ambassadors', 'vps']);
/** Words that join the parts of a title; a name never follows one directly. */
const LINKERS = new Set(['of', 'for', 'the', 'to', 'and']);
/** A name word in capitals needs a vowel and some length, or it is an acronym (`MPCC`, `VTC`). */
const NAME_IN_CAPITALS = /^(?=.*[AEIOUY])[A-Z\p{Lu}]{4,}$/u;
/** Lower-case forms of titles that still introduce a name in running text (`commissioner Johansson`). */
const LOWER_TITLES = new Set(['commissioner', 'minister', 'president', 'ambassador']);

export interface PersonFinds {
  persons: PersonCandidate[];
  roles: RoleCandidate[];
}

export function findPersonMentions(
  text: string, tokens: Token[], sentence: number, tries: KbTries, known: KnownCandidate[],
): PersonFinds {
  const knownAt = new Map<number, KnownCandidate>();
  for (const k of known) tokens.forEach((t, i) => { if (t.start >= k.start && t.end <= k.end) knownAt.set(i, k); });
  const persons: PersonCandidate[] = [];
  const roles: RoleCandidate[] = [];
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const title = readTitle(text, tokens, i, tries, knownAt);
    if (!title) continue;
    // A title ending on a linker (`President of the`) runs into an organisation's name, not a person's.
    const endsOnLinker = LINKERS.has(tokens[title.end - 1]!.norm);
    const names = endsOnLinker ? [] : readNames(text, tokens, title.end, tries, knownAt, title.plural);
    const titleText = text.slice(tokens[i]!.start, tokens[title.end - 1]!.end);
    if (!names.length) {
      if (title.office) roles.push({ kind: 'role', office: title.office, start: tokens[title.officeFrom]!.start, end: tokens[title.officeTo - 1]!.end, sentence });
      for (let k = i; k < title.end; k++) used.add(k);
      continue;
    }
    for (const n of names) {
      persons.push({
        kind: 'person', name: text.slice(tokens[n.from]!.start, tokens[n.to - 1]!.end),
        title: HONORIFICS.has(normalizeForm(titleText)) ? null : titleText,
        office: title.office, org: title.org ?? orgBefore(text, tokens, i, knownAt),
        start: tokens[n.from]!.start, end: tokens[n.to - 1]!.end, titleStart: tokens[i]!.start, sentence,
      });
      for (let k = i; k < n.to; k++) used.add(k);
    }
  }
  // A given name followed by an upper-case surname is a person even without a title (`Noredine BENFREHA`).
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (used.has(i) || used.has(i + 1) || knownAt.has(i) || knownAt.has(i + 1)) continue;
    const a = tokens[i]!; const b = tokens[i + 1]!;
    if (isCapitalised(a) && !isUpperCase(a) && !/^\p{N}/u.test(a.raw) && a.raw.length >= MIN_GIVEN_NAME && NAME_IN_CAPITALS.test(b.raw)
      && gap(text, a, b) === ' ' && !tries.notNames.has(a.raw) && !tries.titles.matchAt(tokens, i).length) {
      let to = i + 2;
      let from = i;
      while (from > 0 && !used.has(from - 1) && !knownAt.has(from - 1) && gap(text, tokens[from - 1]!, tokens[from]!) === ' '
        && isCapitalised(tokens[from - 1]!) && !isUpperCase(tokens[from - 1]!) && !tries.notNames.has(tokens[from - 1]!.raw)
        && !tries.titles.matchAt(tokens, from - 1).length && i - from < MAX_EXTRA_GIVEN_NAMES) from--;
      while (to < tokens.length && isUpperCase(tokens[to]!) && NAME_GAP.test(gap(text, tokens[to - 1]!, tokens[to]!)) && !knownAt.has(to)) to++;
      const s0 = tokens[from]!.start;
      persons.push({
        kind: 'person', name: text.slice(s0, tokens[to - 1]!.end), title: null, office: null, org: null,
        start: s0, end: tokens[to - 1]!.end, titleStart: s0, sentence,
      });
      for (let k = from; k < to; k++) used.add(k);
    }
  }
  // A name followed by its title after a comma (`Hamadou Adamou Souley, Minister of Interior`).
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i) || knownAt.has(i) || !isCapitalised(tokens[i]!) || isUpperCase(tokens[i]!) || tries.notNames.has(tokens[i]!.raw)
      || tries.titles.matchAt(tokens, i).length || (i > 0 && gap(text, tokens[i - 1]!, tokens[i]!) === ' ' && isCapitalised(tokens[i - 1]!))) continue;
    let to = i + 1;
    while (to < tokens.length && to - i < MAX_NAME_TOKENS && !used.has(to) && !knownAt.has(to) && isCapitalised(tokens[to]!)
      && !tries.notNames.has(tokens[to]!.raw) && NAME_GAP.test(gap(text, tokens[to - 1]!, tokens[to]!))) to++;
    if (to - i < 2 || !tokens[to] || gap(text, tokens[to - 1]!, tokens[to]!) !== ', ') continue;
    let t = to;
    while (knownAt.get(t)?.type === 'Country') t++;
    if (!tries.titles.matchAt(tokens, t).some((m) => isCapitalised(tokens[t]!) && m.to > t)) continue;
    persons.push({
      kind: 'person', name: text.slice(tokens[i]!.start, tokens[to - 1]!.end), title: null, office: null,
      org: knownAt.get(to)?.type === 'Country' ? knownAt.get(to)!.entityIds[0] ?? null : null,
      start: tokens[i]!.start, end: tokens[to - 1]!.end, titleStart: tokens[i]!.start, sentence,
    });
    for (let k = i; k < to; k++) used.add(k);
  }
  return { persons, roles };
}

interface TitleRead { end: number; office: string | null; org: string | null; plural: boolean; officeFrom: number; officeTo: number }

/** Reads a title (with qualifiers, portfolio and further titles) starting at token i. */
function readTitle(text: string, tokens: Token[], i: number, tries: KbTries, knownAt: Map<number, KnownCandidate>): TitleRead | null {
  const first = longestTitle(text, tokens, i, tries);
  if (!first) return null;
  let end = first;
  let org: string | null = null;
  let office = officeOf(text, tokens, i, end, tries);
  let officeFrom = i;
  let officeTo = end;
  for (;;) {
    const t = tokens[end];
    if (!t || !TITLE_GAP.test(gap(text, tokens[end - 1]!, t))) break;
    const k = knownAt.get(end);
    if (k && (k.type === 'Institution' || k.type === 'Country') && (isUpperCase(t) || k.type === 'Country')) {
      org = k.entityIds.length === 1 ? k.entityIds[0]! : org;
      while (knownAt.get(end) === k) end++;
      continue;
    }
    const more = longestTitle(text, tokens, end, tries);
    if (more) {
      const o = officeOf(text, tokens, end, more, tries);
      if (o) { office = o; officeFrom = end; officeTo = more; }
      end = more;
      continue;
    }
    if (tries.qualifiers.has(t.raw) || (tries.portfolio.has(t.norm) && portfolioLeadsOn(tokens, end, tries)) || (t.norm === 'to' && (knownAt.has(end + 1) || (tokens[end + 1]?.norm === 'the' && knownAt.has(end + 2))))) {
      end++;
      const o = officeOf(text, tokens, officeFrom, end, tries);
      if (o) { office = o; officeTo = end; }
      continue;
    }
    break;
  }
  // Only a plural title word (`Commissioners`, `Ministers`) introduces a list, not `Foreign Affairs`.
  const head = tokens[first - 1]!.norm;
  const plural = PLURAL_TITLES.has(head) && (first - 1 === i || tokens[first - 2]!.norm === 'foreign');
  return { end, office, org, plural, officeFrom, officeTo };
}

/** A portfolio word continues the title only while more title words or a name follow. */
function portfolioLeadsOn(tokens: Token[], i: number, tries: KbTries): boolean {
  const t = tokens[i]!;
  if (!['of', 'for', 'and', 'the'].includes(t.norm)) return true;
  const n = tokens[i + 1];
  // "the HR/VP and the Ethiopian MFA": `and the` starts another person's title.
  if (t.norm === 'and' && n?.norm === 'the') return false;
  return !!n && (tries.portfolio.has(n.norm) || isCapitalised(n));
}

function longestTitle(text: string, tokens: Token[], i: number, tries: KbTries): number | null {
  const t = tokens[i]!;
  let best: number | null = null;
  for (const m of tries.titles.matchAt(tokens, i)) {
    const span = tokens.slice(m.from, m.to);
    const upper = m.folded.some((f) => (f.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
    if (upper && !span.every((s, k) => s.folded === m.folded[k])) continue;
    if (!upper && !isCapitalised(t) && !LOWER_TITLES.has(t.norm)) continue;
    if (m.to > (best ?? 0)) best = m.to;
  }
  void text;
  return best;
}

function officeOf(text: string, tokens: Token[], from: number, to: number, tries: KbTries): string | null {
  for (let a = from; a < to; a++) {
    const phrase = text.slice(tokens[a]!.start, tokens[to - 1]!.end);
    const hit = tries.officeTitles.get(normalizeForm(phrase));
    if (hit && (!hit.exact || phrase === hit.exact)) return hit.key;
  }
  return null;
}

/** A country or institution written just before the title (`Tajikistan Foreign Minister`, `Pakistan's Minister`). */
function orgBefore(text: string, tokens: Token[], i: number, knownAt: Map<number, KnownCandidate>): string | null {
  let j = i - 1;
  if (j >= 0 && tokens[j]!.norm === 's' && /['’]/.test(gap(text, tokens[j - 1] ?? tokens[j]!, tokens[j]!))) j--;
  const k = knownAt.get(j);
  if (k && (k.type === 'Country' || k.type === 'Institution') && k.entityIds.length === 1) return k.entityIds[0]!;
  return null;
}

interface NameRead { from: number; to: number }

/** Names after a title: one, or a list for a plural title (`Commissioners Johansson and Várhelyi`). */
function readNames(text: string, tokens: Token[], i: number, tries: KbTries, knownAt: Map<number, KnownCandidate>, plural: boolean): NameRead[] {
  const out: NameRead[] = [];
  let at = i;
  for (;;) {
    const n = readName(text, tokens, at, tries, knownAt, out.length > 0);
    if (!n) break;
    out.push(n);
    if (!plural) break;
    const sep = tokens[n.to];
    if (sep && sep.norm === 'and' && tokens[n.to + 1]) { at = n.to + 1; continue; }
    if (sep && /^,\s$/.test(gap(text, tokens[n.to - 1]!, sep))) { at = n.to; continue; }
    break;
  }
  return out;
}

function readName(
  text: string, tokens: Token[], i: number, tries: KbTries, knownAt: Map<number, KnownCandidate>, inList = false,
): NameRead | null {
  const first = tokens[i];
  if (!first || (i > 0 && !/^( |\u00a0|, )$/.test(gap(text, tokens[i - 1]!, first)))) return null;
  // `of Serbia, Ivica Dačić`: a comma may stand between title and name only after the country.
  if (i > 0 && !inList && gap(text, tokens[i - 1]!, first) === ', ' && knownAt.get(i - 1)?.type !== 'Country') return null;
  if (isUpperCase(first) && !NAME_IN_CAPITALS.test(first.raw) && !/^['’]/.test(text.slice(first.end, first.end + 1))) return null;
  const k = knownAt.get(i);
  if (k && k.type === 'Person') {
    let to = i; while (knownAt.get(to) === k) to++;
    return { from: i, to };
  }
  let to = i;
  while (to < tokens.length && to - i < MAX_NAME_TOKENS) {
    const t = tokens[to]!;
    const g = to > i ? gap(text, tokens[to - 1]!, t) : ' ';
    const afterInitial = INITIAL_GAP.test(g) && tokens[to - 1]!.raw.length === 1;
    if (to > i && !NAME_GAP.test(g) && !afterInitial) break;
    // `Khai-rallah`, `Sul-eyman`: a lower-case part after a hyphen is the same word, broken.
    if (to > i && g === '-' && !isCapitalised(t)) { to++; continue; }
    if (/^[A-Z]+s$/.test(t.raw)) break;
    const kk = knownAt.get(to);
    if (kk && kk.type !== 'Person' && !(kk.via === 'demonym' && to > i)) break;
    if (tries.particles.has(t.raw)) {
      let p = to; while (p < tokens.length && tries.particles.has(tokens[p]!.raw)) p++;
      if (tokens[p] && isCapitalised(tokens[p]!) && !tries.notNames.has(tokens[p]!.raw)) { to = p; continue; }
      break;
    }
    if (!isCapitalised(t) || /^\p{N}/u.test(t.raw) || tries.notNames.has(t.raw)) break;
    to++;
  }
  // A name ends on a name word, not on a particle.
  while (to > i && tries.particles.has(tokens[to - 1]!.raw)) to--;
  return to > i ? { from: i, to } : null;
}
