// Entry point of mention finding and linking for one document: every mention becomes exactly one entity
// or is reported unlinked with its candidates. Pure: a function of the text, its structure and the KB.
import type {
  DocumentMeta, ExtractedEntity, Holding, Mention, Section, Sentence, UnlinkedMention,
} from '../../model/extraction.ts';
import type { ResolvedBy } from '../../model/graph-model.ts';
import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import { normalizeForm } from '../knowledge/normalize-form.ts';
import { findMentions, findSpanMentions } from '../mentions/find-mentions.ts';
import { SentenceTokens } from '../mentions/sentence-tokens.ts';
import { dominantCountry } from './dominant-country.ts';
import { headingSpans } from './heading-spans.ts';
import { populationDemonyms } from './population-demonyms.ts';
import type { Candidate, PersonCandidate } from '../mentions/mention-candidate.ts';
import { findSurnameMentions } from './find-surname-mentions.ts';
import { displayName } from './display-name.ts';
import { EntityRegistry } from './entity-registry.ts';
import { documentHoldings, type TitleStatement } from './holdings.ts';
import {
  isKnownSurname, newDocumentPeople, rememberPerson, resolveFullName, resolveSurname, type PersonResolution,
} from './resolve-person.ts';
import { sectionCountries } from './section-countries.ts';
import { sentenceDate } from './sentence-date.ts';

export interface LinkInput {
  text: string;
  doc: DocumentMeta;
  sections: Section[];
  sentences: Sentence[];
}

export interface LinkResult {
  entities: ExtractedEntity[];
  mentions: Mention[];
  unlinked: UnlinkedMention[];
  holdings: Holding[];
}

const VIA_RESOLVED: Record<string, ResolvedBy> = { name: 'name', alias: 'alias', demonym: 'alias', code: 'code' };

interface Found { c: Candidate; date: string | null; sectionCountry: string | null; section: number }

