// A synthetic news item in the shape of seeds/000 and 003: ` date YYYY-MM-DD City:` then paragraphs
// on a meeting between an EU office holder and an invented minister. The whole item is one passage.
import type { KnowledgeBase } from '../knowledge/load-knowledge-base.ts';
import { randomDay } from './date-words.ts';
import { FIRST_YEAR, LAST_YEAR } from './country-section.ts';
import { GoldDocument, type PlantedEntity } from './gold-document.ts';
import { type CastCountry, euActorOn, instrumentName, inventOfficial } from './synthetic-cast.ts';
import type { Random } from './seeded-random.ts';
import type { Vocabulary } from './vocabulary.ts';

/** Words of the seeds' four news items together (000, 002, 003, 004): four items per unit of scale. */
export const NEWS_WORDS_PER_UNIT = 2_632;
export const NEWS_PER_UNIT = 4;
/** Spread of one item's length around the mean, as in the seeds (300-1,200 words). */
const LENGTH_SPREAD = 0.6;

const EU: PlantedEntity = { type: 'Institution', name: 'European Union', form: 'EU' };

export function newsItem(file: string, countries: CastCountry[], ctx: { kb: KnowledgeBase; vocab: Vocabulary; rng: Random }) {
  const { kb, vocab, rng } = ctx;
  const doc = new GoldDocument(file);
  const target = Math.round((NEWS_WORDS_PER_UNIT / NEWS_PER_UNIT) * (1 - LENGTH_SPREAD + 2 * LENGTH_SPREAD * rng.next()));
  let iso = randomDay(rng, FIRST_YEAR, LAST_YEAR);
  let eu = euActorOn(kb, vocab, rng, iso);
  while (!eu) { iso = randomDay(rng, FIRST_YEAR, LAST_YEAR); eu = euActorOn(kb, vocab, rng, iso); }
  const c = rng.pick(countries);
  const o = inventOfficial(rng, vocab);
  const country = (form: string): PlantedEntity => ({ type: 'Country', name: c.name, form });
  const person = (name: string, form: string): PlantedEntity => ({ type: 'Person', name, form });
  doc.startPassage('news');
  doc.line(` date ${iso} ${c.capital}:${eu.long} ${eu.name} met ${c.name}'s ${o.title} ${o.name} to discuss ${rng.pick(vocab.topics)} and ${rng.pick(vocab.topics)}.`, {
    entities: [person(eu.name, `${eu.long} ${eu.name}`), country(`${c.name}'s`), person(o.name, `${c.name}'s ${o.title} ${o.name}`), person(o.name, `${o.title} ${o.name}`)],
    meetings: [{ date: iso, place: null, participants: [eu.name, o.name] }],
  });
  doc.text('');
  doc.line(`According to ${eu.short} ${eu.surname}, both the EU and ${c.name} wish to strengthen their cooperation on ${rng.pick(vocab.topics)}.`, {
    entities: [person(eu.name, `${eu.short} ${eu.surname}`), EU, country(c.name)],
  });
  doc.text('');
  const head = rng.pick(vocab.instrumentHeads);
  const inst = instrumentName(c, head);
  const kind = head.endsWith('Agreement') ? 'agreement' : head.startsWith('Dialogue') ? 'dialogue' : head.startsWith('Common Agenda') ? 'plan' : 'partnership';
  doc.line(`The two sides also discussed the ${inst} and the situation in the region.`, {
    entities: [{ type: 'Instrument', name: inst, form: inst, kind, parties: ['European Union', c.name] }],
  });
  doc.text('');
  while (doc.words < target) {
    doc.text(rng.sample(vocab.filler, rng.int(2, 4)).join(' '));
    doc.text('');
  }
  return doc.finish();
}
