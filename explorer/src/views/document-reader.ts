// Document reader: the text with its linked mentions highlighted; clicking one opens the entity.
import { ENTITY_TYPES } from '../../../model/graph-model.ts';
import type { AppContext } from '../app/context.ts';
import type { DocumentText } from '../api/types.ts';
import { clear, h } from '../ui/dom.ts';
import type { View } from './view.ts';

/** Splits text into plain runs and mention marks, skipping overlaps (first mention wins). Pure. */
export function segments(text: string, mentions: DocumentText['mentions']): ({ text: string } | { text: string; mention: DocumentText['mentions'][number] })[] {
  const out: ({ text: string } | { text: string; mention: DocumentText['mentions'][number] })[] = [];
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export const documentReader: View = {
  mode: 'document',
  label: 'Documents',

  controls(ctx) {
    const current = ctx.store.state.docId;
    return h('div', { class: 'controls' },
      h('h2', {}, 'Documents'),
      h('p', { class: 'hint' }, 'Highlighted words are linked mentions; click one to open its entity.'),
      h('ul', { class: 'doc-list' }, [...ctx.documents].map(([id, title]) => h('li', {},
        h('a', { href: '#', class: id === current ? 'current' : '', 'data-doc': id, onclick: (ev: Event) => { ev.preventDefault(); void ctx.actions.run('open-document', { id }); } }, title)))));
  },

  async load(ctx, signal) {
    const el = ctx.dom.docReader;
    const id = ctx.store.state.docId ?? [...ctx.documents.keys()][0];
    ctx.cy.elements().remove();
    if (!id) {
      el.hidden = true;
      ctx.status.empty('No documents are loaded. Run `npm run ingest`, then reload.');
      return;
    }
    ctx.status.loading('document');
    const doc = await ctx.api.document(id, signal);
    ctx.meta = { title: doc.title, dateRange: '', sources: [doc.title] };
    clear(el,
      h('header', {}, h('h2', {}, doc.title), h('p', { class: 'meta' }, `${doc.file} · ${doc.mentions.length} linked mentions`),
        h('p', { class: 'mention-key', 'aria-label': 'Mention colours' }, ENTITY_TYPES.map((t) => h('mark', { class: `mention type-${t}` }, t)))),
      h('div', { class: 'doc-text' }, segments(doc.text, doc.mentions).map((s) => 'mention' in s
        ? h('mark', { class: `mention type-${s.mention.type}`, 'data-entity': s.mention.entityId, title: s.mention.entityId, tabindex: 0,
          onclick: () => void ctx.openEntity(s.mention.entityId) }, s.text)
        : s.text)));
    el.hidden = false;
    ctx.status.clear();
  },
};

export function scrollToOffset(ctx: AppContext, start: number): void {
  const marks = [...ctx.dom.docReader.querySelectorAll('mark')];
  const text = ctx.dom.docReader.querySelector('.doc-text');
  if (!text) return;
  // Walk text nodes to the character offset, then scroll that spot into view.
  let seen = 0;
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.textContent?.length ?? 0;
    if (seen + len > start) { (n.parentElement ?? text).scrollIntoView({ block: 'center' }); return; }
    seen += len;
  }
  marks[0]?.scrollIntoView({ block: 'center' });
}
