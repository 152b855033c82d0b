// Which person a name names: the knowledge base by full name, then a surname against the full names
// seen in the same document, then the KB's surnames (narrowed by who was in office on the date), then a
// misspelling within a small edit distance. Two or more candidates left means unlinked, never a guess.
import type { ResolvedBy } from '../../model/graph-model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { allowedEdits, editDistanceWithin } from './edit-distance.ts';
import { personIndex } from './person-index.ts';

export type PersonResolution =
  | { ok: true; id: string; resolvedBy: ResolvedBy }
  | { ok: false; reason: string; candidates: string[] };

export interface DocumentPeople {
  /** Normal form of a surname (or any trailing part of a full name) -> person ids seen in the document. */
  surnames: Map<string, Set<string>>;
}

export function newDocumentPeople(): DocumentPeople {
  return { surnames: new Map() };
}

/** Records a person seen by full name, so later surnames in the document find them. */
export function rememberPerson(doc: DocumentPeople, kb: KnowledgeBase, id: string, fullName: string): void {
  const parts = normalizeForm(fullName).split(' ');
  const keys = new Set<string>();
  for (let k = parts.length > 1 ? 1 : 0; k < parts.length; k++) keys.add(parts.slice(k).join(' '));
  for (const s of kb.people.get(id)?.surnames ?? []) keys.add(normalizeForm(s));
  const curated = kb.people.has(id);
  for (const k of keys) {
    // Someone seen only in text never takes over a curated person's surname (`Cssr Johansson`).
    if (!curated && kb.surnames.has(k)) continue;
    const ids = doc.surnames.get(k) ?? new Set<string>();
    ids.add(id);
    doc.surnames.set(k, ids);
  }
}

/** Resolves a full name (two or more words that are not a known surname). */
export function resolveFullName(name: string, kb: KnowledgeBase): PersonResolution | null {
  const idx = personIndex(kb);
  const key = normalizeForm(name);
  const exact = idx.byName.get(key);
  if (exact?.length === 1) {
    const p = kb.people.get(exact[0]!);
    return { ok: true, id: exact[0]!, resolvedBy: p && normalizeForm(p.name) === key ? 'name' : 'alias' };
  }
  if (exact && exact.length > 1) return { ok: false, reason: 'name shared by several people', candidates: exact };
  const fuzzy = fuzzyIds(key, kb, false);
  if (fuzzy.length === 1) return { ok: true, id: fuzzy[0]!, resolvedBy: 'fuzzy' };
  return null;
}

/** Resolves a surname (possibly several words: `Rabbani Khar`, `von der Leyen`) at a date. */
export function resolveSurname(name: string, kb: KnowledgeBase, doc: DocumentPeople, isoDate: string | null): PersonResolution | null {
  const key = normalizeForm(name);
  const local = doc.surnames.get(key);
  if (local && local.size === 1) return { ok: true, id: [...local][0]!, resolvedBy: 'surname' };
  if (local && local.size > 1) return { ok: false, reason: 'surname of several people in this document', candidates: [...local] };
  const ids = kb.surnames.get(key) ?? [];
  if (ids.length === 1) return { ok: true, id: ids[0]!, resolvedBy: 'surname' };
  if (ids.length > 1) {
    const inOffice = isoDate ? ids.filter((id) => inOfficeOn(kb, id, isoDate)) : [];
    if (inOffice.length === 1) return { ok: true, id: inOffice[0]!, resolvedBy: 'surname' };
    return { ok: false, reason: 'surname of several curated people', candidates: ids };
  }
  for (const [k, v] of doc.surnames) {
    if (v.size === 1 && k.length >= 5 && editDistanceWithin(key, k, allowedEdits(k.length)) <= allowedEdits(k.length)) {
      return { ok: true, id: [...v][0]!, resolvedBy: 'fuzzy' };
    }
  }
  const fuzzy = fuzzyIds(key, kb, true);
  if (fuzzy.length === 1) return { ok: true, id: fuzzy[0]!, resolvedBy: 'fuzzy' };
  if (fuzzy.length > 1) return { ok: false, reason: 'close to several curated surnames', candidates: fuzzy };
  return null;
}

/** Whether a surname form is known at all (decides between surname and full-name reading). */
export function isKnownSurname(name: string, kb: KnowledgeBase, doc: DocumentPeople): boolean {
  const key = normalizeForm(name);
  return doc.surnames.has(key) || kb.surnames.has(key);
}

function fuzzyIds(key: string, kb: KnowledgeBase, surname: boolean): string[] {
  const k = allowedEdits(key.length);
  if (!k) return [];
  const ids = new Set<string>();
  for (const e of personIndex(kb).all) {
    if (e.surname !== surname || e.form[0] !== key[0]) continue;
    if (editDistanceWithin(key, e.form, k) <= k) ids.add(e.id);
  }
  return [...ids];
}

function inOfficeOn(kb: KnowledgeBase, id: string, iso: string): boolean {
  return (kb.people.get(id)?.offices ?? []).some((o) => (o.from === null || o.from <= iso) && (o.to === null || iso.slice(0, o.to.length) <= o.to));
}
