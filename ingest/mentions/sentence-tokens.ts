// The tokens of each sentence of one document, made once and shared: the country count, the mention
// finders and the surname pass all walk the same sentences. Callers must not change the arrays.
import { type Token, tokenize } from './tokenize.ts';

export class SentenceTokens {
  private readonly bySpan = new Map<string, Token[]>();

  constructor(private readonly text: string) {}

  /** Tokens of `text.slice(start, end)`, with offsets into the text. */
  of(start: number, end: number): Token[] {
    const key = `${start}:${end}`;
    let tokens = this.bySpan.get(key);
    if (!tokens) this.bySpan.set(key, (tokens = tokenize(this.text, start, end)));
    return tokens;
  }
}
