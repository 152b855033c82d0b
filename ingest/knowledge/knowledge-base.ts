// The knowledge base as one queryable object: curated entities, their surface forms, the office holders
// by date and the naming patterns of instruments. Built from validated data; pure, no I/O here.
import { entityId } from '../../model/graph-model.ts';
import type { EntityType, InstrumentKind, Side } from '../../model/graph-model.ts';
import type { CountryRecord } from './country-gazetteer.ts';
import { foldAccents, normalizeForm } from './normalize-form.ts';
import type {
  InstitutionRecord, InstrumentPatterns, NationalBodies, OfficeRecord, PersonRecord, TitlesRecord,
} from './schemas.ts';

export interface KbEntity {
  id: string;
  type: EntityType;
  name: string;
  side: Side;
  kind?: InstrumentKind;
  iso2?: string;
  parties?: string[];
  /** Country an institution belongs to or works in: context picks it among namesakes (`EUBAM`). */
  country?: string;
}

/** How a surface form may match: `exact` compares case (acronyms), `capitalised` needs an upper-case start. */
export type CaseRule = 'exact' | 'capitalised';

/** One string the mention finder looks for, and what it names. */
export interface SurfaceForm {
  form: string;
  entityId: string;
  type: EntityType;
  caseRule: CaseRule;
  /** `name` for the canonical name, `alias` otherwise, `code` for ISO codes, `office` for role titles. */
  via: 'name' | 'alias' | 'demonym' | 'code' | 'office';
  /** Office key when `via` is `office`. */
  office?: string;
}

export interface KnowledgeBaseData {
  people: PersonRecord[];
  institutions: InstitutionRecord[];
  offices: OfficeRecord[];
  titles: TitlesRecord;
  instruments: InstrumentPatterns;
  /** Optional so a KB built in a test without the file still works. */
  nationalBodies?: NationalBodies;
  countries: CountryRecord[];
  listOnlyCodes: string[];
}

export class KnowledgeBase {
  readonly entities = new Map<string, KbEntity>();
  readonly forms: SurfaceForm[] = [];
  readonly people = new Map<string, PersonRecord>();
  readonly countries = new Map<string, CountryRecord>();
  /** Normal form of a surname -> person ids that carry it. */
  readonly surnames = new Map<string, string[]>();
  readonly offices = new Map<string, OfficeRecord>();
  readonly titles: TitlesRecord;
  readonly instruments: InstrumentPatterns;
  readonly nationalBodies: NationalBodies;
  /** ISO codes that count only inside a list of codes (`IT`, `AT`). */
  readonly listOnlyCodes: Set<string>;
  private readonly countryIndex = new Map<string, string[]>();
  private readonly acronyms = new Map<string, string>();
  private readonly codeIndex = new Map<string, string>();

  constructor(data: KnowledgeBaseData) {
    this.titles = data.titles;
    this.instruments = data.instruments;
    this.nationalBodies = data.nationalBodies ?? { ofCountry: [], countryFirst: [], toCountry: [], openHeads: [] };
    this.listOnlyCodes = new Set(data.listOnlyCodes);
    for (const c of data.countries) this.addCountry(c);
    for (const i of data.institutions) this.addInstitution(i);
    for (const p of data.people) this.addPerson(p);
    for (const o of data.offices) this.addOffice(o);
    for (const n of data.instruments.named) {
      const id = entityId('Instrument', n.name);
      this.entities.set(id, { id, type: 'Instrument', name: n.name, side: 'eu', kind: n.kind });
      this.addForms(id, 'Instrument', [n.name], 'capitalised', 'name');
      this.addForms(id, 'Instrument', n.aliases, 'capitalised', 'alias');
      this.addForms(id, 'Instrument', n.acronyms, 'exact', 'alias');
    }
  }

  /** The country a string names: a name, an alternative spelling, a demonym or an ISO code. */
  findCountry(text: string): { id: string; name: string; iso2: string } | null {
    const trimmed = text.trim().replace(/\s*\(.*\)\s*$/, '').replace(/\.+\s*\d*$/, '').trim();
    const code = this.codeIndex.get(foldAccents(trimmed).toUpperCase());
    const ids = (/^[A-Z]{2,3}$/.test(trimmed) && code ? [code] : undefined)
      ?? this.countryIndex.get(normalizeForm(trimmed)) ?? this.countryIndex.get(normalizeForm(text));
    if (!ids || ids.length !== 1) return null;
    const c = this.countries.get(ids[0]!)!;
    return { id: c.id, name: c.name, iso2: c.iso2 };
  }

  /** Country ids a normal form may name (more than one for a shared demonym like `Congolese`). */
  countriesForForm(form: string): string[] {
    return this.countryIndex.get(normalizeForm(form)) ?? [];
  }

