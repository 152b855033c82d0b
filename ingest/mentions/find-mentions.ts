// All mention candidates of one sentence, overlaps settled: the longest span wins, except that countries
// and institutions inside an instrument's, a ministry's or a role's name stay mentions of their own
// (`EU-Nigeria Readmission Agreement` also mentions Nigeria and the EU).
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { acceptPeople, compromisePeople, peopleWindows, type PeopleWindow } from './find-compromise-people.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';
import { findInstitutionPatterns } from './find-institution-patterns.ts';
import { findNationalBodies } from './find-national-bodies.ts';
import { findNamedBodies } from './find-named-bodies.ts';
import { findAgencyListInstruments } from './find-agency-list-instruments.ts';
import { findInstrumentMentions } from './find-instrument-mentions.ts';
import { findPersonMentions } from './find-person-mentions.ts';
import { type KbTries, kbTries } from './kb-tries.ts';
import type { Candidate } from './mention-candidate.ts';
import type { SentenceTokens } from './sentence-tokens.ts';
import { type Token, tokenize } from './tokenize.ts';

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

export interface MentionContext {
  /** Country id of the sentence's section, if any. */
  sectionCountry: string | null;
  /** The document's shared sentence tokens; without it the sentence is tokenised here. */
  tokens?: SentenceTokens;
}

/** Ties between equally long spans go to the more specific finder. */
const PRIORITY: Record<string, number> = { person: 4, instrument: 3, knownInstrument: 5, role: 2, institution: 1, known: 0 };

export function findMentions(text: string, s: SentenceSpan, kb: KnowledgeBase, ctx: MentionContext): Candidate[] {
  return findSpanMentions(text, [s], kb, [ctx])[0]!;
}

/** A span's candidates before compromise has read its unexplained runs. */
interface Pending { s: SentenceSpan; tokens: Token[]; found: Candidate[]; windows: PeopleWindow[] }

/**
 * findMentions for many spans of one document (`ctxs[i]` is the context of `spans[i]`): the same
 * candidates, but compromise reads the windows of all spans in a few calls instead of one call each.
 */
export function findSpanMentions(text: string, spans: SentenceSpan[], kb: KnowledgeBase, ctxs: MentionContext[]): Candidate[][] {
  const tries = kbTries(kb);
  const pending = spans.map((s, i) => candidatesBeforeCompromise(text, s, kb, tries, ctxs[i]!));
  const answers = compromisePeople(pending.flatMap((p) => p?.windows.map((w) => w.slice) ?? []));
  let next = 0;
  return pending.map((p) => {
    if (!p) return [];
    const mine = answers.slice(next, (next += p.windows.length));
    const extra = acceptPeople(text, p.tokens, p.s.index, tries, p.found, p.windows, mine);
    return settleOverlaps([...p.found, ...extra]);
  });
}

function candidatesBeforeCompromise(text: string, s: SentenceSpan, kb: KnowledgeBase, tries: KbTries, ctx: MentionContext): Pending | null {
  const tokens = ctx.tokens ? ctx.tokens.of(s.start, s.end) : tokenize(text, s.start, s.end);
  if (!tokens.length) return null;
  const known = ctx.tokens ? ctx.tokens.takeKnown(s, kb, tries) : findGazetteerMentions(text, tokens, s.index, kb, tries);
  const { persons, roles } = findPersonMentions(text, tokens, s.index, tries, known);
  const instruments = findInstrumentMentions(text, tokens, s.index, kb, tries, known, ctx);
  const ministries = findInstitutionPatterns(text, tokens, s.index, kb, tries, known, ctx.sectionCountry);
  const bodies = [...findNationalBodies(text, tokens, s.index, kb, known), ...findNamedBodies(text, tokens, s.index, kb, known)];
  // A dated agency list may restate instruments a `with` list already named (`Working Arrangements in place with ...`).
  const listed = findAgencyListInstruments(text, tokens, s.index, kb, known, ctx.sectionCountry)
    .filter((l) => !instruments.some((x) => x.kind === 'instrument' && x.name === l.name));
  const found = [...known, ...persons, ...roles, ...instruments, ...ministries, ...bodies, ...listed];
  return { s, tokens, found, windows: peopleWindows(text, tokens, tries, found) };
}

function rank(c: Candidate): number {
  return c.kind === 'known' && c.type === 'Instrument' ? PRIORITY.knownInstrument! : PRIORITY[c.kind]!;
}

/** Whether `inner` may sit inside `outer` as a mention of its own. */
function nests(outer: Candidate, inner: Candidate): boolean {
  const container = outer.kind === 'instrument' || outer.kind === 'institution' || outer.kind === 'role'
    || (outer.kind === 'known' && (outer.type === 'Instrument' || outer.type === 'Institution'));
  const nested = inner.kind === 'known' && (inner.type === 'Country' || inner.type === 'Institution');
  return container && nested && inner.start >= outer.start && inner.end <= outer.end
    && !(outer.kind === 'known' && outer.type === 'Institution' && inner.type === 'Institution');
}

export function settleOverlaps(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => (b.end - b.start) - (a.end - a.start) || rank(b) - rank(a) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const clash = kept.some((k) => c.start < k.end && k.start < c.end && !nests(k, c)
      && !(c.kind === 'instrument' && k.kind === 'instrument' && c.start === k.start && c.end === k.end && c.name !== k.name));
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
