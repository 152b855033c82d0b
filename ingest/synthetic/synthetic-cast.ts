// Who and what the synthetic corpus talks about: third countries and their capitals, EU office holders
// on a date (from the knowledge base), invented officials and bilateral instruments. Pure.
import countries from 'world-countries';
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import type { Random } from './seeded-random.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface CastCountry {
  id: string;
  name: string;
  iso2: string;
  capital: string;
  /** A demonym the knowledge base knows ("Moroccan"), or null. */
  demonym: string | null;
  region: string;
}

export interface CastPerson {
  /** Canonical name (gold name). */
  name: string;
  /** How a council note writes it: given name, upper-case surname. */
  noteForm: string;
  surname: string;
  title: string;
}

export interface EuActor {
  name: string;
  surname: string;
  short: string;
  long: string;
}

/** Capitals whose name is also a country or an acronym in this genre would blur the gold. */
const capitalOf = new Map(countries.map((c) => [c.cca2, c.capital[0] ?? '']));

export function castCountries(kb: KnowledgeBase, vocab: Vocabulary): CastCountry[] {
  const byIso = new Map([...kb.countries.values()].map((c) => [c.iso2, c]));
  return vocab.regions.flatMap((r) => r.countries.flatMap((iso) => {
    const c = byIso.get(iso);
    const capital = capitalOf.get(iso);
    if (!c || !capital) return [];
    const demonym = c.demonyms.find((d) => /^[A-Z][a-z]+$/.test(d) && !d.endsWith('s')) ?? null;
    return [{ id: c.id, name: c.name, iso2: iso, capital, demonym, region: r.heading }];
  }));
}

/** An invented official: a given name from the list, a surname built from syllables. */
export function inventOfficial(rng: Random, vocab: Vocabulary): CastPerson {
  const p = vocab.surnameParts;
  const raw = rng.pick(p.start) + (rng.chance(0.5) ? rng.pick(p.middle) : '') + rng.pick(p.end);
  const surname = raw[0].toUpperCase() + raw.slice(1);
  const first = rng.pick(vocab.firstNames);
  return { name: `${first} ${surname}`, noteForm: `${first} ${surname.toUpperCase()}`, surname, title: rng.pick(vocab.officialTitles) };
}

/** An EU office holder on `iso` (YYYY-MM-DD), or null when none of the offices had one that day. */
export function euActorOn(kb: KnowledgeBase, vocab: Vocabulary, rng: Random, iso: string): EuActor | null {
  for (const o of rng.sample(vocab.euOffices, vocab.euOffices.length)) {
    const holder = kb.officeHolder(o.office, iso);
    if (!holder) continue;
    const person = kb.people.get(holder.personId);
    const surname = person?.surnames[0];
    if (!surname) continue;
    return { name: holder.name, surname, short: o.short, long: o.long };
  }
  return null;
}

/** The canonical name the project gives a bilateral instrument. */
export function instrumentName(country: CastCountry, head: string): string {
  return `EU-${country.name} ${head}`;
}
