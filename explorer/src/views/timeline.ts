// An instrument's timeline in the details panel: dated steps from mandate to entry into force,
// each with the sentence that states it.
import type { AppContext } from '../app/context.ts';
import { advice, isAbort } from '../api/api-error.ts';
import { clear, h } from '../ui/dom.ts';
import { STAGE_GROUP, stageCaption } from '../graph/instrument-style.ts';

let inflight: AbortController | null = null;

export async function showTimeline(ctx: AppContext, id: string): Promise<void> {
  inflight?.abort();
  inflight = new AbortController();
  clear(ctx.dom.panel, h('p', { class: 'loading' }, 'Loading timeline…'));
  try {
    const t = await ctx.api.timeline(id, inflight.signal);
    clear(ctx.dom.panel, h('section', { class: 'details timeline', 'data-instrument': t.instrument.id },
      h('h2', {}, t.instrument.name),
      h('p', { class: 'meta' }, `${t.instrument.kind} · parties: ${t.instrument.parties.map((p) => p.name).join(', ') || 'none recorded'}`),
      t.steps.length === 0
        ? h('p', { class: 'hint' }, 'No dated steps were found for this instrument in the corpus.')
        : h('ol', { class: 'steps' }, t.steps.map((s) => h('li', { class: `step stage-${STAGE_GROUP[s.stage] ?? 'early'}${s.planned ? ' planned' : ''}` },
          h('div', { class: 'when' }, h('strong', {}, stageCaption(s.stage)), ` · ${s.date ? s.date.text || s.date.iso : 'undated'}${s.planned ? ' · planned' : ''}`),
          h('blockquote', {}, s.sentence),
          h('a', { href: '#', class: 'source', onclick: (ev: Event) => { ev.preventDefault(); void ctx.actions.run('open-document', { id: s.docId, start: s.start }); } },
            ctx.documents.get(s.docId) ?? s.file))))));
  } catch (err) {
    if (isAbort(err)) return;
    clear(ctx.dom.panel, h('div', { class: 'panel-error', role: 'alert' }, 'Could not load the timeline. ', advice(err)));
  }
}
