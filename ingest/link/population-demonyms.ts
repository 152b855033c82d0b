// A demonym that names people rather than their state ("three million Afghans", "Ukrainian refugees")
// mentions the country only when the same section also names the country itself; a demonym in a role
// ("Turkish Interior Minister", "Swedish Presidency") always does.
import type { KnownCandidate } from '../mentions/mention-candidate.ts';

/** Nouns after a demonym that make it a population. */
const POPULATION = /^\s*(refugees?|migrants?|nationals?|citizens?|asylum[- ]seekers?|people|persons|diaspora|workers?|students?|returnees?|families|children|women|men|community|communities|tourists?)\b/i;

export interface PlacedCandidate { c: KnownCandidate; section: number }

/** The demonym candidates to drop: population demonyms of a country the section never names. */
export function populationDemonyms(text: string, found: PlacedCandidate[]): Set<KnownCandidate> {
  const named = new Set<string>();
  for (const { c, section } of found) if (c.type === 'Country' && c.via !== 'demonym' && c.entityIds.length === 1) named.add(`${section}|${c.entityIds[0]}`);
  const drop = new Set<KnownCandidate>();
  for (const { c, section } of found) {
    if (c.type !== 'Country' || c.via !== 'demonym' || c.entityIds.length !== 1) continue;
    if (named.has(`${section}|${c.entityIds[0]}`)) continue;
    const surface = text.slice(c.start, c.end);
    const plural = /s$/.test(surface) && !/ese$|ss$/.test(surface);
    if (plural || POPULATION.test(text.slice(c.end, c.end + 30))) drop.add(c);
  }
  return drop;
}
