// A token trie over normal forms: one walk per token position finds every known surface form that starts
// there, so matching a sentence costs its length times the longest form, not the size of the KB.
import { formTokens, foldAccents } from '../knowledge/normalize-form.ts';
import type { Token } from './tokenize.ts';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: { value: T; folded: string[] }[];
}

export interface TrieMatch<T> {
  value: T;
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** The form's tokens with accents folded and case kept, for case-sensitive checks. */
  folded: string[];
}

const NO_MATCHES: readonly TrieMatch<never>[] = Object.freeze([]);

export class FormTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(form: string, value: T): void {
    const keys = formTokens(form);
    if (!keys.length) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map(), values: [] }));
      node = n;
    }
    const folded = foldAccents(form).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    node.values.push({ value, folded });
  }

  /** Every form that starts at token `from`, longest last. Most positions start none: they share one
   * empty answer rather than each allocating its own. */
  matchAt(tokens: Token[], from: number): readonly TrieMatch<T>[] {
    let out: TrieMatch<T>[] | null = null;
    let node = this.root;
    for (let i = from; i < tokens.length; i++) {
      const n = node.next.get(tokens[i]!.norm);
      if (!n) break;
      node = n;
      for (const v of n.values) (out ??= []).push({ value: v.value, from, to: i + 1, folded: v.folded });
    }
    return out ?? NO_MATCHES;
  }
}