export function linkDocument(input: LinkInput, kb: KnowledgeBase): LinkResult {
  const { text } = input;
  const tokens = new SentenceTokens(text);
  const countries = sectionCountries(input.sections, kb);
  const docCountry = sectionCountries([{ title: input.doc.title, countryId: null, start: 0, end: 0, level: 0 }], kb)[0]
    ?? dominantCountry(text, input.sentences, kb, tokens);
  const found: Found[] = [];
  // The contract lets the reader leave a section's country null; it is filled in here for everyone after.
  input.sections.forEach((sec, k) => { sec.countryId = countries[k] ?? null; });
  const sentenceCountries = input.sentences.map((s) => (s.section >= 0 ? countries[s.section] : null) ?? docCountry);
  const bySentence = findSpanMentions(text, input.sentences, kb, sentenceCountries.map((sectionCountry) => ({ sectionCountry, tokens })));
  input.sentences.forEach((s, i) => {
    const sectionCountry = sentenceCountries[i]!;
    const date = sentenceDate(text, s.start, s.end, s.tableRow, input.doc.date?.iso ?? null);
    for (const c of bySentence[i]!) found.push({ c, date, sectionCountry, section: s.section });
  });
  // Headings are no sentences, but `CABO VERDE` or `THE RABAT PROCESS` as a heading mentions the entity.
  for (const h of headingSpans(text, input.sections, input.sentences)) {
    for (const c of findMentions(text, h, kb, { sectionCountry: countries[h.section] ?? null, tokens })) {
      if (c.kind === 'known' && c.type !== 'Person') found.push({ c, date: null, sectionCountry: countries[h.section] ?? null, section: h.section });
    }
  }
  const populations = populationDemonyms(text, found.flatMap((f) => (f.c.kind === 'known' ? [{ c: f.c, section: f.section }] : [])));
  const reg = new EntityRegistry(kb);
  const mentions: Mention[] = [];
  const unlinked: UnlinkedMention[] = [];
  const statements: TitleStatement[] = [];
  const people = newDocumentPeople();
  const link = (c: Candidate, id: string, resolvedBy: ResolvedBy) => {
    const surface = text.slice(c.start, c.end);
    mentions.push({ entityId: id, start: c.start, end: c.end, text: surface, sentence: c.sentence, resolvedBy });
    reg.addAlias(id, surface);
  };
  const report = (c: Candidate, reason: string, candidates: string[]) => {
    unlinked.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), sentence: c.sentence, reason, candidates });
  };
  const isFull = (p: PersonCandidate) => p.name.trim().split(/\s+/).length >= 2 && !isKnownSurname(p.name, kb, people);
  const personResolved = new Map<Candidate, PersonResolution>();

  // Pass 1: full names and curated names, so that surnames later in the document find them.
  for (const { c } of found) {
    if (c.kind === 'known' && c.type === 'Person' && c.entityIds.length === 1) {
      rememberPerson(people, kb, c.entityIds[0]!, kb.entities.get(c.entityIds[0]!)!.name);
    } else if (c.kind === 'person' && c.name.trim().includes(' ') && resolveFullName(c.name, kb)?.ok && !isFull(c)) {
      // A full name that is also listed as a surname (`Michel Aoun`): the full name wins.
      const r = resolveFullName(c.name, kb)!;
      personResolved.set(c, r);
      if (r.ok) rememberPerson(people, kb, r.id, kb.entities.get(r.id)!.name);
    } else if (c.kind === 'person' && isFull(c)) {
      const repaired = repairName(c.name);
      if (repaired !== c.name) c.name = repaired;
      const cut = knownSurnamePrefix(c.name, kb, people);
      if (cut) { c.end = c.start + cut.length; c.name = cut; continue; }
      const r = resolveFullName(c.name, kb);
      if (r) { personResolved.set(c, r); if (r.ok) rememberPerson(people, kb, r.id, kb.entities.get(r.id)!.name); }
      else {
        const e = reg.seen('Person', displayName(c.name), sideOf(c.org, kb));
        personResolved.set(c, { ok: true, id: e.id, resolvedBy: 'name' });
        rememberPerson(people, kb, e.id, e.name);
      }
    }
  }
  // Pass 2: everything else, in document order.
  for (const { c, date, sectionCountry } of found) {
    switch (c.kind) {
      case 'known': {
        if (populations.has(c)) break;
        if (c.type === 'Person' && c.entityIds.length === 1) extendGivenName(text, c, kb);
        if (c.entityIds.length === 1) { reg.curated(c.entityIds[0]!); link(c, c.entityIds[0]!, VIA_RESOLVED[c.via]!); break; }
        // `European Union Border Assistance Mission to Moldova and Ukraine (EUBAM)`: the bracket names what precedes it.
        const last = mentions[mentions.length - 1];
        if (last && /^\s*\(\s*$/.test(text.slice(last.end, c.start)) && c.entityIds.includes(last.entityId)) {
          link(c, last.entityId, 'context'); break;
        }
        const inContext = c.entityIds.filter((id) => id === sectionCountry || (!!sectionCountry && kb.entities.get(id)?.country === sectionCountry));
        if (inContext.length === 1) { reg.curated(inContext[0]!); link(c, inContext[0]!, 'context'); } else report(c, 'form shared by several entities', c.entityIds);
        break;
      }
      case 'person': {
        let r = personResolved.get(c) ?? resolveSurname(repairName(c.name), kb, people, date) ?? byInitial(c.name, kb, people, date);
        if (!r) {
          const e = reg.seen('Person', displayName(c.name), sideOf(c.org, kb));
          rememberPerson(people, kb, e.id, e.name);
          r = { ok: true, id: e.id, resolvedBy: 'name' };
        }
        if (!r.ok) { report(c, r.reason, r.candidates); break; }
        reg.curated(r.id);
        if (r.resolvedBy !== 'surname') rememberPerson(people, kb, r.id, reg.get(r.id)?.name ?? c.name);
        // Someone known only by a surname is best written with the title that introduced them (`DSG Mora`).
        const bare = !kb.people.has(r.id) && !c.name.trim().includes(' ') && c.title !== null;
        link(bare ? { ...c, start: c.titleStart } : c, r.id, r.resolvedBy);
        if (c.title) reg.addAlias(r.id, text.slice(c.titleStart, c.end));
        const org = (c.office ? kb.offices.get(c.office)?.org : null) ?? c.org;
        if (c.title && org) {
          reg.curated(org);
          statements.push({ personId: r.id, orgId: org, title: c.title, officeKey: c.office, date, start: c.titleStart, end: c.end });
        }
        break;
      }
      case 'role': {
        const holder = date ? kb.officeHolder(c.office, date) : null;
        if (holder) { reg.curated(holder.personId); link(c, holder.personId, 'office'); }
        else report(c, date ? `no single holder of ${c.office} on ${date}` : `no date to resolve ${c.office}`, []);
        break;
      }
      case 'instrument': {
        for (const p of c.parties) reg.curated(p);
        const e = reg.seen('Instrument', c.name, 'unknown', { kind: c.instrumentKind, parties: c.parties });
        link(c, e.id, normalizeForm(text.slice(c.start, c.end)) === normalizeForm(e.name) ? 'name' : 'context');
        break;
      }
      case 'institution': {
        const e = reg.seen('Institution', c.name, c.country ? 'third_country' : 'unknown');
        link(c, e.id, 'context');
        break;
      }
    }
  }
  mergeBareInstruments(reg, mentions);
  // Pass 3: bare surnames of people already named in the document (`Borell said`).
  for (const m of findSurnameMentions(text, input.sentences, mentions, people, kb, tokens)) {
    mentions.push(m);
    reg.addAlias(m.entityId, m.text);
  }
  const curatedPeople = reg.all().filter((e) => e.type === 'Person' && e.curated).map((e) => e.id);
  const holdings = documentHoldings(statements, curatedPeople, kb, (org) => reg.curated(org) !== null);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return { entities: reg.all(), mentions, unlinked, holdings };
}

