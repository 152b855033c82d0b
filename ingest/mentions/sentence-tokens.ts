// The tokens of each sentence of one document, made once and shared: the country count, the mention
// finders and the surname pass all walk the same sentences. So are the gazetteer's known names, which
// the country count and the mention finders both read. Callers must not change what they get.
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';
import type { KbTries } from './kb-tries.ts';
import type { KnownCandidate } from './mention-candidate.ts';
import { type Token, tokenize } from './tokenize.ts';

export class SentenceTokens {
  private readonly bySpan = new Map<string, Token[]>();
  private readonly knownBySpan = new Map<string, KnownCandidate[]>();

  constructor(private readonly text: string) {}

  /** Tokens of `text.slice(start, end)`, with offsets into the text. */
  of(start: number, end: number): Token[] {
    const key = `${start}:${end}`;
    let tokens = this.bySpan.get(key);
    if (!tokens) this.bySpan.set(key, (tokens = tokenize(this.text, start, end)));
    return tokens;
  }

  /** The gazetteer's names in a sentence (its index is part of each candidate), from the shared tokens,
   * kept for a later `takeKnown`. For readers only. */
  known(s: { index: number; start: number; end: number }, kb: KnowledgeBase, tries: KbTries): readonly KnownCandidate[] {
    const key = `${s.start}:${s.end}:${s.index}`;
    let known = this.knownBySpan.get(key);
    if (!known) this.knownBySpan.set(key, (known = findGazetteerMentions(this.text, this.of(s.start, s.end), s.index, kb, tries)));
    return known;
  }

  /** The same names, handed over: the caller owns them (linking later moves a mention's bounds). */
  takeKnown(s: { index: number; start: number; end: number }, kb: KnowledgeBase, tries: KbTries): KnownCandidate[] {
    const key = `${s.start}:${s.end}:${s.index}`;
    const known = this.knownBySpan.get(key);
    if (!known) return findGazetteerMentions(this.text, this.of(s.start, s.end), s.index, kb, tries);
    this.knownBySpan.delete(key);
    return known;
  }
}
