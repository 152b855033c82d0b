// The parties of an instrument as the text writes them: a prefix (`EU-Nigeria`, `Pakistan-EU`,
// `EUAA-Niger`), an agency before the head (`Frontex working arrangement`), a `with`/`between` list, or
// the one third country a sentence names; and how parties are written in an instrument's name.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { KnownCandidate } from './mention-candidate.ts';
import { gap, type Token } from './tokenize.ts';

export const EU_ID = 'institution:european-union';
/** Gaps that join two parties in a prefix (`EU-Pakistan`, `EU – Cabo Verde`, `EU Cabo Verde`). */
const PARTY_JOIN = /^(\s?[-–]\s?|\s)$/;
const LIST_GAP = /^(\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+)$/;
/** Words that may stand between a head and its `with` list (`in place with`, `for cooperation with`). */
const SKIP_BEFORE_WITH = new Set(['in', 'place', 'for', 'on', 'cooperation', 'signed', 'concluded', 'currently', 'already']);
/** How many such words at most. */
const MAX_SKIPPED_BEFORE_WITH = 3;

/** Parties written before the head: `EU-X`, `EU X`, `X-EU`. */
export function prefixParties(
  text: string, tokens: Token[], j: number, knownEndingAt: (i: number) => KnownCandidate | undefined, kb: KnowledgeBase,
): { parties: string[]; from: number } | null {
  const last = knownEndingAt(j);
  if (!last || last.entityIds.length !== 1) return null;
  const lastFrom = tokens.findIndex((t) => t.start === last.start);
  const before = lastFrom > 0 ? knownEndingAt(lastFrom - 1) : undefined;
  const joined = before && PARTY_JOIN.test(text.slice(before.end, last.start));
  const id = last.entityIds[0]!;
  const type = kb.entities.get(id)?.type;
  if (type === 'Country' && joined && before!.entityIds[0] === EU_ID) {
    return { parties: [EU_ID, id], from: tokens.findIndex((t) => t.start === before!.start) };
  }
  // `EUAA-Niger Roadmap`: an agency and a country.
  if (type === 'Country' && joined && before!.type === 'Institution' && before!.entityIds.length === 1
    && kb.entities.get(before!.entityIds[0]!)?.side === 'eu' && /[-–]/.test(text.slice(before!.end, last.start))) {
    return { parties: [before!.entityIds[0]!, id], from: tokens.findIndex((t) => t.start === before!.start) };
  }
  if (id === EU_ID && joined && before!.type === 'Country' && before!.entityIds.length === 1) {
    return { parties: [EU_ID, before!.entityIds[0]!], from: tokens.findIndex((t) => t.start === before!.start) };
  }
  return null;
}

export function partiesLabel(parties: string[], kb: KnowledgeBase): string {
  return parties.map((p) => (p === EU_ID ? 'EU' : shortLabel(p, '', kb))).join('-');
}

export interface Listed { id: string; surface: string }

/** Entities listed after `with`/`between` (`with Frontex (2009), CEPOL (2017) and EMCDDA (2020)`). */
export function listAfter(
  text: string, tokens: Token[], to: number,
  knownStartingAt: (i: number) => KnownCandidate | undefined,
): Listed[] {
  let i = to;
  while (tokens[i] && SKIP_BEFORE_WITH.has(tokens[i]!.norm) && i - to < MAX_SKIPPED_BEFORE_WITH) i++;
  if (!tokens[i] || !['with', 'between'].includes(tokens[i]!.norm)) return [];
  i++;
  const out: Listed[] = [];
  let pos = tokens[i - 1]!.end;
  for (;;) {
    while (tokens[i] && ['the', 'and'].includes(tokens[i]!.norm)) { pos = tokens[i]!.end; i++; }
    const k = knownStartingAt(i);
    if (!k || k.entityIds.length !== 1 || (k.type !== 'Country' && k.type !== 'Institution')) break;
    const between = text.slice(pos, k.start);
    if (!LIST_GAP.test(between) && between.trim() !== '' && !/^\s*\([^)]*\)\s*(,|and)?\s*$/.test(between)) break;
    out.push({ id: k.entityIds[0]!, surface: text.slice(k.start, k.end) });
    pos = k.end;
    i = tokens.findIndex((t) => t.start >= k.end);
    if (i < 0) break;
    // Skip a parenthesis after an entry (`Frontex (2009; new agreement currently being negotiated)`).
    const rest = text.slice(pos);
    const paren = /^\s*\([^)]*\)/.exec(rest);
    if (paren) { pos += paren[0].length; i = tokens.findIndex((t) => t.start >= pos); if (i < 0) break; }
    if (!/^\s*(,|and\b)/.test(text.slice(pos))) break;
  }
  return out;
}

export function soleThirdCountry(known: KnownCandidate[], kb: KnowledgeBase): string | null {
  const ids = new Set(known.filter((k) => k.type === 'Country' && k.entityIds.length === 1
    && kb.entities.get(k.entityIds[0]!)?.side === 'third_country').map((k) => k.entityIds[0]!));
  return ids.size === 1 ? [...ids][0]! : null;
}

/** An agency written just before the head (`Frontex working arrangement`, `Frontex-EUCAP Sahel Niger working arrangement`). */
export function agencyBefore(
  text: string, tokens: Token[], j: number, knownEndingAt: (i: number) => KnownCandidate | undefined, kb: KnowledgeBase,
): { id: string; surface: string; start: number; partner: string | null } | null {
  const last = knownEndingAt(j);
  if (!last || last.entityIds.length !== 1 || last.entityIds[0] === EU_ID || last.type !== 'Institution') return null;
  if (!/^\s$/.test(gap(text, tokens[j]!, tokens[j + 1]!))) return null;
  const lastFrom = tokens.findIndex((t) => t.start === last.start);
  const before = lastFrom > 0 ? knownEndingAt(lastFrom - 1) : undefined;
  if (before && before.type === 'Institution' && before.entityIds.length === 1 && before.entityIds[0] !== EU_ID
    && PARTY_JOIN.test(text.slice(before.end, last.start)) && /[-–]/.test(text.slice(before.end, last.start))) {
    return { id: before.entityIds[0]!, surface: text.slice(before.start, before.end), start: before.start, partner: last.entityIds[0]! };
  }
  if (kb.entities.get(last.entityIds[0]!)?.side !== 'eu') return null;
  return { id: last.entityIds[0]!, surface: text.slice(last.start, last.end), start: last.start, partner: null };
}

/** How a party is written in an instrument's name: a one-word name or the acronym (`Frontex`, `CEPOL`). */
export function shortLabel(id: string, surface: string, kb: KnowledgeBase): string {
  const e = kb.entities.get(id);
  if (!e) return surface;
  if (e.type === 'Country' || !e.name.includes(' ')) return e.name;
  return kb.acronymOf(id) ?? (surface || e.name);
}