function sideOf(org: string | null, kb: KnowledgeBase) {
  return (org ? kb.entities.get(org)?.side : undefined) ?? 'unknown';
}

/** Words that end a name read too far (`DDG Luchner Launching technical discussions`). */
const NOT_SURNAME_END = /(ing|ed)$/;

/** A known surname followed by a word that is no name part: the name is only the surname. */
function knownSurnamePrefix(name: string, kb: KnowledgeBase, people: ReturnType<typeof newDocumentPeople>): string | null {
  const parts = name.split(' ');
  if (parts.length !== 2 || !NOT_SURNAME_END.test(parts[1]!)) return null;
  return isKnownSurname(parts[0]!, kb, people) ? parts[0]! : null;
}

/** `Khai-rallah` -> `Khairallah`: a hyphen before a lower-case letter broke one word at a line end. */
function repairName(name: string): string {
  return name.replace(/(\p{L})-(\p{Ll})/gu, '$1$2');
}

/** `M.Pariat`, `J. Borrell`: an initial and a surname, accepted when the initial fits the given name. */
function byInitial(name: string, kb: KnowledgeBase, people: ReturnType<typeof newDocumentPeople>, date: string | null): PersonResolution | null {
  const m = /^(\p{Lu})\.\s?(.+)$/u.exec(name.trim());
  if (!m) return null;
  const r = resolveSurname(m[2]!, kb, people, date);
  if (!r?.ok) return r;
  const full = kb.entities.get(r.id)?.name ?? '';
  return full.startsWith(m[1]!) ? r : null;
}

/**
 * "the Joint Declaration" after "the Joint Declaration on Migration Cooperation" in the same document is
 * that declaration: a bare-head instrument moves to the one fuller instrument with the same parties whose
 * name continues it (`EU-X Joint Declaration on ...`, `Joint Declaration Towards ...`).
 */
function mergeBareInstruments(reg: EntityRegistry, mentions: Mention[]): void {
  const instruments = reg.all().filter((e) => e.type === 'Instrument' && !e.curated);
  const same = (a?: string[], b?: string[]) => !!a && !!b && a.length === b.length && a.every((x) => b.includes(x));
  for (const bare of instruments) {
    const head = bare.name.replace(/^\S+-\S+(?: \S+)*? (?=\p{Lu})/u, '');
    const fuller = instruments.filter((e) => e !== bare && same(e.parties, bare.parties) && e.kind === bare.kind
      && (e.name.startsWith(`${bare.name} `) || e.name.startsWith(`${head} `)));
    if (fuller.length !== 1 || head === bare.name) continue;
    for (const m of mentions) if (m.entityId === bare.id) { m.entityId = fuller[0]!.id; m.resolvedBy = 'context'; reg.addAlias(fuller[0]!.id, m.text); }
    reg.remove(bare.id);
  }
}

/** `Joseph Borell`: a given name before a curated alias belongs to the mention when the whole still names that person. */
function extendGivenName(text: string, c: Candidate, kb: KnowledgeBase): void {
  const m = /(\p{Lu}[\p{Ll}'’-]+) $/u.exec(text.slice(Math.max(0, c.start - 40), c.start));
  if (!m || kb.titles.notNames.includes(m[1]!)) return;
  const r = resolveFullName(`${m[1]} ${text.slice(c.start, c.end)}`, kb);
  if (r?.ok && c.kind === 'known' && r.id === c.entityIds[0]) c.start -= m[0].length;
}
