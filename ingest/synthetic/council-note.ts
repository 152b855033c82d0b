// A synthetic Council note in the shape of seeds/001: header block, lettered region headings and
// country sections, up to the seeds' volume of words. Pure.
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { dayWords, randomDay } from './date-words.ts';
import { GoldDocument } from './gold-document.ts';
import { LAST_YEAR, writeCountrySection } from './country-section.ts';
import type { CastCountry } from './synthetic-cast.ts';
import type { Random } from './seeded-random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Words of the seeds' Council note (seeds/001): one note per unit of scale. */
export const NOTE_WORDS = 31_837;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export function councilNote(file: string, countries: CastCountry[], ctx: { kb: KnowledgeBase; vocab: Vocabulary; rng: Random }) {
  const { rng } = ctx;
  const doc = new GoldDocument(file);
  const issued = randomDay(rng, LAST_YEAR, LAST_YEAR);
  doc.text([
    'Council of the', 'European Union', '', `**Brussels, ${dayWords(issued)}`, '(OR. en)**', '',
    `${rng.int(1000, 9999)}/${String(LAST_YEAR).slice(2)}`, '', 'LIMITE', '', 'NOTE', '',
    'From:\tCommission services', 'To:\tDelegations',
    'Subject:\tUpdate on the state of play of external cooperation in the field of migration policy', '',
    'Delegations will find attached an update on the state of play of external cooperation in the field of migration policy, issued by the Commission Services.', '',
    'Part 1- Bilateral dialogues', '',
  ].join('\n'));
  const regions = [...new Set(countries.map((c) => c.region))];
  // Countries in random order, grouped by region as the seeds are; stop at the seeds' volume.
  const order = rng.sample(countries, countries.length);
  regions.forEach((region, r) => {
    const inRegion = order.filter((c) => c.region === region);
    if (doc.words >= NOTE_WORDS || !inRegion.length) return;
    doc.text(`${LETTERS[r]}. ${region}\n`);
    for (const c of inRegion) {
      if (doc.words >= NOTE_WORDS) break;
      writeCountrySection(doc, c, ctx);
    }
  });
  return doc.finish();
}
