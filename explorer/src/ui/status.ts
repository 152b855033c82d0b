// Loading, empty and error states over the graph. Each message says what to do next.
import { advice, isAtlasError, problemOf } from '../api/api-error.ts';
import { clear, h } from './dom.ts';

export type StatusKind = 'loading' | 'empty' | 'error';

export class StatusView {
  constructor(private readonly el: HTMLElement) {}

  loading(what: string): void {
    this.show('loading', h('p', {}, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ` Loading ${what}…`));
  }

  empty(message: string, actionLabel?: string, action?: () => void): void {
    this.show('empty', h('p', {}, message), actionLabel && action ? h('button', { type: 'button', onclick: action }, actionLabel) : null);
  }

  error(err: unknown, retry?: () => void): void {
    const e = isAtlasError(err) ? err : null;
    const title = (e && problemOf(e)?.title) ?? (e ? 'Request failed' : 'Something went wrong');
    const text = e ? advice(e) : `${advice(err)}. Reload the page; if it persists, check the server log.`;
    this.show('error',
      h('p', { class: 'status-title' }, title, e?.code ? h('code', {}, ` ${e.code}`) : null),
      h('p', {}, text),
      e?.code === 'not_found' ? h('p', { class: 'hint' }, 'Press / to search for it by name.') : null,
      retry ? h('button', { type: 'button', onclick: retry }, 'Retry') : null);
  }

  clear(): void {
    this.el.hidden = true;
    this.el.dataset.kind = '';
    this.el.replaceChildren();
  }

  get kind(): string {
    return this.el.hidden ? '' : this.el.dataset.kind ?? '';
  }

  private show(kind: StatusKind, ...children: (Node | null)[]): void {
    this.el.dataset.kind = kind;
    this.el.hidden = false;
    clear(this.el, ...children);
  }
}