  /** Who held an office on a date (ISO, any precision): the person whose term covers the date. */
  officeHolder(officeKey: string, isoDate: string): { personId: string; name: string } | null {
    const holders: { personId: string; name: string }[] = [];
    for (const [id, p] of this.people) {
      for (const o of p.offices) {
        if (o.office !== officeKey) continue;
        if (termCovers(o, isoDate)) holders.push({ personId: id, name: p.name });
      }
    }
    return holders.length === 1 ? holders[0]! : null;
  }

  private addCountry(c: CountryRecord): void {
    this.countries.set(c.id, c);
    this.entities.set(c.id, { id: c.id, type: 'Country', name: c.name, side: c.side, iso2: c.iso2 });
    for (const n of [...c.names, ...c.demonyms]) {
      const k = normalizeForm(n);
      const ids = this.countryIndex.get(k) ?? [];
      if (!ids.includes(c.id)) this.countryIndex.set(k, [...ids, c.id]);
    }
    for (const code of c.codes) this.codeIndex.set(code, c.id);
    this.addForms(c.id, 'Country', [c.name], 'capitalised', 'name');
    this.addForms(c.id, 'Country', c.names.filter((n) => n !== c.name), 'capitalised', 'alias');
    this.addForms(c.id, 'Country', c.demonyms, 'capitalised', 'demonym');
    if (c.side === 'member_state') this.addForms(c.id, 'Country', c.codes, 'exact', 'code');
  }

  private addInstitution(i: InstitutionRecord): void {
    const id = entityId('Institution', i.name);
    this.entities.set(id, { id, type: 'Institution', name: i.name, side: i.side, ...(i.country ? { country: i.country } : {}) });
    this.addForms(id, 'Institution', [i.name], 'capitalised', 'name');
    this.addForms(id, 'Institution', i.aliases, 'capitalised', 'alias');
    this.addForms(id, 'Institution', i.acronyms, 'exact', 'alias');
    if (i.acronyms[0]) this.acronyms.set(id, i.acronyms[0]);
  }

  /** The first acronym of a curated institution (`CEPOL`), for names built from parties. */
  acronymOf(id: string): string | null {
    return this.acronyms.get(id) ?? null;
  }

  private addPerson(p: PersonRecord): void {
    const id = entityId('Person', p.name);
    this.people.set(id, p);
    this.entities.set(id, { id, type: 'Person', name: p.name, side: p.side });
    this.addForms(id, 'Person', [p.name], 'capitalised', 'name');
    this.addForms(id, 'Person', p.aliases, 'capitalised', 'alias');
    for (const s of p.surnames) {
      const k = normalizeForm(s);
      const ids = this.surnames.get(k) ?? [];
      if (!ids.includes(id)) this.surnames.set(k, [...ids, id]);
    }
  }

  private addOffice(o: OfficeRecord): void {
    this.offices.set(o.key, o);
    for (const t of o.titles) {
      const upper = /^[A-Z/]{2,}$/.test(t);
      this.forms.push({ form: t, entityId: '', type: 'Person', caseRule: upper ? 'exact' : 'capitalised', via: 'office', office: o.key });
    }
  }

  /** The curated alternative names of an entity (aliases, acronyms), so search finds it by any of them. */
  aliasesOf(id: string): string[] {
    if (!this.aliasIndex) {
      this.aliasIndex = new Map();
      for (const f of this.forms) {
        if (f.via !== 'alias') continue;
        const list = this.aliasIndex.get(f.entityId) ?? [];
        if (!list.includes(f.form)) list.push(f.form);
        this.aliasIndex.set(f.entityId, list);
      }
    }
    return this.aliasIndex.get(id) ?? [];
  }

  private aliasIndex: Map<string, string[]> | null = null;

  private addForms(id: string, type: EntityType, forms: string[], caseRule: CaseRule, via: SurfaceForm['via']): void {
    for (const form of forms) this.forms.push({ form, entityId: id, type, caseRule, via });
  }
}

/** Whether a term of office covers a date (ISO, any precision): a year counts as its middle (1 July), a
 * month as its 15th, so a date of coarse precision falls in the term that holds most of it. */
export function termCovers(term: { from: string | null; to: string | null }, isoDate: string): boolean {
  const day = isoDate.length === 4 ? `${isoDate}-07-01` : isoDate.length === 7 ? `${isoDate}-15` : isoDate;
  return (term.from === null || term.from <= day) && (term.to === null || day <= endOf(term.to));
}

/** The last day a term's end date covers (`2019` covers all of 2019). */
function endOf(iso: string): string {
  return iso.length === 4 ? `${iso}-12-31` : iso.length === 7 ? `${iso}-31` : iso;
}
