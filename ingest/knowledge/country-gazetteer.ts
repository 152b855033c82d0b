// Countries from the maintained `world-countries` package, corrected by country-overrides.json for the
// spellings this genre uses today (Türkiye, Cabo Verde) and for names that mislead (`Congo` for two states).
import countries from 'world-countries';
import { entityId } from '../../model/graph-model.ts';
import type { Side } from '../../model/graph-model.ts';
import type { CountryOverrides } from './schemas.ts';

export interface CountryRecord {
  id: string;
  name: string;
  iso2: string;
  iso3: string;
  side: Side;
  /** Names matched case-insensitively (capitalised in text): common, official, alternative spellings. */
  names: string[];
  /** Demonyms, singular and plural (`Moroccan`, `Moroccans`). */
  demonyms: string[];
  /** Upper-case codes (`DE`, `EL`) that name it inside a code context. */
  codes: string[];
}

/** Alternative spellings shorter than this are codes, not names (`TR`, `DRC` is kept as a name). */
const MIN_NAME_LENGTH = 3;

export function buildCountryGazetteer(overrides: CountryOverrides): CountryRecord[] {
  const members = new Set(overrides.memberStates);
  const extraCodes = Object.entries(overrides.extraCodes);
  return countries.map((c) => {
    const o = overrides.countries[c.cca2];
    const name = o?.name ?? c.name.common;
    const drop = new Set(o?.drop ?? []);
    const names = new Set<string>([name, c.name.common, c.name.official, ...(o?.names ?? [])]);
    for (const alt of c.altSpellings) if (alt.length >= MIN_NAME_LENGTH && /^[\p{L} ,.'’()-]+$/u.test(alt)) names.add(alt);
    for (const d of drop) names.delete(d);
    const demonyms = new Set<string>(o?.demonyms ?? []);
    const eng = c.demonyms?.eng;
    // A territory's demonym is its sovereign's too (`French`, `American`): only states keep theirs.
    if (c.independent !== false || o) for (const d of [eng?.m, eng?.f]) for (const part of (d ?? '').split(/,\s*/)) if (part) demonyms.add(part);
    // Plural demonyms name the country too in this genre ("irregular arrivals of Moroccans").
    for (const d of [...demonyms]) if (/[nia]$/.test(d) && !d.includes(' ')) demonyms.add(`${d}s`);
    const codes = [c.cca2, ...extraCodes.filter(([, iso]) => iso === c.cca2).map(([code]) => code)]
      .filter((code) => !drop.has(code));
    return {
      id: entityId('Country', name), name, iso2: c.cca2, iso3: c.cca3,
      side: members.has(c.cca2) ? 'member_state' : 'third_country',
      names: [...names], demonyms: [...demonyms], codes,
    } satisfies CountryRecord;
  });
}
