// Offices held, for one document. A title stated before a name (`HRVP Borrell said ...`) attests that the
// person held the office on the sentence's date, nothing more: it does not say since when, nor that the
// office is still held. So a statement that falls inside a term the knowledge base records supports that
// term (its holding becomes `source: 'text'`), and the other statements of one person, organisation and
// office make one holding whose `from`/`to` are the earliest and latest dates attested (`dates` lists
// them), never one holding per date. Pure: a function of the statements and the KB.
import type { Holding } from '../../model/extraction.ts';
import { termCovers, type KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';

/** A title stated before a person's name in the text, on the date of its sentence. */
export interface TitleStatement {
  personId: string;
  /** Institution or country the title attaches the person to. */
  orgId: string;
  /** The title as written (`HRVP`, `Tajikistan Foreign Minister`). */
  title: string;
  /** Office key (offices.json) when the title names a curated office. */
  officeKey: string | null;
  date: string | null;
  start: number;
  end: number;
}

type KbOffice = NonNullable<ReturnType<KnowledgeBase['people']['get']>>['offices'][number];

/** Whether a statement names this KB office: by its office key, or by the same title in the same organisation. */
function namesOffice(s: TitleStatement, o: KbOffice): boolean {
  if (s.officeKey !== null && o.office === s.officeKey) return true;
  return o.org === s.orgId && normalizeForm(o.title) === normalizeForm(s.title);
}

/** The KB term a statement supports: it names the office and its date falls inside the term. Undated, it
 * supports the person's only term of that office (nothing contradicts it), and none when there are several. */
function supportedTerm(s: TitleStatement, kb: KnowledgeBase): KbOffice | null {
  const terms = kb.people.get(s.personId)?.offices.filter((o) => namesOffice(s, o)) ?? [];
  if (s.date === null) return terms.length === 1 ? terms[0]! : null;
  return terms.find((o) => termCovers(o, s.date!)) ?? null;
}

/** How statements of one person and organisation group into one office: the curated office, else the title's normal form. */
function officeGroup(s: TitleStatement): string {
  return s.officeKey !== null ? `key:${s.officeKey}` : `title:${normalizeForm(s.title)}`;
}

/**
 * The document's holdings: the KB terms of the curated `people` (organisations admitted by `includeOrg`),
 * `text` where a statement supports them, then one attested-range holding per person, organisation and
 * office for the statements no term covers.
 */
export function documentHoldings(
  statements: TitleStatement[], people: string[], kb: KnowledgeBase, includeOrg: (orgId: string) => boolean,
): Holding[] {
  const support = new Map<KbOffice, TitleStatement>();
  const groups = new Map<string, TitleStatement[]>();
  for (const s of statements) {
    const term = supportedTerm(s, kb);
    if (term) { if (!support.has(term)) support.set(term, s); continue; }
    const key = JSON.stringify([s.personId, s.orgId, officeGroup(s)]);
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const holdings: Holding[] = [];
  for (const group of groups.values()) holdings.push(attestedRange(group, kb));
  for (const personId of people) {
    for (const o of kb.people.get(personId)?.offices ?? []) {
      if (!includeOrg(o.org)) continue;
      const s = support.get(o);
      holdings.push({
        personId, orgId: o.org, office: o.title, from: o.from, to: o.to, source: s ? 'text' : 'kb',
        ...(s ? { start: s.start, end: s.end } : {}),
      });
    }
  }
  return holdings;
}

/** One holding for statements of the same office: earliest to latest date attested, at the first statement. */
function attestedRange(group: TitleStatement[], kb: KnowledgeBase): Holding {
  const first = group[0]!;
  // One name for the office whatever the spelling: the curated office's first title, else the first in
  // code-unit order, so every document that writes this office agrees on it.
  const office = (first.officeKey !== null ? kb.offices.get(first.officeKey)?.titles[0] : undefined)
    ?? group.map((s) => s.title).sort()[0]!;
  const dates = [...new Set(group.flatMap((s) => (s.date === null ? [] : [s.date])))].sort();
  return {
    personId: first.personId, orgId: first.orgId, office, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null,
    source: 'text', dates, start: first.start, end: first.end,
  };
}
