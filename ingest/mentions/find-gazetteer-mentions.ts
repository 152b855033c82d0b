// Known names in a sentence: countries, institutions, curated people and named instruments, by the trie.
// Case rules: acronyms and codes match case-sensitively; names need a capital; one-word common-noun
// aliases (`Council`, `Commission`) do not count inside a longer proper name (`Association Council`).
import type { KnowledgeBase, SurfaceForm } from '../knowledge/knowledge-base.ts';
import type { TrieMatch } from './form-trie.ts';
import type { KbTries } from './kb-tries.ts';
import type { KnownCandidate } from './mention-candidate.ts';
import { gap, isCapitalised, isUpperCase, type Token } from './tokenize.ts';

/** Share of upper-case letters above which a sentence is a heading, where codes like `IT` are words. */
const HEADING_UPPER_SHARE = 0.8;
/** Words that may precede a one-word alias without making it part of a longer name. */
const OPEN_BEFORE = new Set(['The', 'A', 'An', 'This', 'That', 'EU', 'European']);
const LIST_GAP = /^\s*(,|and|&|\/|;)?\s*$/;

export function findGazetteerMentions(
  text: string, tokens: Token[], sentence: number, kb: KnowledgeBase, tries: KbTries,
): KnownCandidate[] {
  const out: KnownCandidate[] = [];
  const heading = isHeading(tokens);
  for (let i = 0; i < tokens.length;) {
    const matches = tries.forms.matchAt(tokens, i);
    if (!matches.length) { i++; continue; }
    const valid = matches.filter((m) => m.value.via !== 'office' && accepts(text, tokens, m, heading, kb));
    if (!valid.length) { i++; continue; }
    const to = Math.max(...valid.map((m) => m.to));
    const best = valid.filter((m) => m.to === to);
    const ids = [...new Set(best.map((m) => m.value.entityId))];
    const first = best[0]!.value;
    out.push({
      kind: 'known', type: first.type, entityIds: ids, via: bestVia(best.map((m) => m.value)),
      start: tokens[i]!.start, end: tokens[to - 1]!.end, sentence,
    });
    i = to;
  }
  return out;
}

function bestVia(forms: SurfaceForm[]): KnownCandidate['via'] {
  const order: KnownCandidate['via'][] = ['name', 'alias', 'demonym', 'code'];
  for (const v of order) if (forms.some((f) => f.via === v)) return v;
  return 'alias';
}

function accepts(text: string, tokens: Token[], m: TrieMatch<SurfaceForm>, heading: boolean, kb: KnowledgeBase): boolean {
  const span = tokens.slice(m.from, m.to);
  const f = m.value;
  const exact = f.caseRule === 'exact' || m.folded.some((t) => (t.match(/\p{Lu}/gu)?.length ?? 0) >= 2);
  if (exact && !span.every((t, k) => t.folded === m.folded[k])) return false;
  if (!exact && f.type !== 'Instrument' && !isCapitalised(span[0]!)) return false;
  // A form never runs across a tab or a line break: those separate table cells and lines.
  if (span.some((t, k) => k > 0 && /[\t\n]/.test(gap(text, span[k - 1]!, t)))) return false;
  // A token glued to the span by `/` or a letter-hyphen belongs to another word (`HR/VP`, `NDICI-funded` is fine).
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  if (f.via === 'code') {
    if (heading) return false;
    if (prev && /^\/$/.test(gap(text, prev, span[0]!))) return false;
    if (next && /^\/$/.test(gap(text, span[span.length - 1]!, next))) return false;
    if (kb.listOnlyCodes.has(span[0]!.raw) && !inCodeList(text, tokens, m.from, kb)) return false;
    return true;
  }
  const commonNoun = m.to - m.from === 1 && f.via === 'alias' && !exact && f.type !== 'Person' && f.type !== 'Country';
  if (commonNoun && prev && isCapitalised(prev) && !OPEN_BEFORE.has(prev.raw)
    && !/[.;:!?]\s*$/.test(gap(text, prev, span[0]!)) && prev !== tokens[0]) return false;
  if (commonNoun && next && isCapitalised(next) && !isUpperCase(next) && /^\s$/.test(gap(text, span[0]!, next))) return false;
  return true;
}

/** Whether token i sits in a list of upper-case two-letter codes (`4 MS (DE, AT, IT, NL)`). */
function inCodeList(text: string, tokens: Token[], i: number, kb: KnowledgeBase): boolean {
  const isCode = (t: Token | undefined) => !!t && /^[A-Z]{2}$/.test(t.raw) && kb.findCountry(t.raw) !== null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const cur = tokens[i]!;
  return (isCode(prev) && LIST_GAP.test(gap(text, prev!, cur))) || (isCode(next) && LIST_GAP.test(gap(text, cur, next!)));
}

function isHeading(tokens: Token[]): boolean {
  let upper = 0; let letters = 0;
  for (const t of tokens) {
    const raw = t.raw;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      // ASCII by code (digits are no letters); anything else as a code point, by its case mappings.
      if (code < 128) {
        if (code >= 65 && code <= 90) { letters++; upper++; } else if (code >= 97 && code <= 122) letters++;
        continue;
      }
      const c = String.fromCodePoint(raw.codePointAt(i)!);
      if (c.length === 2) i++;
      if (c === c.toLowerCase() && c === c.toUpperCase()) continue;
      letters++; if (c === c.toUpperCase()) upper++;
    }
  }
  return letters > 12 && upper / letters > HEADING_UPPER_SHARE;
}
