// The details panel: whatever is selected — an entity (aliases, offices, meetings, instruments,
// sources) or a tie (its meetings with date, place, sentence and document).
import type { AppContext } from '../app/context.ts';
import { advice, isAbort } from '../api/api-error.ts';
import type { MeetingDetails } from '../api/types.ts';
import { clear, h } from '../ui/dom.ts';
import { stageCaption } from '../graph/instrument-style.ts';
import { officeDates } from './office-dates.ts';

/** Aliases listed before "and N more": the knowledge base can hold dozens of spellings. */
const MAX_ALIASES = 8;
/** Meetings listed for one tie; the panel says how many more there are. */
const MAX_MEETINGS_LISTED = 25;

let inflight: AbortController | null = null;
function fresh(): AbortSignal {
  inflight?.abort();
  inflight = new AbortController();
  return inflight.signal;
}

function problem(panel: HTMLElement, err: unknown): void {
  if (isAbort(err)) return;
  const msg = advice(err);
  clear(panel, h('div', { class: 'panel-error', role: 'alert' }, h('strong', {}, 'Could not load details. '), msg));
}

const dateText = (d: MeetingDetails['date']) => (d === null ? 'undated' : typeof d === 'string' ? d : d.text || d.iso);

const link = (ctx: AppContext, id: string, name: string) =>
  h('a', { href: '#', class: 'entity-link', 'data-entity': id, onclick: (ev: Event) => { ev.preventDefault(); void ctx.openEntity(id); } }, name);

export function emptyPanel(ctx: AppContext): void {
  clear(ctx.dom.panel, h('div', { class: 'panel-empty' },
    h('h2', {}, 'Details'),
    h('p', {}, 'Click a node or tie to see its details here. Press / to search, Esc to clear the selection.')));
}

export async function showEntityDetails(ctx: AppContext, id: string): Promise<void> {
  const signal = fresh();
  clear(ctx.dom.panel, h('p', { class: 'loading' }, 'Loading details…'));
  try {
    const [e, m] = await Promise.all([ctx.api.entity(id, signal), ctx.api.mentions(id, signal, { limit: 200 }).catch(() => null)]);
    const docs = [...new Set((m?.mentions ?? []).map((x) => x.docId))];
    clear(ctx.dom.panel,
      h('section', { class: 'details', 'data-entity': e.id },
        h('h2', {}, e.name), h('p', { class: 'meta' }, `${e.type}${e.side ? ` · ${e.side.replace('_', ' ')}` : ''}${e.kind ? ` · ${e.kind}` : ''}`),
        e.aliases.length ? h('p', { class: 'aliases' }, h('strong', {}, 'Also called: '), e.aliases.slice(0, MAX_ALIASES).join(', '),
          e.aliases.length > MAX_ALIASES ? h('span', { class: 'meta', title: e.aliases.slice(MAX_ALIASES).join(', ') }, ` and ${e.aliases.length - MAX_ALIASES} more`) : null) : null,
        h('p', { class: 'counts' }, `${e.counts.mentions} mentions · ${e.counts.meetings} meetings · ${e.counts.instruments} instruments · ${e.counts.documents} documents`),
        h('div', { class: 'panel-actions' },
          h('button', { type: 'button', onclick: () => void ctx.actions.run('focus', { id: e.id }) }, 'Focus'),
          h('button', { type: 'button', onclick: () => void ctx.actions.run('hide', { ids: [e.id] }) }, 'Hide'),
          e.type === 'Instrument' ? h('button', { type: 'button', onclick: () => void ctx.actions.run('open-timeline', { id: e.id }) }, 'Timeline') : null),
        e.offices.length ? h('div', {}, h('h3', {}, 'Offices'), h('ul', {}, e.offices.map((o) =>
          h('li', {}, `${o.office}, `, link(ctx, o.orgId, o.orgName), ` (${officeDates(o)})`)))) : null,
        e.coParticipants.length ? h('div', {}, h('h3', {}, 'Met with'), h('ul', {}, e.coParticipants.slice(0, 15).map((p) =>
          h('li', {}, link(ctx, p.id, p.name), ` × ${p.count}`)))) : null,
        e.instruments.length ? h('div', {}, h('h3', {}, 'Instruments'), h('ul', {}, e.instruments.map((i) =>
          h('li', {}, link(ctx, i.id, i.name), ` — ${i.kind}, ${stageCaption(i.latestStage)}`)))) : null,
        h('div', {}, h('h3', {}, 'Sources'), docs.length
          ? h('ul', {}, docs.map((d) => h('li', {}, h('a', { href: '#', onclick: (ev: Event) => { ev.preventDefault(); void ctx.actions.run('open-document', { id: d }); } }, ctx.documents.get(d) ?? d))))
          : h('p', { class: 'hint' }, 'No mentions recorded.'))));
  } catch (err) {
    problem(ctx.dom.panel, err);
  }
}

export async function showTieDetails(ctx: AppContext, edge: { source: string; target: string; sourceName: string; targetName: string; meetingIds: string[] }): Promise<void> {
  const signal = fresh();
  clear(ctx.dom.panel, h('p', { class: 'loading' }, 'Loading meetings…'));
  try {
    const ids = edge.meetingIds.slice(0, MAX_MEETINGS_LISTED);
    const meetings = await Promise.all(ids.map((id) => ctx.api.meeting(id, signal)));
    meetings.sort((a, b) => dateText(a.date).localeCompare(dateText(b.date)));
    clear(ctx.dom.panel, h('section', { class: 'details tie' },
      h('h2', {}, link(ctx, edge.source, edge.sourceName), ' — ', link(ctx, edge.target, edge.targetName)),
      h('p', { class: 'meta' }, `${edge.meetingIds.length} meeting${edge.meetingIds.length === 1 ? '' : 's'}`),
      h('ol', { class: 'meetings' }, meetings.map((m) => h('li', { class: m.planned ? 'planned' : '' },
        h('div', { class: 'when' }, dateText(m.date), m.place ? ` · ${m.place}` : '', m.planned ? ' · planned' : ''),
        h('blockquote', {}, m.sentence),
        h('a', { href: '#', class: 'source', onclick: (ev: Event) => { ev.preventDefault(); void ctx.actions.run('open-document', { id: m.docId, start: m.start }); } },
          ctx.documents.get(m.docId) ?? m.file)))),
      edge.meetingIds.length > ids.length ? h('p', { class: 'hint' }, `${edge.meetingIds.length - ids.length} more not listed; narrow the time window to see them.`) : null));
  } catch (err) {
    problem(ctx.dom.panel, err);
  }
}
